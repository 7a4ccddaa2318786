/**
 * Finding a curator's evidence phrase in an article. The phrase must occur
 * verbatim, exactly once, in the cleaned text; a phrase found only in the raw
 * capture lies in page furniture and cannot be evidence.
 */
import type { PreparedSource } from './prepare-sources';
import { sentenceAt } from './split-sentences';

export type Located =
  | { ok: true; start: number; end: number; sentence: { start: number; end: number } }
  | { ok: false; reason: 'missing' | 'ambiguous' | 'furniture'; count: number };

/** Where `phrase` is in the source's cleaned text (within `within`, when given), and its sentence. */
export function locateEvidence(
  src: PreparedSource,
  phrase: string,
  within?: { start: number; end: number },
): Located {
  const text = src.source.text;
  const lo = within?.start ?? 0;
  const hi = within?.end ?? text.length;
  const hits: number[] = [];
  for (
    let at = text.indexOf(phrase, lo);
    at >= 0 && at + phrase.length <= hi;
    at = text.indexOf(phrase, at + 1)
  )
    hits.push(at);
  if (hits.length === 1) {
    const start = hits[0]!;
    const sentence = sentenceAt(src.sentences, start)!;
    return { ok: true, start, end: start + phrase.length, sentence };
  }
  if (hits.length > 1) return { ok: false, reason: 'ambiguous', count: hits.length };
  return {
    ok: false,
    reason: !within && src.raw.includes(phrase) ? 'furniture' : 'missing',
    count: 0,
  };
}
