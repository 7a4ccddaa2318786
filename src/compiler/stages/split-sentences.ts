/**
 * Sentences of the cleaned text, as offsets. A period ends a sentence
 * unless it belongs to an abbreviation (U.S., Mr., Jan., Gen., No., N. Korea)
 * or an initial; quotation marks and brackets that close a sentence stay in it.
 */

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Abbreviations that a following capital does not make a sentence end. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt sgt sen rep gov pres st jr sr inc corp co ltd dept vs ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n n s e w d.c a.m p.m'
  ).split(' '),
);

const CLOSERS = '"”’\')]';

function isAbbreviation(text: string, dot: number, next: string): boolean {
  // The token ending at the dot, e.g. "U.S" in "the U.S. side" or "N" in "N. Korea".
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  const token = text.slice(i, dot).toLowerCase();
  if (token.length === 1) return true; // an initial or "N." of "N. Korea"
  if (token === 'no') return /\d/.test(next); // "No. 2", but "said no. Then"
  return ABBREVIATIONS.has(token) || ABBREVIATIONS.has(token.replace(/\./g, ''));
}

/** Split text into sentences; paragraph breaks always end a sentence. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    const s = text.slice(start, end);
    const lead = s.length - s.trimStart().length;
    const trimmed = s.trim();
    if (trimmed) out.push({ start: start + lead, end: start + lead + trimmed.length });
  };
  // A sentence never ends inside a quotation: "I believe this. He has…," he said.
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      inQuote = false;
      continue;
    }
    let punct = i;
    if (ch === '“') inQuote = true;
    else if (ch === '”' || (ch === '"' && inQuote)) {
      inQuote = false;
      // A quotation that closes on a full stop can end the sentence: He said “no.” Then…
      if (!/[.!?]/.test(text[i - 1] ?? '')) continue;
      punct = i - 1;
    } else if (ch === '"') inQuote = true;
    if (inQuote || !/[.!?]/.test(text[punct]!)) continue;
    let end = punct + 1;
    while (end < text.length && CLOSERS.includes(text[end]!)) end++;
    const next = text.slice(end).match(/^\s+(\S)/);
    if (!next) continue; // end of text or no space: handled at the end or not a boundary
    const starter = next[1]!;
    const startsSentence = /[\p{Lu}"“‘(\d]/u.test(starter);
    if (!startsSentence) continue;
    if (text[punct] === '.' && isAbbreviation(text, punct, starter) && !/["“]/.test(starter))
      continue;
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return out;
}

/** The sentence that contains offset `at` (or the last one before it). */
export function sentenceAt(sentences: SentenceSpan[], at: number): SentenceSpan | undefined {
  return (
    sentences.find((s) => at >= s.start && at < s.end) ??
    sentences.filter((s) => s.start <= at).at(-1)
  );
}
