/**
 * Stage 3a: the quotations of a text: spans between double quotation marks,
 * straight or curly. The span excludes the marks and a trailing comma (the
 * comma of `"…," he said` belongs to the sentence, not to the speaker). A quote
 * left open at the end of a paragraph closes there, as news style allows when
 * the next paragraph reopens it.
 */

export interface QuoteSpan {
  start: number;
  end: number;
  text: string;
  /** Short labels in quotation marks ("gangster-like") rather than statements. */
  fragment: boolean;
}

const OPEN = new Set(['"', '“']);
const CLOSE = new Set(['"', '”']);

/** A fragment is a few words that do not make a sentence of their own. */
export function isFragment(text: string): boolean {
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  return wordCount <= 4 || (wordCount <= 6 && !/^[\p{Lu}]/u.test(text));
}

export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  const close = (end: number) => {
    let s = open + 1;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
    if (e > s) {
      const t = text.slice(s, e);
      out.push({ start: s, end: e, text: t, fragment: isFragment(t) });
    }
    open = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open < 0) {
      if (OPEN.has(ch)) open = i;
    } else if (CLOSE.has(ch)) {
      close(i);
    } else if (ch === '\n') {
      close(i);
    }
  }
  if (open >= 0) close(text.length);
  return out;
}
