import { memo, type Ref } from 'react';
import type { Dataset, Event } from '../../../shared/schema';
import { PLOVER } from '../../../shared/plover';
import { countryNames, eventAccessibleName, formatEventDate } from '../../format';
import { QuadSwatch } from '../../theme/QuadSwatch';

/** "1 quote", "3 quotes", "no quotes". */
export const quoteCount = (n: number): string =>
  n === 0 ? 'no quotes' : `${n} quote${n === 1 ? '' : 's'}`;

interface Props {
  dataset: Dataset;
  event: Event;
  id: string;
  selected: boolean;
  onSelect: (id: string) => void;
  /** Position in the displayed order, from 0; read back by the virtualizer as data-index. */
  index: number;
  /** How many rows the whole list has, rendered or not. */
  setSize: number;
  /** Offset of the row's top from the top of the list's content, in px. */
  top: number;
  /** Lets the virtualizer measure the row (titles wrap, so heights differ). */
  measureRef: Ref<HTMLDivElement>;
}

/**
 * One option of the event listbox: swatch, title, then date · type · countries
 * · quotes. Positioned absolutely, since only a window of the list is rendered;
 * aria-setsize and aria-posinset tell assistive technology where it sits.
 */
// Memoised: scrolling re-renders the list each time the window moves, and most
// rows stay the same.
export const EventRow = memo(function EventRow({
  dataset,
  event: e,
  id,
  selected,
  onSelect,
  index,
  setSize,
  top,
  measureRef,
}: Props) {
  const quotes = e.quoteIds.length;
  return (
    <div
      ref={measureRef}
      id={id}
      role="option"
      aria-selected={selected}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      aria-label={`${eventAccessibleName(dataset, e)}, ${quoteCount(quotes)}`}
      data-index={index}
      className="event-row"
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onSelect(e.id)}
    >
      <QuadSwatch quadClass={e.quadClass} size={14} />
      <span className="event-row-title">{e.title}</span>
      <span className="event-row-meta">
        <span>{formatEventDate(e.date)}</span>
        <span>{PLOVER[e.type].label}</span>
        <span>{countryNames(dataset, e).join(', ')}</span>
        {quotes > 0 && <span className="event-row-quotes">{quoteCount(quotes)}</span>}
      </span>
    </div>
  );
});
