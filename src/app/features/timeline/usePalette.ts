import { useLayoutEffect, useState, type RefObject } from 'react';
import { LIGHT, readPalette, type Palette } from './draw';

/**
 * The canvas's colours, read from the CSS custom properties in force, and
 * read again when the theme changes (the system's colour scheme, or a class or
 * data attribute on the root that a theme switch sets). The canvas cannot use
 * `var(--fg)` itself.
 */
export function usePalette(ref: RefObject<Element | null>): Palette {
  const [palette, setPalette] = useState<Palette>(LIGHT);
  useLayoutEffect(() => {
    const read = () => {
      if (ref.current) setPalette(readPalette(ref.current));
    };
    read();
    const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
    scheme?.addEventListener('change', read);
    const root = new MutationObserver(read);
    root.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['class', 'data-theme', 'style'],
    });
    return () => {
      scheme?.removeEventListener('change', read);
      root.disconnect();
    };
  }, [ref]);
  return palette;
}
