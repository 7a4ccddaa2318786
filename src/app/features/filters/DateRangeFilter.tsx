import { useId, useState } from 'react';
import { isIsoDate } from '../../../shared/dates';
import { useViewStore } from '../../state/store';

interface Props {
  from: string | null;
  to: string | null;
}

/**
 * "From" and "To" date inputs. A half-typed, invalid or inverted range stays in
 * the inputs and is not applied (with a hint) rather than being thrown at the
 * store; the store only ever holds a range that makes sense.
 */
export function DateRangeFilter({ from, to }: Props) {
  const uid = useId();
  const setDateRange = useViewStore((s) => s.setDateRange);
  const [draft, setDraft] = useState({ from: from ?? '', to: to ?? '' });
  // Follow the store when it changes elsewhere (a chip, Reset, Back).
  const [synced, setSynced] = useState({ from, to });
  if (synced.from !== from || synced.to !== to) {
    setSynced({ from, to });
    setDraft({ from: from ?? '', to: to ?? '' });
  }

  const inverted = isIsoDate(draft.from) && isIsoDate(draft.to) && draft.from > draft.to;

  const change = (key: 'from' | 'to', value: string) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    // Typing a year digit by digit passes through 0002, 0020, 0201: wait for a real one.
    const ok = (v: string) => v === '' || (isIsoDate(v) && v >= '1000-01-01');
    if (!ok(next.from) || !ok(next.to)) return;
    if (next.from !== '' && next.to !== '' && next.from > next.to) return;
    setDateRange(next.from || null, next.to || null);
  };

  return (
    <fieldset className="filter-group filter-dates">
      <legend>Dates</legend>
      <label htmlFor={`${uid}-from`}>From</label>
      <input
        id={`${uid}-from`}
        type="date"
        value={draft.from}
        max={isIsoDate(draft.to) ? draft.to : undefined}
        onChange={(e) => change('from', e.currentTarget.value)}
        aria-invalid={inverted || undefined}
        aria-describedby={inverted ? `${uid}-err` : undefined}
      />
      <label htmlFor={`${uid}-to`}>To</label>
      <input
        id={`${uid}-to`}
        type="date"
        value={draft.to}
        min={isIsoDate(draft.from) ? draft.from : undefined}
        onChange={(e) => change('to', e.currentTarget.value)}
        aria-invalid={inverted || undefined}
        aria-describedby={inverted ? `${uid}-err` : undefined}
      />
      {inverted && (
        <p id={`${uid}-err`} className="filter-error">
          “From” is after “To”, so the dates are not applied.
        </p>
      )}
    </fieldset>
  );
}
