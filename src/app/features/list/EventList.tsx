import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { Dataset, Event } from '../../../shared/schema';
import { EventRow } from './EventRow';
import { inOrder, nextIndex, rowsInView, type SortOrder } from './navigation';
import {
  LIST_PADDING,
  OVERSCAN,
  ROW_ESTIMATE,
  UNLAID_VIEW_HEIGHT,
  measureOrEstimate,
  observeRectOrAssume,
  rowsToRender,
} from './virtual';
import './list.css';

interface Props {
  dataset: Dataset;
  /** The filtered events, in date order (selectFilteredEvents). */
  events: Event[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const estimateSize = () => ROW_ESTIMATE;

/**
 * The filtered events as a listbox: one tab stop, arrow keys (and Home, End,
 * PageUp, PageDown) move the selection, which the list scrolls to. The active row
 * is announced through aria-activedescendant, so focus stays on the list.
 * Virtualised: only the rows in view and the selected one are in the document,
 * so 100,000 events cost what a few dozen do.
 */
// Memoised: zooming re-renders the explorer many times a second, and the list
// does not depend on the time window.
export const EventList = memo(function EventList({ dataset, events, selectedId, onSelect }: Props) {
  const uid = useId();
  const [order, setOrder] = useState<SortOrder>('asc');
  const rows = useMemo(() => inOrder(events, order), [events, order]);
  const current = useMemo(() => rows.findIndex((e) => e.id === selectedId), [rows, selectedId]);
  const rowId = (e: Event) => `${uid}-${e.id}`;

  const listRef = useRef<HTMLDivElement>(null);
  // Stable callbacks: the virtualizer recomputes every row's position when
  // getItemKey changes, and its window when rangeExtractor does.
  const getItemKey = useCallback((i: number) => rows[i]!.id, [rows]);
  const rangeExtractor = useCallback((range: Range) => rowsToRender(range, current), [current]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => listRef.current,
    estimateSize,
    getItemKey,
    rangeExtractor,
    overscan: OVERSCAN,
    paddingStart: LIST_PADDING,
    paddingEnd: LIST_PADDING,
    // A row scrolled into view keeps that gap from the edge (and Home shows the top).
    scrollPaddingStart: LIST_PADDING,
    scrollPaddingEnd: LIST_PADDING,
    initialRect: { width: 0, height: UNLAID_VIEW_HEIGHT },
    observeElementRect: observeRectOrAssume,
    measureElement: measureOrEstimate,
  });

  const activeId = current >= 0 ? rowId(rows[current]!) : undefined;
  useEffect(() => {
    // The virtualizer scrolls the list element only, never the page: selecting
    // on the timeline must not make the page jump to the list. align 'auto'
    // moves the least, and not at all when the row is already in view.
    if (current >= 0) virtualizer.scrollToIndex(current);
  }, [virtualizer, current, rows]); // rows: sorting or filtering moves the selected row too

  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    const page = rowsInView(
      virtualizer.getVirtualItems(),
      virtualizer.scrollOffset ?? 0,
      virtualizer.scrollRect?.height ?? UNLAID_VIEW_HEIGHT,
    );
    const next = nextIndex(ev.key, current, rows.length, page);
    if (next === null) return;
    ev.preventDefault();
    if (next !== current) onSelect(rows[next]!.id);
  };

  const label = order === 'asc' ? 'oldest first' : 'newest first';
  return (
    <section id="event-list" tabIndex={-1} className="event-list" aria-label="Event list">
      <div className="event-list-head">
        <h2>
          Events <span className="event-list-count">{events.length}</span>
        </h2>
        <button
          type="button"
          className="event-list-sort"
          aria-label={`Sort by date: ${label}`}
          onClick={() => setOrder(order === 'asc' ? 'desc' : 'asc')}
        >
          {order === 'asc' ? 'Oldest first ↑' : 'Newest first ↓'}
        </button>
      </div>
      {rows.length === 0 ? (
        <div className="event-list-empty">
          <p>No events match the filters.</p>
          <p className="event-list-hint">Remove a filter, or use “Reset filters”, to see more.</p>
        </div>
      ) : (
        <div
          ref={listRef}
          role="listbox"
          aria-label="Events"
          tabIndex={0}
          aria-activedescendant={activeId}
          className="event-list-box"
          onKeyDown={onKeyDown}
        >
          {/* Sized to the whole list so the scrollbar is true; rows sit inside at their offsets. */}
          <div className="event-list-rows" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const e = rows[item.index]!;
              return (
                <EventRow
                  key={item.key as string}
                  dataset={dataset}
                  event={e}
                  id={rowId(e)}
                  selected={item.index === current}
                  onSelect={onSelect}
                  index={item.index}
                  setSize={rows.length}
                  top={item.start}
                  measureRef={virtualizer.measureElement}
                />
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
});
