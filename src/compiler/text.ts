/**
 * Small helpers over an article's text that several stages share: offset
 * spans (UTF-16, `end` exclusive, as everywhere in the compiler) and literal
 * words turned into a pattern.
 */

/** A stretch of one text by offsets (the schema's `Span` also names its source). */
export interface Span {
  start: number;
  end: number;
}

/** Whether `x` lies wholly inside `s`. */
export const within = (x: Span, s: Span): boolean => x.start >= s.start && x.end <= s.end;

/** Whether two spans share at least one character. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** `s` as a regular expression that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
