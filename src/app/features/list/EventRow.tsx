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
}

/** One option of the event listbox: swatch, title, then date · type · countries · quotes. */
export function EventRow({ dataset, event: e, id, selected, onSelect }: Props) {
  const quotes = e.quoteIds.length;
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      aria-label={`${eventAccessibleName(dataset, e)}, ${quoteCount(quotes)}`}
      className="event-row"
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
    </li>
  );
}
