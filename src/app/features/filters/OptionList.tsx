import type { OptionRow } from './options';

interface Props<Id extends string> {
  /** Prefix for element ids (from useId). */
  idPrefix: string;
  rows: OptionRow<Id>[];
  chosen: readonly Id[];
  onToggle: (id: Id) => void;
  /** Help shown on hover for a row, e.g. what a type covers. */
  hint?: (id: Id) => string | undefined;
}

/**
 * Checkboxes whose accessible name is exactly the option's name; the count sits
 * outside the label and is attached as a description ("3 events").
 */
export function OptionList<Id extends string>({
  idPrefix,
  rows,
  chosen,
  onToggle,
  hint,
}: Props<Id>) {
  return (
    <ul className="filter-options">
      {rows.map((r) => {
        const id = `${idPrefix}-${r.id}`;
        return (
          <li key={r.id} className={r.count === 0 ? 'is-empty' : undefined} title={hint?.(r.id)}>
            <input
              type="checkbox"
              id={id}
              checked={chosen.includes(r.id)}
              onChange={() => onToggle(r.id)}
              aria-describedby={`${id}-n`}
            />
            <label htmlFor={id}>{r.name}</label>
            <span className="filter-count" id={`${id}-n`}>
              {r.count}
              <span className="filter-sr"> {r.count === 1 ? 'event' : 'events'}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
