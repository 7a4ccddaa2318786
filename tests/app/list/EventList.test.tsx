// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { EventList } from '../../../src/app/features/list/EventList';
import { ListHarness } from './Harness';
import { buildSearchIndex, selectFilteredEvents } from '../../../src/app/state/selectors';
import { DEFAULT_FILTERS } from '../../../src/app/state/view';
import { fixtureDataset as ds } from '../../fixtures/dataset';
import { installLayout } from './helpers';

const events = selectFilteredEvents(ds, DEFAULT_FILTERS, buildSearchIndex(ds));
const titles = () =>
  screen.getAllByRole('option').map((o) => o.getAttribute('aria-label')!.split(',')[0]);

afterEach(cleanup);

describe('EventList', () => {
  it('lists the events oldest first, named title first', () => {
    render(<EventList dataset={ds} events={events} selectedId={null} onSelect={() => {}} />);
    expect(screen.getByRole('region', { name: 'Event list' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Events\s*6/ })).toBeTruthy();
    expect(titles()).toEqual([
      'US and North Korea talk during the year',
      'China urges restraint',
      'Inter-Korean summit',
      'Japan and US meet in Tokyo',
      'North Korea test-fires a missile',
      'US says it is ready to talk',
    ]);
    const ready = screen.getByRole('option', { name: /^US says it is ready to talk/ });
    expect(ready.getAttribute('aria-label')).toBe(
      'US says it is ready to talk, Agree, 18 April 2019, North Korea, United States, 1 quote',
    );
    expect(within(ready).getByText('18 April 2019')).toBeTruthy();
    expect(within(ready).getByText('Agree')).toBeTruthy();
    expect(ready.querySelector('svg[aria-hidden="true"] path')).toBeTruthy();
  });

  it('toggles the date order', () => {
    render(<EventList dataset={ds} events={events} selectedId={null} onSelect={() => {}} />);
    const sort = screen.getByRole('button', { name: 'Sort by date: oldest first' });
    fireEvent.click(sort);
    expect(sort.getAttribute('aria-label')).toBe('Sort by date: newest first');
    expect(titles()[0]).toBe('US says it is ready to talk');
    expect(titles().at(-1)).toBe('US and North Korea talk during the year');
  });

  it('marks the selected row and points the listbox at it', () => {
    render(
      <EventList dataset={ds} events={events} selectedId="inter-korean" onSelect={() => {}} />,
    );
    const list = screen.getByRole('listbox', { name: 'Events' });
    const selected = screen
      .getAllByRole('option')
      .filter((o) => o.getAttribute('aria-selected') === 'true');
    expect(selected).toHaveLength(1);
    expect(selected[0]!.getAttribute('aria-label')).toMatch(/^Inter-Korean summit/);
    expect(list.getAttribute('aria-activedescendant')).toBe(selected[0]!.id);
    expect(list.tabIndex).toBe(0);
  });

  it('selects on click', () => {
    const onSelect = vi.fn();
    render(<EventList dataset={ds} events={events} selectedId={null} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('option', { name: /^China urges restraint/ }));
    expect(onSelect).toHaveBeenCalledWith('cn-urges');
  });

  it('moves and selects with the arrow keys, Home, End and Page keys', () => {
    const onSelect = vi.fn();
    render(<ListHarness dataset={ds} events={events} onSelect={onSelect} />);
    const list = screen.getByRole('listbox', { name: 'Events' });
    const press = (key: string) => fireEvent.keyDown(list, { key });
    press('ArrowDown');
    expect(onSelect).toHaveBeenLastCalledWith('us-kp-year');
    press('ArrowDown');
    expect(onSelect).toHaveBeenLastCalledWith('cn-urges');
    press('ArrowUp');
    expect(onSelect).toHaveBeenLastCalledWith('us-kp-year');
    press('End');
    expect(onSelect).toHaveBeenLastCalledWith('us-ready');
    press('PageUp');
    expect(onSelect).toHaveBeenLastCalledWith('us-kp-year');
    press('PageDown');
    expect(onSelect).toHaveBeenLastCalledWith('us-ready');
    press('Home');
    expect(onSelect).toHaveBeenLastCalledWith('us-kp-year');
    const calls = onSelect.mock.calls.length;
    press('ArrowUp'); // already at the top: nothing to do
    press('a');
    expect(onSelect).toHaveBeenCalledTimes(calls);
  });

  it('follows the displayed order when sorted newest first', () => {
    const onSelect = vi.fn();
    render(<ListHarness dataset={ds} events={events} onSelect={onSelect} initial="kp-missile" />);
    fireEvent.click(screen.getByRole('button', { name: /^Sort by date/ }));
    fireEvent.keyDown(screen.getByRole('listbox'), { key: 'ArrowDown' });
    expect(onSelect).toHaveBeenLastCalledWith('jp-us-meet');
  });

  it('scrolls the list, not the page, to the selected row', async () => {
    // jsdom has no layout: give the list a 120px view over 50px rows.
    const layout = installLayout({ view: 120, row: 50 });
    const page = vi.fn();
    Element.prototype.scrollIntoView = page;
    const el = (props: { selectedId: string | null }) => (
      <EventList dataset={ds} events={events} onSelect={() => {}} {...props} />
    );
    const { rerender } = render(el({ selectedId: null }));
    const list = screen.getByRole('listbox');
    // Rows sit 4px (the list's padding) + 50px each from the top, and a row
    // scrolled to keeps that 4px from the edge.
    rerender(el({ selectedId: 'kp-missile' })); // fifth row: 204–254, below the view
    await waitFor(() => expect(list.scrollTop).toBe(254 + 4 - 120));
    rerender(el({ selectedId: 'cn-urges' })); // second row: 54–104, above it
    await waitFor(() => expect(list.scrollTop).toBe(54 - 4));
    rerender(el({ selectedId: 'inter-korean' })); // third row: 104–154, already visible
    await waitFor(() => expect(layout.writes.at(-1)).toBe(50));
    expect(list.scrollTop).toBe(50);
    expect(page).not.toHaveBeenCalled();
    delete (Element.prototype as Partial<Element>).scrollIntoView;
    layout.uninstall();
  });

  it('says so when no event matches', () => {
    render(<EventList dataset={ds} events={[]} selectedId={null} onSelect={() => {}} />);
    expect(screen.getByText('No events match the filters.')).toBeTruthy();
    expect(screen.getByText(/Reset filters/)).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});
