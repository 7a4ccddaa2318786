/** Binary search over ascending numbers, shared by the event index and the timeline. */

/** The first index in [from, to) whose value is >= `value` (`to` when there is none). */
export function lowerBound(
  list: ArrayLike<number>,
  value: number,
  from = 0,
  to = list.length,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
