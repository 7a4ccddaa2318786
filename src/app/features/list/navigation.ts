/**
 * Which row a key moves the list's selection to: pure, so the keyboard model is
 * tested without a DOM. Selection follows focus, so moving also selects.
 */

/** Rows a PageUp/PageDown jumps when the list cannot say how many it shows. */
export const PAGE_SIZE = 10;

/**
 * The index to select after `key`, given the current index (-1 when nothing in
 * the list is selected) and the row count; null when the key is not ours or
 * the list is empty. PageUp/PageDown move by `pageSize` rows (see rowsInView).
 */
export function nextIndex(
  key: string,
  current: number,
  count: number,
  pageSize: number = PAGE_SIZE,
): number | null {
  if (count === 0) return null;
  const last = count - 1;
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : clamp(current + 1);
    case 'ArrowUp':
      return current < 0 ? last : clamp(current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return current < 0 ? 0 : clamp(current + pageSize);
    case 'PageUp':
      return current < 0 ? 0 : clamp(current - pageSize);
    default:
      return null;
  }
}

/**
 * How many rows a page is: those wholly inside the view from `scrollTop` to
 * `scrollTop + viewHeight` (positions relative to the top of the box's content),
 * at least one so that PageDown always moves.
 */
export function rowsInView(
  rows: readonly { start: number; end: number }[],
  scrollTop: number,
  viewHeight: number,
): number {
  const bottom = scrollTop + viewHeight;
  const inside = rows.filter((r) => r.start >= scrollTop && r.end <= bottom).length;
  return Math.max(1, inside);
}

export type SortOrder = 'asc' | 'desc';

/** Events (already in date order) in the chosen order. */
export const inOrder = <T>(sortedAsc: readonly T[], order: SortOrder): T[] =>
  order === 'asc' ? [...sortedAsc] : [...sortedAsc].reverse();
