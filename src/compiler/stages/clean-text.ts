/**
 * Stage 2: remove page furniture from a captured article, in the manner of
 * jusText: split into blocks (lines), classify each by its own features
 * (length, stop-word density, sentence shape, headline-list shape,
 * boilerplate phrasing, repetition within the page and across the site's
 * pages), let undecided blocks take the class of their neighbours, and drop
 * what trails the body. The kept blocks, joined by blank lines, are the
 * cleaned text every offset in the dataset refers to; each block remembers
 * where it came from in the raw capture.
 */

type BlockClass = 'good' | 'bad' | 'short' | 'title';

export interface Block {
  rawStart: number;
  rawEnd: number;
  text: string;
  kept: boolean;
  /** Why the block was kept or dropped, for tests and `parley extract`. */
  reason: string;
  /** Where the block starts in the cleaned text (kept blocks only). */
  cleanStart: number | null;
}

export interface CleanedText {
  text: string;
  blocks: Block[];
}

const STOP_WORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have ' +
    'having he her here hers him his how i if in into is it its itself just me more most my no nor not now ' +
    'of off on once only or other our out over own same she should so some such than that the their them ' +
    'then there these they this those through to too under until up very was we were what when where which ' +
    'while who whom why will with would you your'
  ).split(' '),
);

/** Phrases that only site chrome uses: navigation, promotion, sign-up, sharing. */
const BOILERPLATE: RegExp[] = [
  /^back to top$/i,
  /\bsubscribe\b/i,
  /\bsign up\b/i,
  /\bnewsletters?\b/i,
  /\bread more\b/i,
  /\bgoogle news\b/i,
  /\bfollow (us|our)\b/i,
  /^published:?(\s+updated:?)?$/i,
  /^by .+ published$/i,
  /^(editor'?s choice|top content|before you go|explore more|about the author|related|trending)$/i,
  // A link to another story: "Related: Kenya sends more police to Haiti".
  /^(related|read also|see also|more on this|recommended):\s/i,
  /\b[a-z0-9-]+\.(com|net|org)\b/i,
];

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];

function stopWordDensity(ws: string[]): number {
  return ws.length === 0
    ? 0
    : ws.filter((w) => STOP_WORDS.has(w.replace(/[’']s$/, ''))).length / ws.length;
}

/** "X X": a headline printed twice in one line, as sidebars do. */
function isDoubled(s: string): boolean {
  const half = (s.length - 1) / 2;
  return Number.isInteger(half) && half > 10 && s.slice(0, half) === s.slice(half + 1);
}

/** Speaks to the reader ("your inbox") outside any quotation: promotion, not reporting. */
function addressesReader(s: string): boolean {
  const unquoted = s.replace(/["“][^"”]*["”]/g, '');
  return /\b(you|your)\b/i.test(unquoted);
}

const normalizeTitle = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A headline in a list of links: title case, no sentence punctuation, no
 * verb-like lower-case run. "Trump Says Kim Summit Went Well" is one; a
 * sentence of the article is not.
 */
function isHeadlineShaped(t: string, ws: string[]): boolean {
  if (ws.length < 4 || ws.length > 20 || /[.!?:;]["”’)]?$/.test(t)) return false;
  const tokens = t.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
  const capitalised = tokens.filter((w) => /^\p{Lu}/u.test(w)).length;
  return tokens.length > 0 && capitalised / tokens.length >= 0.7;
}

/** Words of site chrome are short; a repeated long paragraph is left to the other rules. */
const CHROME_MAX_WORDS = 25;

/**
 * Lines a site prints on every page (menus, footers, sign-up boxes): short
 * blocks found in at least two other articles of the same publisher. The
 * result feeds `cleanText`'s `chrome` option.
 */
export function repeatedChrome(
  articles: readonly { publisher: string; raw: string }[],
): Set<string> {
  const byPublisher = new Map<string, Map<string, number>>();
  for (const a of articles) {
    const counts = byPublisher.get(a.publisher) ?? new Map<string, number>();
    byPublisher.set(a.publisher, counts);
    const lines = new Set(splitBlocks(a.raw).map((b) => b.text));
    for (const line of lines)
      if (words(line).length <= CHROME_MAX_WORDS) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const chrome = new Set<string>();
  for (const counts of byPublisher.values())
    for (const [line, n] of counts) if (n >= 3) chrome.add(line);
  return chrome;
}

function classify(
  text: string,
  seen: Set<string>,
  title: string,
  chrome: ReadonlySet<string>,
): { cls: BlockClass; reason: string } {
  const t = text.trim();
  const ws = words(t);
  if (normalizeTitle(t) === title)
    return { cls: seen.has(t) ? 'bad' : 'title', reason: 'headline' };
  if (seen.has(t)) return { cls: 'bad', reason: 'repeats an earlier block' };
  if (chrome.has(t)) return { cls: 'bad', reason: 'site chrome repeated across articles' };
  if (/^[\p{P}\p{S}\s]*$/u.test(t)) return { cls: 'bad', reason: 'punctuation only' };
  if (/^[•·▪●-]\s/.test(t)) return { cls: 'bad', reason: 'menu item' };
  const boiler = BOILERPLATE.find((re) => re.test(t));
  if (boiler) return { cls: 'bad', reason: `boilerplate ${boiler.source}` };
  if (isDoubled(t)) return { cls: 'bad', reason: 'headline printed twice' };
  if (addressesReader(t)) return { cls: 'bad', reason: 'addresses the reader' };
  if (ws.length <= 3 && !/[.!?]["”’)]?$/.test(t)) return { cls: 'bad', reason: 'label' };
  if (isHeadlineShaped(t, ws)) return { cls: 'bad', reason: 'headline of another story' };
  const sentence = /[.!?]["”’]?$|\)$|[.!?]["”’]?\s*\([^)]*\)$/.test(t);
  if (ws.length >= 10 && stopWordDensity(ws) >= 0.2 && sentence)
    return { cls: 'good', reason: 'prose' };
  return { cls: 'short', reason: 'undecided' };
}

/** Split into non-empty lines with their raw offsets. */
function splitBlocks(raw: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}

/**
 * Classify and keep the article's body. `title` is the headline from the
 * manifest: the article repeats it, and it is kept separately, not in the text.
 */
export function cleanText(
  raw: string,
  title: string,
  chrome: ReadonlySet<string> = new Set(),
): CleanedText {
  const parts = splitBlocks(raw);
  const seen = new Set<string>();
  const normTitle = normalizeTitle(title);
  const classes = parts.map((p) => {
    const c = classify(p.text, seen, normTitle, chrome);
    seen.add(p.text);
    return c;
  });

  // Undecided blocks side with their neighbours: any bad neighbour makes them
  // furniture; a headline or the edge of the text is neutral.
  const decided = (i: number, step: number): BlockClass | null => {
    for (let j = i + step; j >= 0 && j < classes.length; j += step)
      if (classes[j]!.cls !== 'short') return classes[j]!.cls;
    return null;
  };
  const smoothed = classes.map((c, i) => {
    if (c.cls !== 'short') return c;
    const before = decided(i, -1);
    const after = decided(i, 1);
    return before === 'bad' || after === 'bad' || (before !== 'good' && after !== 'good')
      ? { cls: 'bad' as const, reason: 'short, next to furniture' }
      : { cls: 'good' as const, reason: 'short, inside the body' };
  });

  // The body ends at the last good block that has a good neighbour; what
  // trails it (related headlines, author notes, teasers) is furniture.
  let bodyEnd = -1;
  smoothed.forEach((c, i) => {
    if (c.cls === 'good' && (smoothed[i - 1]?.cls === 'good' || smoothed[i + 1]?.cls === 'good'))
      bodyEnd = i;
  });

  const blocks: Block[] = [];
  let text = '';
  parts.forEach((p, i) => {
    const c = smoothed[i]!;
    const kept = c.cls === 'good' && i <= bodyEnd;
    const reason = c.cls === 'good' && !kept ? 'after the end of the body' : c.reason;
    let cleanStart: number | null = null;
    if (kept) {
      if (text) text += '\n\n';
      cleanStart = text.length;
      text += p.text;
    }
    blocks.push({ rawStart: p.start, rawEnd: p.end, text: p.text, kept, reason, cleanStart });
  });
  return { text, blocks };
}
