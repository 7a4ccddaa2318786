import { useEffect, useState, type RefObject } from 'react';

/**
 * The content width of an element, followed with a ResizeObserver. The graph
 * draws in a viewBox as wide as its container so that text stays at its CSS
 * size instead of shrinking with the panel. Without ResizeObserver (jsdom) the
 * fallback width is kept.
 */
export function useElementWidth(ref: RefObject<Element | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      // Hidden panels report 0; keep the last real width rather than collapse.
      if (w > 0) setWidth(Math.round(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
