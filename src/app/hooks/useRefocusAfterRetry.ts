import { useCallback, useEffect, useRef } from 'react';

/**
 * A Retry that succeeds removes its error view, and the focused Retry button
 * with it: the keyboard focus would be dropped on the page body. This gives it
 * to `target()` instead, once `succeeded` turns true after a retry. Returns the
 * function to call when Retry is pressed.
 */
export function useRefocusAfterRetry(
  succeeded: boolean,
  target: () => HTMLElement | null,
): () => void {
  const retried = useRef(false);
  useEffect(() => {
    if (!succeeded || !retried.current) return;
    retried.current = false;
    const active = document.activeElement;
    if (active === null || active === document.body) target()?.focus({ preventScroll: true });
    // `target` is read when the retry succeeds; only that moment moves the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [succeeded]);
  return useCallback(() => {
    retried.current = true;
  }, []);
}
