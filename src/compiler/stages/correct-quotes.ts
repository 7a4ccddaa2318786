/**
 * Stage 9: a person's corrections to quotations: another speaker, another
 * event, fragment or statement, or not a quotation at all. A correction
 * names the quotation by its opening words, which must begin exactly one
 * quotation found in the article.
 */
import type { Correction } from '../curation';
import type { ExtractedQuote } from '../extraction';
import { jsonLines } from '../json-lines';
import { escapeRegExp } from '../text';
import { resolveRef, type DraftEvent } from './apply-corrections';
import { sourceOf, type EventContext } from './build-events';

/** A quotation on its way into the dataset, as corrections leave it. */
export interface DraftQuote extends ExtractedQuote {
  sourceId: string;
  /** Set by a correction: the event it belongs to (null: none); undefined: link automatically. */
  event?: DraftEvent | null;
  dropped: boolean;
  corrected: boolean;
}

/**
 * The occurrence of the speaker's words nearest to the quote within its
 * paragraph, as whole words and outside the quotation itself.
 */
export function findSpeakerMention(text: string, q: { start: number; end: number }, words: string) {
  const paraStart = text.lastIndexOf('\n\n', q.start) + 1;
  const nextBreak = text.indexOf('\n\n', q.end);
  const paraEnd = nextBreak < 0 ? text.length : nextBreak;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words)}(?![\\p{L}\\p{N}])`, 'gu');
  let best: { start: number; end: number; distance: number } | null = null;
  for (const m of text.slice(paraStart, paraEnd).matchAll(re)) {
    const start = paraStart + m.index;
    const end = start + words.length;
    if (end > q.start - 1 && start < q.end + 1) continue; // inside the quotation
    // After the quote first ("…," he said), then before it (He said: "…").
    const distance = start >= q.end ? start - q.end : q.start - end + 0.5;
    if (!best || distance < best.distance) best = { start, end, distance };
  }
  return best && { text: words, start: best.start, end: best.end };
}

type QuoteCorrection = Extract<Correction, { op: 'quote' }>;

function correctOne(
  c: QuoteCorrection,
  quotes: DraftQuote[],
  events: DraftEvent[],
  ctx: EventContext,
  line: number,
): void {
  const src = sourceOf(ctx, c.source, line, `quote "${c.quote}"`);
  if (!src) return;
  const hits = quotes.filter((q) => q.sourceId === c.source && q.text.startsWith(c.quote));
  if (hits.length !== 1) {
    ctx.diags.error(
      hits.length ? 'PARLEY005' : 'PARLEY011',
      ctx.file,
      line,
      hits.length
        ? `"${c.quote}" begins ${hits.length} quotations in ${c.source}`
        : `no quotation in ${c.source} begins with "${c.quote}"`,
      hits.length
        ? 'give more of the quotation’s opening words'
        : 'copy the opening words of the quotation exactly, without the quotation marks',
    );
    return;
  }
  const q = hits[0]!;
  q.corrected = true;
  if (c.drop) {
    q.dropped = true;
    return;
  }
  if (c.fragment !== undefined) q.fragment = c.fragment;
  if (c.speaker !== undefined) {
    if (c.speaker !== null && !ctx.actors.has(c.speaker)) {
      ctx.diags.error(
        'PARLEY008',
        ctx.file,
        line,
        `quote "${c.quote}" names unknown speaker "${c.speaker}"`,
        'add the actor to data/curation/actors.json or fix the id',
      );
      return;
    }
    const actor = c.speaker === null ? null : ctx.actors.get(c.speaker)!;
    q.speakerId = c.speaker;
    q.speaker = actor?.name ?? null;
    q.speakerCountry = actor?.country ?? null;
  }
  if (c.as !== undefined) {
    const mention = findSpeakerMention(src.source.text, q, c.as);
    if (!mention) {
      ctx.diags.error(
        'PARLEY012',
        ctx.file,
        line,
        `the speaker "${c.as}" is not written in the paragraph of "${c.quote}"`,
        'copy the words that name the speaker near the quote ("he", "a State Department spokesperson")',
      );
      return;
    }
    q.speakerMention = mention;
    if (c.speaker === undefined) q.speaker = q.speakerId === null ? c.as : q.speaker;
  }
  if (c.event !== undefined) {
    if (c.event === null) q.event = null;
    else {
      const e = resolveRef(c.event, events, ctx, line);
      if (e) q.event = e;
    }
  }
}

/** Apply every {"op": "quote"} correction to `quotes`, in place. */
export function correctQuotes(
  quotes: DraftQuote[],
  corrections: readonly Correction[],
  events: DraftEvent[],
  ctx: EventContext,
): void {
  const lineOf = jsonLines(ctx.fileText);
  corrections.forEach((c, i) => {
    if (c.op === 'quote') correctOne(c, quotes, events, ctx, lineOf(['corrections', i]));
  });
}
