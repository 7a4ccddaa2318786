/**
 * WCAG 2.x colour contrast, for checking the theme's colours where axe cannot
 * see them (text drawn on the timeline's canvas) and for every token pair in
 * both themes. Pure: colours are `#rgb` / `#rrggbb` strings or RGB triples.
 */

/** Red, green and blue, 0–255. */
export type Rgb = readonly [number, number, number];

/** `#rgb` or `#rrggbb` as an RGB triple; throws on anything else (a token the tests cannot read). */
export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`Not a hex colour: ${hex}`);
  const digits = m[1]!.length === 3 ? m[1]!.replace(/./g, '$&$&') : m[1]!;
  const channel = (i: number) => parseInt(digits.slice(i, i + 2), 16);
  return [channel(0), channel(2), channel(4)];
}

const toRgb = (c: string | Rgb): Rgb => (typeof c === 'string' ? parseHex(c) : c);

/** One sRGB channel (0–255) made linear, as WCAG 2.x defines it. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance: 0 for black, 1 for white. */
export function relativeLuminance(color: string | Rgb): number {
  const [r, g, b] = toRgb(color);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white); symmetric. */
export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * A colour painted at `alpha` over an opaque backdrop, as the canvas composites
 * it (e.g. a count's pill of the background at 0.9 over the heat strip).
 */
export function composite(color: string | Rgb, alpha: number, backdrop: string | Rgb): Rgb {
  const top = toRgb(color);
  const under = toRgb(backdrop);
  const mix = (i: 0 | 1 | 2) => Math.round(top[i] * alpha + under[i] * (1 - alpha));
  return [mix(0), mix(1), mix(2)];
}

/** WCAG 2.x AA minimums: normal text, and large text or graphical objects (1.4.3, 1.4.11). */
export const AA_TEXT = 4.5;
export const AA_LARGE_OR_GRAPHIC = 3;
