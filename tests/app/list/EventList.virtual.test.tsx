// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { EventList } from '../../../src/app/features/list/EventList';
import { ListHarness } from './Harness';
import { LIST_PADDING, OVERSCAN, RENDER_ALL_MAX } from '../../../src/app/features/list/virtual';
import { datasetWith, installLayout, manyEvents, rowTop } from './helpers';

const N = 10_000;
const events = manyEvents(N);
const ds = datasetWith(events);
// A 400px list of 50px rows (the estimate is different, so measuring matters).
const VIEW = 400;
const ROW = 50;

const options = () => screen.getAllByRole('option');
const titleOf = (o: HTMLElement) => o.getAttribute('aria-label')!.split(',')[0];
const listbox = () => screen.getByRole('listbox', { name: 'Events' });
const option = (title: string) => screen.queryByRole('option', { name: new RegExp(`^${title},`) });

/** The row is wholly inside the list's view. */
function expectInView(title: string) {
  const row = option(title);
  expect(row).toBeTruthy();
  const { scrollTop } = listbox();
  expect(rowTop(row!)).toBeGreaterThanOrEqual(scrollTop);
  expect(rowTop(row!) + ROW).toBeLessThanOrEqual(scrollTop + VIEW);
}

let layout: ReturnType<typeof installLayout>;
beforeEach(() => {
  layout = installLayout({ view: VIEW, row: ROW });
});
afterEach(() => {
  cleanup();
  layout.uninstall();
  vi.restoreAllMocks();
});

describe('EventList with 10,000 events', () => {
  it('renders only a window of rows, and tells their place in the whole list', () => {
    render(<EventList dataset={ds} events={events} selectedId={null} onSelect={() => {}} />);
    expect(screen.getByRole('heading', { name: /Events\s*10000/ })).toBeTruthy();
    const shown = options();
    expect(shown.length).toBeGreaterThan(VIEW / ROW);
    expect(shown.length).toBeLessThan(100);
    shown.forEach((o, i) => {
      expect(o.getAttribute('aria-setsize')).toBe(String(N));
      expect(o.getAttribute('aria-posinset')).toBe(String(i + 1));
      expect(titleOf(o)).toBe(`Event ${i + 1}`);
      expect(rowTop(o)).toBe(LIST_PADDING + i * ROW); // measured, one under the other
    });
    // The rows scroll inside a box as tall as all of them would be.
    expect(listbox().scrollHeight).toBeGreaterThanOrEqual(N * ROW);
  });

  it('numbers the rows in the displayed order when sorted newest first', () => {
    render(<EventList dataset={ds} events={events} selectedId={null} onSelect={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: /^Sort by date/ }));
    const first = options()[0]!;
    expect(titleOf(first)).toBe(`Event ${N}`);
    expect(first.getAttribute('aria-posinset')).toBe('1');
    expect(option('Event 1')).toBeNull();
  });

  it('renders the 5,000th event when it is selected, and scrolls the list (not the page) to it', async () => {
    const page = vi.fn();
    Element.prototype.scrollIntoView = page;
    const windowScroll = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const el = (selectedId: string | null) => (
      <EventList dataset={ds} events={events} selectedId={selectedId} onSelect={() => {}} />
    );
    const { rerender } = render(el(null));
    expect(option('Event 5000')).toBeNull();

    rerender(el('e5000')); // as the timeline or the graph would select it
    const row = option('Event 5000')!;
    expect(row).toBeTruthy();
    expect(row.getAttribute('aria-selected')).toBe('true');
    expect(row.getAttribute('aria-posinset')).toBe('5000');
    expect(listbox().getAttribute('aria-activedescendant')).toBe(row.id);

    // The list scrolls to it, and its window moves there.
    await waitFor(() => expect(option('Event 1')).toBeNull());
    await waitFor(() => expectInView('Event 5000'));
    // From above, the least movement brings the row to the bottom of the view.
    expect(rowTop(option('Event 5000')!) + ROW + LIST_PADDING).toBe(listbox().scrollTop + VIEW);
    expect(option('Event 4999')).toBeTruthy();
    expect(options().length).toBeLessThan(100);
    expect(page).not.toHaveBeenCalled();
    expect(windowScroll).not.toHaveBeenCalled();
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  it('keeps the selected row in the document when the list is scrolled away from it', async () => {
    render(<EventList dataset={ds} events={events} selectedId="e5000" onSelect={() => {}} />);
    await waitFor(() => expectInView('Event 5000'));
    fireEvent.scroll(listbox(), { target: { scrollTop: 0 } }); // the user scrolls back to the top
    await waitFor(() => expect(option('Event 1')).toBeTruthy());
    const row = option('Event 5000')!;
    expect(row.getAttribute('aria-selected')).toBe('true');
    expect(listbox().getAttribute('aria-activedescendant')).toBe(row.id);
    expect(option('Event 4999')).toBeNull(); // the row alone, not a window around it
    expect(options().length).toBeLessThan(100);
  });

  it('moves with End, Home and the Page keys, a page of rows at a time', async () => {
    const onSelect = vi.fn();
    render(<ListHarness dataset={ds} events={events} onSelect={onSelect} />);
    const press = (key: string) => fireEvent.keyDown(listbox(), { key });
    // A page is the rows wholly inside the view.
    const page = Math.floor((VIEW - LIST_PADDING) / ROW);

    press('End');
    expect(onSelect).toHaveBeenLastCalledWith(`e${N}`);
    expect(listbox().getAttribute('aria-activedescendant')).toBe(option(`Event ${N}`)!.id);
    await waitFor(() => expectInView(`Event ${N}`));
    expect(option('Event 1')).toBeNull();

    press('Home');
    expect(onSelect).toHaveBeenLastCalledWith('e1');
    await waitFor(() => expectInView('Event 1'));
    expect(option(`Event ${N}`)).toBeNull();

    press('PageDown');
    expect(onSelect).toHaveBeenLastCalledWith(`e${1 + page}`);
    await waitFor(() => expectInView(`Event ${1 + page}`));
    press('PageDown');
    expect(onSelect).toHaveBeenLastCalledWith(`e${1 + 2 * page}`);
    await waitFor(() => expectInView(`Event ${1 + 2 * page}`));
    press('PageUp');
    expect(onSelect).toHaveBeenLastCalledWith(`e${1 + page}`);
    expect(listbox().getAttribute('aria-activedescendant')).toBe(option(`Event ${1 + page}`)!.id);
  });

  it('renders every row of a list up to RENDER_ALL_MAX long, and a window past it', () => {
    const short = manyEvents(RENDER_ALL_MAX);
    const { unmount } = render(
      <EventList
        dataset={datasetWith(short)}
        events={short}
        selectedId={null}
        onSelect={() => {}}
      />,
    );
    expect(options()).toHaveLength(RENDER_ALL_MAX);
    unmount();
    const long = manyEvents(RENDER_ALL_MAX + 1);
    render(
      <EventList dataset={datasetWith(long)} events={long} selectedId={null} onSelect={() => {}} />,
    );
    expect(options().length).toBeLessThan(VIEW / ROW + 2 * OVERSCAN + 2);
  });

  it('still renders a first window, and the selected row, where there is no layout', () => {
    // As in a hidden list, or jsdom as it is: every size reads 0.
    layout.uninstall();
    render(<EventList dataset={ds} events={events} selectedId="e5000" onSelect={() => {}} />);
    const shown = options();
    expect(shown.length).toBeLessThan(100);
    expect(titleOf(shown[0]!)).toBe('Event 1');
    expect(listbox().getAttribute('aria-activedescendant')).toBe(option('Event 5000')!.id);
  });

  it('selects a row on click', () => {
    const onSelect = vi.fn();
    render(<EventList dataset={ds} events={events} selectedId={null} onSelect={onSelect} />);
    fireEvent.click(option('Event 3')!);
    expect(onSelect).toHaveBeenCalledWith('e3');
  });
});
