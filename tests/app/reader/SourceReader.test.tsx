// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { SourceReader } from '../../../src/app/features/reader/SourceReader';
import { fixtureDataset } from '../../fixtures/dataset';

afterEach(cleanup);
const q = fixtureDataset.quotes.find((x) => x.id === 'q-ready')!;

describe('<SourceReader>', () => {
  it('renders nothing when no source is open', () => {
    const { container } = render(
      <SourceReader
        dataset={fixtureDataset}
        source={null}
        onSelectEvent={() => {}}
        onClose={() => {}}
      />,
    );
    expect(container.innerHTML).toBe('');
  });

  it('highlights the chosen words in <mark> and links quotes back to their events', () => {
    const onSelect = vi.fn();
    const onClose = vi.fn();
    render(
      <SourceReader
        dataset={fixtureDataset}
        source={{ id: 'src-a', highlight: { start: q.start, end: q.end } }}
        onSelectEvent={onSelect}
        onClose={onClose}
      />,
    );
    const region = screen.getByRole('region', { name: 'Source' });
    expect(within(region).getByRole('heading').textContent).toBe('Article A');
    expect([...region.querySelectorAll('mark')].map((m) => m.textContent).join('')).toBe(
      'We remain ready,',
    );
    fireEvent.click(
      within(region).getByRole('button', { name: 'Go to event: US says it is ready to talk' }),
    );
    expect(onSelect).toHaveBeenCalledWith('us-ready');
    fireEvent.click(within(region).getByRole('button', { name: 'Close source' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('renders article text as text, never as HTML', () => {
    const ds = structuredClone(fixtureDataset);
    ds.sources[1]!.text = '<img src=x onerror="window.__pwned=1"> and more';
    render(
      <SourceReader
        dataset={ds}
        source={{ id: 'src-b', highlight: null }}
        onSelectEvent={() => {}}
        onClose={() => {}}
      />,
    );
    expect(screen.getByRole('region', { name: 'Source' }).querySelector('img')).toBeNull();
    expect(screen.getByText(/<img src=x/)).toBeTruthy();
  });
});
