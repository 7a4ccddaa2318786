// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { EventDetails } from '../../../src/app/features/details/EventDetails';
import { dateProvenance } from '../../../src/app/features/details/describe';
import { fixtureDataset } from '../../fixtures/dataset';

afterEach(cleanup);
const sources = new Map(fixtureDataset.sources.map((s) => [s.id, s]));
const event = fixtureDataset.events.find((e) => e.id === 'us-ready')!;

describe('dateProvenance', () => {
  it('names the words and the article they were resolved against', () => {
    expect(dateProvenance({ ...event.date, text: 'Thursday' }, sources)).toBe(
      'From “Thursday” in Publisher A of 19 April 2019',
    );
  });
  it('says when the text gives no date', () => {
    expect(dateProvenance({ ...event.date, text: null, basis: 'publication' }, sources)).toBe(
      'No date in the text: placed at the publication of Publisher A of 19 April 2019',
    );
  });
});

describe('<EventDetails>', () => {
  it('invites a selection when nothing is selected', () => {
    render(<EventDetails dataset={fixtureDataset} event={null} onShowInSource={() => {}} />);
    expect(screen.getByRole('region', { name: 'Event details' }).textContent).toMatch(
      /Select an event/,
    );
  });

  it('shows title, date, type, countries, quotes in blockquotes and Show in source buttons', () => {
    const onShow = vi.fn();
    render(<EventDetails dataset={fixtureDataset} event={event} onShowInSource={onShow} />);
    const region = screen.getByRole('region', { name: 'Event details' });
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe(
      'US says it is ready to talk',
    );
    expect(region.textContent).toContain('18 April 2019');
    expect(region.textContent).toContain('Agree');
    expect(region.textContent).toContain('North Korea, United States');
    const quote = region.querySelector('blockquote');
    expect(quote?.textContent).toBe('We remain ready,');
    expect(region.textContent).toContain('State Department');
    const buttons = within(region).getAllByRole('button', { name: 'Show in source' });
    expect(buttons).toHaveLength(2); // one quote, one mention
    fireEvent.click(buttons[0]!);
    const q = fixtureDataset.quotes.find((x) => x.id === 'q-ready')!;
    expect(onShow).toHaveBeenCalledWith('src-a', q.start, q.end);
  });
});
