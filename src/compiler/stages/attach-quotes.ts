/**
 * Stage 3b: every quotation found in an article gets its speaker and event
 * from an annotation. A quotation nobody attributed is an error, not a silent
 * gap: the dataset promises every direct quote with its right speaker.
 */
import type { Quote } from '../../shared/schema';
import type { QuoteAnnotation } from '../curation';
import type { Diagnostics } from '../diagnostics';
import { lineOfString } from '../json-lines';
import { findQuotes, type QuoteSpan } from './find-quotes';
import type { PreparedSource } from './prepare-sources';

export interface QuoteContext {
  file: string;
  fileText: string;
  sources: ReadonlyMap<string, PreparedSource>;
  actorIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
  diags: Diagnostics;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The occurrence of the speaker's words nearest to the quote within its
 * paragraph, as whole words and outside the quotation itself.
 */
export function findSpeakerMention(text: string, q: { start: number; end: number }, words: string) {
  const paraStart = text.lastIndexOf('\n\n', q.start) + 1;
  const nextBreak = text.indexOf('\n\n', q.end);
  const paraEnd = nextBreak < 0 ? text.length : nextBreak;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(words)}(?![\\p{L}\\p{N}])`, 'gu');
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

export function attachQuotes(annotations: QuoteAnnotation[], ctx: QuoteContext): Quote[] {
  const found = new Map<string, QuoteSpan[]>();
  for (const [id, src] of ctx.sources) found.set(id, findQuotes(src.source.text));
  const claimed = new Set<string>();
  const quotes: Quote[] = [];

  for (const a of annotations) {
    const line = lineOfString(ctx.fileText, a.quote);
    const src = ctx.sources.get(a.source);
    if (!src) {
      ctx.diags.error(
        'PARLEY009',
        ctx.file,
        line,
        `quote "${a.quote}" cites unknown source "${a.source}"`,
        'use a source id listed in the compile summary',
      );
      continue;
    }
    const candidates = (found.get(a.source) ?? [])
      .map((q, i) => ({ q, i }))
      .filter(({ q }) => q.text.startsWith(a.quote));
    if (candidates.length !== 1) {
      ctx.diags.error(
        candidates.length ? 'PARLEY005' : 'PARLEY011',
        ctx.file,
        line,
        candidates.length
          ? `"${a.quote}" begins ${candidates.length} quotations in ${a.source}`
          : `no quotation in ${a.source} begins with "${a.quote}"`,
        candidates.length
          ? 'give more of the quotation’s opening words'
          : 'copy the opening words of the quotation exactly, without the quotation marks',
      );
      continue;
    }
    const { q, i } = candidates[0]!;
    const id = `${a.source}-q${i + 1}`;
    claimed.add(id);
    if (a.speaker !== null && !ctx.actorIds.has(a.speaker))
      ctx.diags.error(
        'PARLEY008',
        ctx.file,
        line,
        `quote "${a.quote}" names unknown speaker "${a.speaker}"`,
        'add the actor to data/curation/actors.json or fix the id',
      );
    if (a.event !== null && !ctx.eventIds.has(a.event))
      ctx.diags.error(
        'PARLEY013',
        ctx.file,
        line,
        `quote "${a.quote}" belongs to unknown event "${a.event}"`,
        'use the id of an event in data/curation/events.json',
      );
    const mention = findSpeakerMention(src.source.text, q, a.as);
    if (!mention)
      ctx.diags.error(
        'PARLEY012',
        ctx.file,
        line,
        `the speaker "${a.as}" is not written in the paragraph of "${a.quote}"`,
        'copy the words that name the speaker near the quote ("he", "a State Department spokesperson")',
      );
    quotes.push({
      id,
      sourceId: a.source,
      start: q.start,
      end: q.end,
      text: q.text,
      fragment: a.fragment ?? q.fragment,
      speakerId: a.speaker,
      speakerMention: mention,
      eventId: a.event,
    });
  }

  for (const [sourceId, spans] of found)
    spans.forEach((q, i) => {
      if (!claimed.has(`${sourceId}-q${i + 1}`))
        ctx.diags.error(
          'PARLEY010',
          ctx.file,
          null,
          `the quotation "${q.text.slice(0, 60)}" in ${sourceId} has no speaker`,
          `add {"source": "${sourceId}", "quote": "${q.text.split(/\s+/).slice(0, 4).join(' ')}", "speaker": …, "as": …, "event": …} to the quotes file`,
        );
    });
  return quotes;
}
