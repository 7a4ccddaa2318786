import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Dataset, Event } from '../../../shared/schema';
import { EventRow } from './EventRow';
import { inOrder, nextIndex, scrollToReveal, type SortOrder } from './navigation';
import './list.css';

interface Props {
  dataset: Dataset;
  /** The filtered events, in date order (selectFilteredEvents). */
  events: Event[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * The filtered events as a listbox: one tab stop, arrow keys (and Home, End,
 * PageUp, PageDown) move the selection, which the list scrolls to. The active row
 * is announced through aria-activedescendant, so focus stays on the list.
 */
// Memoised: zooming re-renders the explorer many times a second, and the list
// does not depend on the time window.
export const EventList = memo(function EventList({ dataset, events, selectedId, onSelect }: Props) {
  const uid = useId();
  const [order, setOrder] = useState<SortOrder>('asc');
  const rows = useMemo(() => inOrder(events, order), [events, order]);
  const current = rows.findIndex((e) => e.id === selectedId);
  const rowId = (e: Event) => `${uid}-${e.id}`;

  const listRef = useRef<HTMLUListElement>(null);

  const activeId = current >= 0 ? rowId(rows[current]!) : undefined;
  useEffect(() => {
    const list = listRef.current;
    const row = activeId ? document.getElementById(activeId) : null;
    if (!list || !row) return;
    // Scroll the list only, never the page: selecting on the timeline must not
    // make the page jump to the list (scrollIntoView would scroll every ancestor).
    const top = row.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
    const next = scrollToReveal(top, row.offsetHeight, list.scrollTop, list.clientHeight);
    if (next !== null) list.scrollTop = next;
  }, [activeId, rows]); // rows: sorting or filtering moves the selected row too

  const onKeyDown = (ev: KeyboardEvent<HTMLUListElement>) => {
    const next = nextIndex(ev.key, current, rows.length);
    if (next === null) return;
    ev.preventDefault();
    if (next !== current) onSelect(rows[next]!.id);
  };

  const label = order === 'asc' ? 'oldest first' : 'newest first';
  return (
    <section className="event-list" aria-label="Event list">
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
        <ul
          ref={listRef}
          role="listbox"
          aria-label="Events"
          tabIndex={0}
          aria-activedescendant={activeId}
          className="event-list-box"
          onKeyDown={onKeyDown}
        >
          {rows.map((e) => (
            <EventRow
              key={e.id}
              dataset={dataset}
              event={e}
              id={rowId(e)}
              selected={e.id === selectedId}
              onSelect={onSelect}
            />
          ))}
        </ul>
      )}
    </section>
  );
});
