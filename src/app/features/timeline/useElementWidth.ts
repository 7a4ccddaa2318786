/** The width of an element, kept current with a ResizeObserver. */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The element's width in pixels, and whether it has been measured yet. Before
 * then, or where layout gives no width (jsdom), `fallback` stands in.
 */
export function useElementWidth<T extends HTMLElement>(
  fallback: number,
): [RefObject<T | null>, number, boolean] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const measure = (w: number) => setWidth(w > 0 ? Math.round(w) : fallback);
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
