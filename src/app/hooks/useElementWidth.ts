import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * An element's width in pixels, kept current with a ResizeObserver, and
 * whether it has been measured yet. Until then, or where layout gives no width
 * (jsdom), `fallback` stands in; a panel that is hidden for a moment reports 0,
 * and the last real width is kept rather than collapsing the drawing.
 */
export function useElementWidth<T extends HTMLElement>(
  fallback: number,
): [RefObject<T | null>, number, boolean] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const measure = (w: number) => setWidth((last) => (w > 0 ? Math.round(w) : (last ?? fallback)));
    measure(node.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) measure(entry.contentRect.width);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width ?? fallback, width !== null];
}
