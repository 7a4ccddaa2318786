/**
 * Stage 9: a person's corrections to quotations: another speaker, another
 * event, fragment or statement, or not a quotation at all. A correction
 * names the quotation by its opening words, which must begin exactly one
 * quotation found in the article.
 */
import type { Correction } from '../curation';
import type { ExtractedQuote } from '../extraction';
import { lineOfString } from '../json-lines';
import { resolveRef, type DraftEvent } from './apply-corrections';
import type { EventContext } from './build-events';
import { findSpeakerMention } from './attach-quotes';

export interface DraftQuote extends ExtractedQuote {
  sourceId: string;
  /** Set by a correction: the event it belongs to (null: none); undefined: link automatically. */
  event?: DraftEvent | null;
  dropped: boolean;
  corrected: boolean;
}

type QuoteCorrection = Extract<Correction, { op: 'quote' }>;

function correctOne(
  c: QuoteCorrection,
  quotes: DraftQuote[],
  events: DraftEvent[],
  ctx: EventContext,
): void {
  const line = lineOfString(ctx.fileText, c.quote);
  const src = ctx.sources.get(c.source);
  if (!src) {
    ctx.diags.error(
      'PARLEY009',
      ctx.file,
      line,
      `quote "${c.quote}" cites unknown source "${c.source}"`,
      'use a source id listed in the compile summary',
    );
    return;
  }
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

export function correctQuotes(
  quotes: DraftQuote[],
  corrections: readonly Correction[],
  events: DraftEvent[],
  ctx: EventContext,
): void {
  for (const c of corrections) if (c.op === 'quote') correctOne(c, quotes, events, ctx);
}
