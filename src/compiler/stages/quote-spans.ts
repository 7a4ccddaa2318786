/**
 * Quotation spans of a news text: text between double quotation marks
 * (straight "…" or curly “…”) or single ones (‘…’, '…', as headlines and
 * British papers use them), never an apostrophe (Kim's, the '90s, rock 'n' roll).
 *
 * A quotation continued over paragraphs (the paragraph ends with the quote
 * still open and the next paragraph reopens it) is returned as LINKED PIECES,
 * one per paragraph, each `continues` the piece before it: that keeps every
 * `text` a clean statement without a paragraph break in it, and the
 * attribution stage gives all pieces of a chain the same speaker. A quote left
 * open at the end of a paragraph (or of the text) closes there.
 */

export interface QuoteSpanFound {
  /** The quoted words: marks, surrounding spaces and a trailing comma excluded. */
  start: number;
  end: number;
  text: string;
  /** A short quoted label ("gangster-like") rather than a quoted statement. */
  fragment: boolean;
  /** Offset of the opening mark (a continuation without one: its paragraph start). */
  open: number;
  /** Offset just after the closing mark (or the end of the paragraph when unterminated). */
  close: number;
  /** False when the paragraph or text ended before a closing mark. */
  closed: boolean;
  /** Index (in the returned array) of the piece this one continues, or null. */
  continues: number | null;
  mark: 'double' | 'single';
}

const LETTER = /[\p{L}]/u;
const WORDISH = /[\p{L}\p{N}]/u;

const isLetter = (ch: string | undefined) => ch !== undefined && LETTER.test(ch);
const isWordish = (ch: string | undefined) => ch !== undefined && WORDISH.test(ch);

/** A single mark that can open a quotation: after a space or bracket, before a letter. */
function opensSingle(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch !== '‘' && ch !== "'") return false;
  const before = text[i - 1];
  // Kim's / the '90s / rock 'n' roll: a letter or digit on the wrong side is an apostrophe.
  if (before !== undefined && !/[\s([{—–\-"“/]/.test(before)) return false;
  return isLetter(text[i + 1]);
}

/** A single mark that can close a quotation: after a non-space, before a non-letter. */
function closesSingle(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch !== '’' && ch !== "'") return false;
  return !/\s/.test(text[i - 1] ?? ' ') && !isWordish(text[i + 1]);
}

/** Finds the closing single mark of a quotation opened at `i`, within the paragraph. */
function findSingleClose(text: string, i: number, paraEnd: number): number {
  let candidate = -1;
  for (let j = i + 1; j < paraEnd; j++) {
    if (!closesSingle(text, j)) continue;
    // "the leaders’ summit": a plural possessive before a lowercase word is
    // only the closing mark when no better one follows.
    const possessive = /s/i.test(text[j - 1]!) && /^\s+\p{Ll}/u.test(text.slice(j + 1, j + 3));
    if (!possessive) return j;
    if (candidate < 0) candidate = j;
  }
  return candidate;
}

/** Word count under which a quotation that does not open a sentence is a label. */
const FRAGMENT_WORDS = 6;

/**
 * A fragment is a few quoted words that do not stand as a statement: short,
 * and either lowercase or embedded in the reporter's sentence rather than
 * opening one ("No," he said is a statement; the "obstacles" is a label).
 */
export function isFragment(quoted: string, opensSentence: boolean): boolean {
  const words = quoted.split(/\s+/).filter(Boolean).length;
  if (words > FRAGMENT_WORDS) return false;
  const capital = /^[\p{Lu}\p{N}]/u.test(quoted);
  return !(capital && opensSentence);
}

/**
 * True when only spaces, a colon, a dash or a sentence end (possibly inside a
 * closing quotation mark: `…soon." "Next`) come before offset `at` in its paragraph.
 */
export function opensSentenceAt(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text[i] === ' ') i--;
  if (i < 0 || /[\n:—–]/.test(text[i]!)) return true;
  while (i > 0 && /["”’']/.test(text[i]!)) i--;
  return /[.!?]/.test(text[i]!);
}

interface Piece {
  /** Offset of the opening mark, or of the paragraph start when `bare`. */
  open: number;
  /** A continuation with no opening mark (see `closesRunOn`). */
  bare?: boolean;
  close: number;
  closed: boolean;
  mark: 'double' | 'single';
  /** The paragraph ended with this quote open. */
  runsOn: boolean;
}

function scanParagraph(text: string, from: number, to: number, pieces: Piece[]): void {
  let open = -1;
  let mark: 'double' | 'single' = 'double';
  let singleClose = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (open < 0) {
      if (ch === '“' || ch === '"') {
        open = i;
        mark = 'double';
      } else if (opensSingle(text, i)) {
        const c = findSingleClose(text, i, to);
        // An opening single mark with no close is an apostrophe, unless it opens
        // the paragraph (a British-style quotation running on).
        if (c < 0 && i !== from) continue;
        // rock 'n' roll: a quotation says at least a word.
        if (c >= 0 && !/\p{L}{2}/u.test(text.slice(i + 1, c))) continue;
        open = i;
        mark = 'single';
        singleClose = c;
      }
      continue;
    }
    if (mark === 'double') {
      if (ch === '”' || ch === '"') {
        pieces.push({ open, close: i + 1, closed: true, mark, runsOn: false });
        open = -1;
      } else if (ch === '“') {
        // A new opening mark while one is open: the first lost its closing mark.
        pieces.push({ open, close: i, closed: false, mark, runsOn: false });
        open = i;
      }
    } else if (i === singleClose) {
      pieces.push({ open, close: i + 1, closed: true, mark, runsOn: false });
      open = -1;
    }
  }
  if (open >= 0) pieces.push({ open, close: to, closed: false, mark, runsOn: true });
}

/**
 * When a quotation ran on past its paragraph and the next paragraph does not
 * reopen it, the first double mark there may be its closing one (`…economy,"
 * said X`, or a curly ”): copy that breaks a quotation over lines without
 * reopening marks, and texts that put each sentence on its own line, do this.
 * Returns the offset of that closing mark, -1 when the paragraph has no double
 * mark at all, or null when its first mark opens a new quotation.
 */
function closesRunOn(text: string, from: number, to: number): number | null {
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '”') return i;
    if (ch === '“') return null;
    if (ch !== '"') continue;
    const next = text[i + 1];
    if (next !== undefined && isWordish(next)) return null;
    let j = i - 1;
    while (j >= from && text[j] === ' ') j--;
    if (j < from) return null;
    // Glued to a word (`end"`) or after a comma or full stop (`end, "`).
    return j === i - 1
      ? /[\s([{:]/.test(text[j]!)
        ? null
        : i
      : /[,.!?]/.test(text[j]!)
        ? i
        : null;
  }
  return -1;
}

/** Paragraphs a run-on quotation may cross without marks before its closing mark. */
const MAX_BARE_PARAGRAPHS = 2;

/** Quotation spans of `text`, in order. Never throws; every offset slices to its text. */
export function findQuoteSpans(text: string): QuoteSpanFound[] {
  const pieces: Piece[] = [];
  let from = 0;
  let carry = false;
  let pending: { from: number; to: number }[] = [];
  while (from <= text.length) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    let scanFrom = from;
    if (carry && /\S/.test(text.slice(from, to))) {
      const close = closesRunOn(text, from, to);
      if (close === null || (close < 0 && pending.length >= MAX_BARE_PARAGRAPHS)) {
        carry = false;
        pending = [];
      } else if (close < 0) pending.push({ from, to });
      else {
        for (const p of pending)
          pieces.push({
            open: p.from,
            bare: true,
            close: p.to,
            closed: false,
            mark: 'double',
            runsOn: true,
          });
        pieces.push({
          open: from,
          bare: true,
          close: close + 1,
          closed: true,
          mark: 'double',
          runsOn: false,
        });
        scanFrom = close + 1;
        carry = false;
        pending = [];
      }
    }
    // A paragraph held as part of a run-on quotation has no double marks to scan.
    if (pending.at(-1)?.from !== from) {
      const before = pieces.length;
      scanParagraph(text, scanFrom, to, pieces);
      const last = pieces.at(-1);
      if (pieces.length > before && last) carry = last.runsOn && last.mark === 'double';
    }
    if (nl < 0) break;
    from = nl + 1;
  }

  const out: QuoteSpanFound[] = [];
  let previous: { piece: Piece; index: number } | null = null;
  for (const piece of pieces) {
    let s = piece.bare ? piece.open : piece.open + 1;
    let e = piece.closed ? piece.close - 1 : piece.close;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
    const quoted = text.slice(s, e);
    // Quoted text needs a letter or digit: a lone "" or a stray mark is not a quotation.
    if (!WORDISH.test(quoted)) {
      previous = null;
      continue;
    }
    // Continued when the last piece ran on to the end of its paragraph and this
    // one opens the next non-empty paragraph with the same kind of mark.
    const between = previous ? text.slice(previous.piece.close, piece.open) : '';
    const continues =
      previous !== null &&
      previous.piece.runsOn &&
      previous.piece.mark === piece.mark &&
      /^\s*$/.test(between) &&
      between.includes('\n')
        ? previous.index
        : null;
    // A bare continuation of nothing (its first piece said no word) is no quotation.
    if (piece.bare && continues === null) {
      previous = null;
      continue;
    }
    out.push({
      start: s,
      end: e,
      text: quoted,
      fragment: continues === null && isFragment(quoted, opensSentenceAt(text, piece.open)),
      open: piece.open,
      close: piece.close,
      closed: piece.closed,
      continues,
      mark: piece.mark,
    });
    previous = { piece, index: out.length - 1 };
  }
  return out;
}
