/**
 * The rows of the filter panel's checkbox groups, as pure functions of the
 * dataset and the counts under the other filters.
 */
import {
  PLOVER,
  PLOVER_TYPES,
  QUAD_CLASSES,
  type PloverType,
  type QuadClass,
} from '../../../shared/plover';
import { indexEvents } from '../../data/eventIndex';
import type { Dataset } from '../../../shared/schema';

export interface OptionRow<Id extends string = string> {
  id: Id;
  name: string;
  count: number;
}

/**
 * Every country of the dataset with its count under the other filters: most
 * events first, then by name. Countries the articles name but that take part
 * in no event (China among the analysts' speculation, Vietnam as the Hanoi
 * venue) are still listed, at 0, so that nobody wonders whether they are
 * missing; choosing one honestly shows no events.
 */
export function countryRows(
  ds: Dataset,
  counts: Map<string, number>,
  chosen: string[],
): OptionRow[] {
  return ds.actors
    .filter((a) => a.kind === 'country' || chosen.includes(a.id))
    .map((a) => ({ id: a.id, name: a.name, count: counts.get(a.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'));
}

export interface TypeGroup {
  quadClass: QuadClass;
  types: OptionRow<PloverType>[];
}

/**
 * PLOVER types under their quad classes, in PLOVER order. Types the dataset
 * never uses are left out (unless chosen), and so are groups left empty.
 */
export function typeGroups(
  ds: Dataset,
  counts: Map<PloverType, number>,
  chosen: PloverType[],
): TypeGroup[] {
  // The types the dataset uses, from its index: not a pass over every event per filter change.
  const used = new Set<string>([...indexEvents(ds).typeIds, ...chosen]);
  return QUAD_CLASSES.map((quadClass) => ({
    quadClass,
    types: PLOVER_TYPES.filter((t) => PLOVER[t].quadClass === quadClass && used.has(t)).map(
      (t) => ({
        id: t,
        name: PLOVER[t].label,
        count: counts.get(t) ?? 0,
      }),
    ),
  })).filter((g) => g.types.length > 0);
}
