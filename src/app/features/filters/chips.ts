/**
 * The active filters as removable chips: pure descriptions (what to show, what
 * to call the button, and the filters once the chip is removed) so the wording
 * is tested without a DOM.
 */
import { formatLong } from '../../../shared/dates';
import { PLOVER } from '../../../shared/plover';
import type { Dataset } from '../../../shared/schema';
import type { Filters } from '../../state/view';
import { indexDataset } from '../../data/indexes';

export interface FilterChip {
  key: string;
  /** What the chip shows. */
  label: string;
  /** The remove button's accessible name, e.g. "Remove filter: Japan". */
  name: string;
  /** The filters once this chip is removed. */
  without: Filters;
}

/** One chip per active filter, in the order the panel shows the filters. */
export function filterChips(f: Filters, ds: Dataset): FilterChip[] {
  const { nameOf } = indexDataset(ds);
  const chip = (
    key: string,
    label: string,
    what: string,
    without: Partial<Filters>,
  ): FilterChip => ({
    key,
    label,
    name: `Remove filter: ${what}`,
    without: { ...f, ...without },
  });
  const chips: FilterChip[] = f.countries.map((c) => {
    const name = nameOf(c);
    return chip(`c:${c}`, name, name, { countries: f.countries.filter((x) => x !== c) });
  });
  if (f.match === 'all' && f.countries.length > 1)
    chips.push(chip('m', 'All chosen countries', 'match all countries', { match: 'any' }));
  for (const t of f.types) {
    const label = PLOVER[t].label;
    chips.push(chip(`t:${t}`, label, `type ${label}`, { types: f.types.filter((x) => x !== t) }));
  }
  if (f.from !== null)
    chips.push(
      chip('from', `From ${formatLong(f.from)}`, `from ${formatLong(f.from)}`, { from: null }),
    );
  if (f.to !== null)
    chips.push(chip('to', `To ${formatLong(f.to)}`, `to ${formatLong(f.to)}`, { to: null }));
  const text = f.text.trim();
  if (text !== '') chips.push(chip('q', `“${text}”`, `text “${text}”`, { text: '' }));
  return chips;
}

/** "12 events", "1 event", "0 events". */
export const countEvents = (n: number): string => `${n} event${n === 1 ? '' : 's'}`;
