/**
 * Culling: which marks can touch the visible days. Marks are sorted by start,
 * so two binary searches bound the candidates; only those are checked one by one.
 */
import { lowerBound } from '../../../shared/sorted';

export { lowerBound };

/**
 * Indices [lo, hi) of intervals sorted by start that may overlap the days
 * [d0, d1): none starts at or after d1, none starts before d0 − maxSpan (it
 * would end before d0). Callers still check each candidate's end.
 */
export function candidateRange(
  starts: ArrayLike<number>,
  maxSpan: number,
  d0: number,
  d1: number,
): [number, number] {
  return [lowerBound(starts, d0 - maxSpan), lowerBound(starts, d1)];
}
