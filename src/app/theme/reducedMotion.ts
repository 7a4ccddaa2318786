/**
 * Whether the user asked for reduced motion: every glide and smooth scroll in
 * Parley asks this first. True where it cannot be asked (no window, no
 * matchMedia): when in doubt, do not move.
 */
export function prefersReducedMotion(): boolean {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return true;
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
