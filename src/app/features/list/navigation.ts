/**
 * Which row a key moves the list's selection to: pure, so the keyboard model is
 * tested without a DOM. Selection follows focus, so moving also selects.
 */

/** Rows a PageUp/PageDown jumps. */
export const PAGE_SIZE = 10;

/**
 * The index to select after `key`, given the current index (-1 when nothing in
 * the list is selected) and the row count; null when the key is not ours or
 * the list is empty.
 */
export function nextIndex(key: string, current: number, count: number): number | null {
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
      return current < 0 ? 0 : clamp(current + PAGE_SIZE);
    case 'PageUp':
      return current < 0 ? 0 : clamp(current - PAGE_SIZE);
    default:
      return null;
  }
}

export type SortOrder = 'asc' | 'desc';

/** Events (already in date order) in the chosen order. */
export const inOrder = <T>(sortedAsc: readonly T[], order: SortOrder): T[] =>
  order === 'asc' ? [...sortedAsc] : [...sortedAsc].reverse();

/**
 * The scrollTop that brings a row fully into a scrolling box with the least
 * movement (like scrollIntoView's block: 'nearest'), or null when it is
 * already visible. Positions are relative to the top of the box's content.
 */
export function scrollToReveal(
  rowTop: number,
  rowHeight: number,
  scrollTop: number,
  viewHeight: number,
): number | null {
  if (rowTop < scrollTop) return rowTop;
  if (rowTop + rowHeight > scrollTop + viewHeight)
    return Math.min(rowTop, rowTop + rowHeight - viewHeight);
  return null;
}
