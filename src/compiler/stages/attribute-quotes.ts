/**
 * Quotations with their speakers. Attribution patterns of news writing, tried
 * in this order for each quotation (see `extractQuotes`):
 *   1. right after the quote: `"…," X said`, `"…," said X`, `"…," X told
 *      reporters`, `"…", according to X` (for statements and for quotes that
 *      open their sentence);
 *   2. a speech verb before the quote in its sentence: `X said: "…"`, `X said
 *      "…"`, `X said that … "…"`, `X, who …, said`, `X urged … and called …
 *      "…"`, `X dismissed … as "…"`;
 *   3. any speech verb later in the sentence (`…, Reuters says`, `according to`),
 *      or a transcript's `Name: "…"`;
 *   4. a piece continuing a quote over paragraphs, or a quote opening the
 *      sentence right after an attributed one, keeps that speaker;
 *   5. a fragment embedded in a sentence falls back to the clause's subject.
 * Speakers are then resolved by ./coreference.ts.
 */
import type { ActorFindings, ActorMention, ActorRecord, ExtractedQuote } from '../extraction';
import { resolveSpeaker, type CorefContext, type ResolvedSpeaker } from './coreference';
import { findQuoteSpans, opensSentenceAt, type QuoteSpanFound } from './quote-spans';
import {
  MASK,
  findSpeakerItems,
  nameAfter,
  nameBefore,
  wordsIn,
  type SpeakerItem,
} from './speaker-phrases';
import { findSpeechVerbs, type SpeechVerb } from './speech-verbs';
import type { SentenceSpan } from './split-sentences';

interface Found {
  resolved: ResolvedSpeaker | null;
  attribution: { start: number; end: number } | null;
}

interface Region {
  start: number;
  end: number;
}

/** The text with every quotation (marks included) blanked out, same length. */
function maskQuotes(text: string, spans: QuoteSpanFound[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.open) + MASK.repeat(s.close - s.open);
    at = s.close;
  }
  return out + text.slice(at);
}

/** The sentence(s) a quotation belongs to, never crossing its paragraph. */
function regionOf(text: string, sentences: SentenceSpan[], span: QuoteSpanFound): Region {
  const paraStart = text.lastIndexOf('\n', span.open - 1) + 1;
  const nl = text.indexOf('\n', span.close);
  const paraEnd = nl < 0 ? text.length : nl;
  const first = sentences.filter((s) => s.start <= span.open && s.end > paraStart).at(-1);
  const last = sentences.find((s) => s.end >= span.close && s.start < paraEnd);
  return {
    start: Math.max(paraStart, first?.start ?? paraStart),
    end: Math.min(paraEnd, Math.max(span.close, last?.end ?? paraEnd)),
  };
}

const BOUNDARY_WORDS = new Set(
  'that which who whom because if when while whether although though but and or where so'.split(
    ' ',
  ),
);
const COORDINATORS = new Set(['and', 'but', 'or']);

interface Clause {
  start: number;
  /** What ended the clause to the left. */
  kind: 'start' | 'comma' | 'relative' | 'coordinator' | 'other';
  /** Offset of the boundary itself (the comma or word). */
  at: number;
}

const BOUNDARY = new RegExp(
  `[,;:()\u2014\u2013${MASK}]|\\s-\\s|\\b(?:${[...BOUNDARY_WORDS].join('|')})\\b`,
  'gi',
);

/** Walks back from `end` to the start of its clause. */
function clauseBefore(masked: string, from: number, end: number): Clause {
  let last: RegExpMatchArray | null = null;
  for (const m of masked.slice(from, end).matchAll(BOUNDARY)) last = m;
  if (!last) return { start: from, kind: 'start', at: from };
  const at = from + last.index!;
  const w = last[0].toLowerCase();
  const kind =
    w === ','
      ? 'comma'
      : COORDINATORS.has(w)
        ? 'coordinator'
        : /^(?:who|whom|which)$/.test(w)
          ? 'relative'
          : 'other';
  return { start: at + last[0].length, kind, at };
}

/** "said in a statement": a prepositional object is no subject (but "with X saying" is). */
const AFTER_PREPOSITION = /\b(?:in|on|at|from|into|during|via|through)\s+$/i;

function lastItemIn(
  items: SpeakerItem[],
  from: number,
  to: number,
  masked?: string,
): SpeakerItem | null {
  let best: SpeakerItem | null = null;
  for (const it of items)
    if (it.start >= from && it.end <= to) {
      if (masked && AFTER_PREPOSITION.test(masked.slice(Math.max(0, it.start - 10), it.start)))
        continue;
      best = it;
    }
  return best;
}

/** A full stop that ends an initial or a title rather than the sentence ("Michael R. Golden"). */
const ABBREVIATION =
  /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Prof|Rev)$/u;

/** Where the clause after `at` ends: punctuation, a quotation, or a sentence's full stop. */
function clauseEnd(masked: string, at: number): number {
  const re = /[.;:!?\uffff\n]/g;
  re.lastIndex = at;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    if (m[0] !== '.' || !ABBREVIATION.test(masked.slice(Math.max(at, m.index - 6), m.index)))
      return m.index;
  }
  return masked.length;
}

function firstItemAfter(items: SpeakerItem[], masked: string, at: number): SpeakerItem | null {
  const limit = clauseEnd(masked, at);
  const it = items.find((i) => i.start >= at && i.end <= limit && i.start - at < 40);
  return it ?? nameAfter(masked, at);
}

interface Scan {
  masked: string;
  items: SpeakerItem[];
}

/**
 * "X, who hails from the state where Y is based, said": the comma opening a
 * relative clause that other boundary words ("where", "that") split, or -1.
 */
function relativeComma(masked: string, from: number, to: number): number {
  let at = -1;
  for (const m of masked.slice(from, to).matchAll(/,\s+(?:who|which)\b/g)) at = from + m.index;
  return at;
}

/** "-ing" opening a clause after a comma: "…, accusing Cairo of", "…, calling the measure". */
const PARTICIPLE = /^\s*(?:[a-z]+ly\s+)?[a-z]{2,}ing\b/;

/**
 * "Japan lodged a protest with China, calling the measure “groundless”": a
 * participle clause shares the subject of the clause it hangs on, which is
 * that clause's first name, not its last (the object).
 */
function participleSubject(scan: Scan, from: number, clause: Clause, to: number) {
  if (clause.kind !== 'comma' || !PARTICIPLE.test(scan.masked.slice(clause.start, to))) return null;
  const main = clauseBefore(scan.masked, from, clause.at);
  const first = scan.items.find(
    (it) =>
      it.start >= from &&
      it.end > main.start &&
      it.end <= clause.at &&
      !AFTER_PREPOSITION.test(scan.masked.slice(Math.max(0, it.start - 10), it.start)),
  );
  // After "and" or "who", only a name that spans the boundary ("Ministry of Water and Energy").
  if (
    !first ||
    ((main.kind === 'relative' || main.kind === 'coordinator') && first.start >= main.start)
  )
    return null;
  return first;
}

/** The subject of speech verb `v` within the sentence starting at `from`. */
function subjectOf(scan: Scan, v: SpeechVerb, from: number, depth = 0): SpeakerItem | null {
  if (v.according) return firstItemAfter(scan.items, scan.masked, v.end);
  // `"…," said Obama, "…"`: a verb right after a quotation has its subject after it.
  if (v.end > v.start && /\uffff[\s,\u2014\u2013-]*$/.test(scan.masked.slice(from, v.start)))
    return firstItemAfter(scan.items, scan.masked, v.end);
  // A name that runs up to the verb is its subject, whatever "and" it holds
  // ("the Ministry of Water Resources and Irrigation said").
  const adjacent = scan.items.find(
    (it) =>
      it.start >= from &&
      it.end < v.start &&
      /^\s+$/.test(scan.masked.slice(it.end, v.start)) &&
      /\band\b/.test(scan.masked.slice(it.start, it.end)),
  );
  if (adjacent) return adjacent;
  let end = v.start;
  for (let step = 0; step < 4; step++) {
    const clause = clauseBefore(scan.masked, from, end);
    if (step === 0) {
      const main = participleSubject(scan, from, clause, Math.max(end, v.end));
      if (main) return main;
    }
    const item = lastItemIn(scan.items, clause.start, end, scan.masked);
    if (item) return item;
    if (end === v.start) {
      const name = nameBefore(scan.masked, end, clause.start);
      if (name) return name;
    }
    if (clause.kind === 'coordinator' && depth < 3) {
      // "X urged … and called …": the subject of the verb before the coordinator.
      const prev = findSpeechVerbs(scan.masked, from, clause.at).at(-1);
      return prev ? subjectOf(scan, prev, from, depth + 1) : null;
    }
    if (clause.kind === 'relative') {
      // "X, who called …": the antecedent before the comma.
      const comma = scan.masked.lastIndexOf(',', clause.at);
      if (comma < from) return null;
      end = comma;
      continue;
    }
    if (clause.kind === 'comma') {
      // "X, the US envoy, said": skip the appositive back to the comma before it.
      const before = clauseBefore(scan.masked, from, clause.at);
      const comma =
        before.kind === 'comma'
          ? before.at
          : before.kind === 'relative'
            ? scan.masked.lastIndexOf(',', before.at)
            : relativeComma(scan.masked, from, clause.at);
      if (comma < from) return lastItemIn(scan.items, before.start, clause.at, scan.masked);
      end = comma;
      continue;
    }
    return null;
  }
  return null;
}

/** The attribution clause: speaker and verb, plus the verb's adjuncts up to punctuation. */
function attributionSpan(masked: string, item: SpeakerItem, v: SpeechVerb) {
  const start = Math.min(item.start, v.start);
  let end = Math.max(item.end, v.end);
  if (!v.according && item.end <= v.start) {
    const after = wordsIn(masked, v.end, Math.min(masked.length, v.end + 80));
    for (const w of after.slice(0, 8)) {
      if (/[,.;:!?\uffff\n]/.test(masked.slice(end, w.start))) break;
      if (
        /^(?:that|he|she|it|they|we|i|you|to|if|whether|who|which|is|was|are|were|will|would|has|have|had)$/i.test(
          w.w,
        )
      )
        break;
      end = w.end;
    }
  }
  return { start, end };
}

function afterQuote(scan: Scan, span: QuoteSpanFound, region: Region, immediate: boolean) {
  const verbs = findSpeechVerbs(scan.masked, span.close, region.end);
  for (const v of verbs) {
    const pre = scan.masked.slice(span.close, v.start);
    if (pre.includes(MASK)) return null;
    if (
      immediate &&
      (wordsIn(scan.masked, span.close, v.start).length > 8 || !/^[\s,—–-]*\S/.test(pre || ' x'))
    )
      return null;
    const item =
      v.according || !lastItemIn(scan.items, span.close, v.start)
        ? v.according
          ? firstItemAfter(scan.items, scan.masked, v.end)
          : (nameBefore(scan.masked, v.start, span.close) ??
            (pre
              .trim()
              .replace(/^[,—–-]/, '')
              .trim() === ''
              ? firstItemAfter(scan.items, scan.masked, v.end)
              : null))
        : subjectOf(scan, v, span.close);
    if (item) return { item, v };
    if (immediate) return null;
  }
  return null;
}

/** The region extended over the next line when that line is only an attribution ("said X."). */
function attributionLine(masked: string, span: QuoteSpanFound, region: Region): Region | null {
  if (masked.slice(span.close, region.end).trim() !== '') return null;
  const m = /^[ \t]*\n[ \t]*([^\n]*)/.exec(masked.slice(region.end, region.end + 200));
  if (!m || m[1]!.includes(MASK)) return null;
  const at = region.end + m[0].length - m[1]!.length;
  const verb = findSpeechVerbs(masked, at, at + m[1]!.length)[0];
  // "said X, …" opening the line, or the whole line "Mr MacFarlane said."
  const opensWithVerb = verb?.start === at;
  const nameSaid = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:said|says|added)\.?\s*$/u.test(m[1]!);
  if (!opensWithVerb && !nameSaid) return null;
  return { start: region.start, end: region.end + m[0].length };
}

/** A transcript's `Secretary of the Air Force James Roche: "…"`: the name before the colon. */
function colonSpeaker(scan: Scan, span: QuoteSpanFound, region: Region) {
  const m = /\s*:\s*$/.exec(scan.masked.slice(region.start, span.open));
  if (!m) return null;
  const colon = region.start + m.index;
  const item = lastItemIn(scan.items, region.start, colon);
  // Only a name the actor stage knows: a run of capitals before a colon is often a heading.
  if (!item || item.end !== colon || (item.kind !== 'mention' && item.kind !== 'description'))
    return null;
  return { item, v: { start: colon, end: colon, according: false } };
}

/**
 * "Qureshi warned that Islamabad would respond “with full force”": a label
 * quoted inside what a speaker reports ("that …") is the reporter's wording,
 * so the verb that introduces the "that" clause speaks it.
 */
function reporting(scan: Scan, verbs: SpeechVerb[], k: number): number {
  while (k > 0) {
    const gap = scan.masked.slice(verbs[k - 1]!.end, verbs[k]!.start);
    if (!/^\s+(?:\S+\s+){0,4}?that\s[^,;:()\uffff]*$/.test(gap)) break;
    k--;
  }
  return k;
}

function beforeQuote(scan: Scan, span: QuoteSpanFound, region: Region) {
  const verbs = findSpeechVerbs(scan.masked, region.start, span.open);
  const last = verbs.length - 1;
  const outer = span.fragment && last > 0 ? reporting(scan, verbs, last) : last;
  if (outer !== last) {
    const item = subjectOf(scan, verbs[outer]!, region.start);
    if (item) return { item, v: verbs[outer]! };
  }
  for (let k = verbs.length - 1; k >= 0; k--) {
    const v = verbs[k]!;
    const item = subjectOf(scan, v, region.start);
    if (item) return { item, v };
  }
  return null;
}

function modifierCountry(
  mentions: ActorMention[],
  actors: ReadonlyMap<string, ActorRecord>,
  text: string,
  at: number,
) {
  const m = mentions.find(
    (x) =>
      x.role === 'modifier' &&
      x.end <= at &&
      at - x.end <= 40 &&
      !/[,.;:\n\u201c\u201d"]/.test(text.slice(x.end, at)),
  );
  if (!m) return null;
  return m.kind === 'country' ? m.actorId : (actors.get(m.actorId)?.country ?? m.country);
}

/**
 * Every quotation of `text` with its speaker, as far as the text attributes
 * it. Pure and deterministic; every offset slices to its text. `actors` holds
 * the article's new people too (extract-article.ts merges them once).
 */
export function extractQuotes(
  text: string,
  sentences: SentenceSpan[],
  findings: ActorFindings,
  actors: ReadonlyMap<string, ActorRecord>,
): ExtractedQuote[] {
  const spans = findQuoteSpans(text);
  const masked = maskQuotes(text, spans);
  const mentions = [...findings.mentions].sort((a, b) => a.start - b.start);
  const scan: Scan = { masked, items: findSpeakerItems(masked, mentions) };
  const ctx: CorefContext = { text, items: scan.items, mentions, actors, previous: [] };

  const found: (Found | null)[] = [];
  const regions = spans.map((s) => regionOf(text, sentences, s));
  spans.forEach((span, i) => {
    const region = regions[i]!;
    const opens =
      masked.slice(region.start, span.open).trim() === '' || opensSentenceAt(text, span.open);
    let hit = opens || !span.fragment ? afterQuote(scan, span, region, true) : null;
    // `"…"` ending its paragraph, then a line "said Stephen Harper, Prime Minister of Canada."
    const spill = hit ? null : attributionLine(masked, span, region);
    if (spill) hit = afterQuote(scan, span, spill, false);
    hit ??= beforeQuote(scan, span, region);
    hit ??= afterQuote(scan, span, region, false);
    hit ??= colonSpeaker(scan, span, region);
    let f: Found | null = null;
    if (hit) {
      const resolved = resolveSpeaker(ctx, hit.item);
      f = { resolved, attribution: attributionSpan(masked, hit.item, hit.v) };
    } else if (span.continues !== null) {
      f = found[span.continues] ?? null;
    } else if (opens && i > 0 && found[i - 1]) {
      // The next sentence (or paragraph) opening with a quote continues the last speaker.
      const gap = text.slice(regions[i - 1]!.end, span.open);
      if (/^\s*$/.test(gap) && !/\n\s*\n[\s\S]*\n\s*\n/.test(gap)) f = found[i - 1]!;
    } else if (!opens) {
      const item = subjectOf(
        scan,
        { start: span.open, end: span.open, according: false },
        region.start,
      );
      if (item) f = { resolved: resolveSpeaker(ctx, item), attribution: null };
    }
    found.push(f);
    if (f?.resolved) ctx.previous.push(f.resolved);
  });
  // A piece attributed only after the paragraph break gives its speaker back to the pieces before.
  for (let i = spans.length - 1; i >= 0; i--) {
    const c = spans[i]!.continues;
    if (c !== null && found[i] && !found[c]) found[c] = found[i]!;
  }

  return spans.map((span, i): ExtractedQuote => {
    const r = found[i]?.resolved ?? null;
    const m = r?.mention;
    return {
      start: span.start,
      end: span.end,
      text: span.text,
      fragment: span.fragment,
      speakerId: r?.speakerId ?? null,
      speaker: r?.speaker ?? null,
      speakerMention: m ? { start: m.start, end: m.end, text: text.slice(m.start, m.end) } : null,
      speakerCountry: r
        ? (r.country ?? (m ? modifierCountry(mentions, actors, text, m.start) : null))
        : null,
      attribution: found[i]?.attribution ?? null,
    };
  });
}
