/**
 * How the event list is windowed with @tanstack/react-virtual: which rows to
 * render, and what to assume while the list has no layout. Plain functions and
 * constants: EventList hands them to useVirtualizer.
 */
import { defaultRangeExtractor, measureElement, observeElementRect } from '@tanstack/react-virtual';
import type { Range, Virtualizer } from '@tanstack/react-virtual';

/**
 * A row's height before it is measured: in the app's list column (about 280 to
 * 370px wide) most rows are a two-line title over two lines of details, 83px;
 * one-line rows are 48px, three-line titles 119px. Rows are measured once
 * rendered; the estimate only places rows nobody has seen yet (and sizes the
 * scrollbar).
 */
export const ROW_ESTIMATE = 80;

/** Space above the first row and below the last, as the list's padding was. */
export const LIST_PADDING = 4;

/**
 * The view height assumed while the list has no layout (hidden, or in a
 * document that does no layout): the list's max-height, 28rem at the app's
 * 15px root. Without it the virtualizer renders nothing, and
 * aria-activedescendant would point at a row that does not exist.
 */
export const UNLAID_VIEW_HEIGHT = 420;

/**
 * Lists up to this size render every row. They are cheap, and a list whose
 * rows all exist can be searched with the browser's find, read whole by a
 * screen reader's browse mode, and counted by tests. Past it, only the rows in
 * view (plus `OVERSCAN` each side, plus the selected row) are in the document.
 */
export const RENDER_ALL_MAX = 200;

/** Rows rendered beyond each edge of the view, so fast scrolling shows rows rather than gaps. */
export const OVERSCAN = 6;

/**
 * The row indexes to render: all of a short list; otherwise the visible range
 * with its overscan, plus the `active` row wherever it is, so that the listbox's
 * aria-activedescendant always names an element in the document (even after
 * the user has scrolled it out of view with the mouse).
 */
export function rowsToRender(
  range: Range,
  active: number,
  renderAllMax = RENDER_ALL_MAX,
): number[] {
  if (range.count <= renderAllMax) return Array.from({ length: range.count }, (_, i) => i);
  const rows = defaultRangeExtractor(range);
  if (active < 0 || active >= range.count || rows.includes(active)) return rows;
  return active < rows[0]! ? [active, ...rows] : [...rows, active];
}

/**
 * observeElementRect that reports UNLAID_VIEW_HEIGHT instead of a zero height,
 * so that a list without layout still renders a first window of rows.
 */
export const observeRectOrAssume: typeof observeElementRect = (instance, cb) =>
  observeElementRect(instance, (rect) =>
    cb(rect.height > 0 ? rect : { ...rect, height: UNLAID_VIEW_HEIGHT }),
  );

/**
 * measureElement that keeps the estimate when a row reports no height: a row
 * is never empty, so zero means "not laid out". Caching zeros would make every
 * row fit in the view, and the virtualizer would render them all.
 */
export const measureOrEstimate = <S extends Element, T extends Element>(
  element: T,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<S, T>,
): number => measureElement(element, entry, instance) || ROW_ESTIMATE;
