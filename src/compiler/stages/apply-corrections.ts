/**
 * Stage 9: a person's corrections on top of the automatic events, applied in
 * the order they are written. Each points at an event by the words of a
 * sentence that reports it, so it keeps working when titles or ids change;
 * words that are not in the article are an error, never a silent no-op.
 */
import type { Event, Span } from '../../shared/schema';
import { PLOVER } from '../../shared/plover';
import type { Correction, EventRef } from '../curation';
import { jsonLines } from '../json-lines';
import {
  buildDate,
  buildEvent,
  checkActors,
  countriesOf,
  reportMiss,
  sourceOf,
  type EventContext,
} from './build-events';
import { locateEvidence } from './locate-evidence';

/** An event on its way into the dataset; ids are given once everything is settled. */
export interface DraftEvent extends Omit<Event, 'id' | 'quoteIds'> {
  /** A curator's id for an added event, else null (derived from date and title later). */
  id: string | null;
  confidence: number;
  origin: 'automatic' | 'added';
  /** The operations that changed it ("retitle", "merge", …), for the summary. */
  corrected: string[];
  /** Where the words that coded it are ("urged", "summit"); empty for added events. */
  triggers: Span[];
  /** The line of the correction that dropped it, so later references can say so. */
  droppedAt: number | null;
}

export interface CorrectionStats {
  automatic: number;
  corrected: number;
  added: number;
  dropped: number;
  merged: number;
}

/**
 * The one live event a reference picks out: the event its words' trigger
 * coded, else the one whose mention contains its words. Null, with PARLEY020
 * or PARLEY021 reported, when there is none or more than one.
 */
export function resolveRef(
  ref: EventRef,
  events: DraftEvent[],
  ctx: EventContext,
  line: number | null,
): DraftEvent | null {
  const src = sourceOf(ctx, ref.source, line, 'correction');
  if (!src) return null;
  const loc = locateEvidence(src, ref.evidence);
  if (!loc.ok) {
    reportMiss(ctx, loc, ref.evidence, ref.source, line, 'correction');
    return null;
  }
  const inSource = (spans: Span[], inside: (s: Span) => boolean) =>
    spans.some((s) => s.sourceId === ref.source && inside(s));
  const typed = events.filter((e) => !ref.type || e.type === ref.type);
  const live = (list: DraftEvent[]) => list.filter((e) => e.droppedAt === null);
  // The event whose own words (its trigger) the evidence quotes is the most precise
  // reference; otherwise any event reported by the sentence of the evidence.
  const coded = live(
    typed.filter((e) => inSource(e.triggers, (t) => loc.start <= t.start && t.end <= loc.end)),
  );
  if (coded.length === 1) return coded[0]!;
  const reporting = typed.filter((e) =>
    inSource(e.mentions, (m) => m.start <= loc.start && loc.end <= m.end),
  );
  const candidates = coded.length > 1 ? coded : live(reporting);
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length > 1) {
    const text = src.source.text;
    const words = candidates
      .flatMap((e) => e.triggers.filter((t) => t.sourceId === ref.source).slice(0, 1))
      .map((t) => `“${text.slice(t.start, t.end)}”`);
    ctx.diags.error(
      'PARLEY021',
      ctx.file,
      line,
      `"${ref.evidence}" is reported by ${candidates.length} events (${candidates.map((e) => e.type).join(', ')})`,
      words.length
        ? `quote words that include the one that coded the event you mean (${words.join(', ')}), or add "type"`
        : 'add "type" to the reference to say which one',
    );
    return null;
  }
  const dropped = reporting[0]?.droppedAt;
  ctx.diags.error(
    'PARLEY020',
    ctx.file,
    line,
    dropped
      ? `"${ref.evidence}" points at an event dropped at line ${dropped}`
      : `no automatic event is reported by the sentence of "${ref.evidence}"${ref.type ? ` with type ${ref.type}` : ''}`,
    dropped
      ? 'remove one of the two corrections'
      : 'use {"op": "add", …} to add the event, or check the type; `npx parley extract` lists the candidates',
  );
  return null;
}

/** Spans in source and text order, each sentence once. */
const sortSpans = (spans: Span[]) =>
  spans
    .sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.start - b.start)
    .filter(
      (s, i, all) =>
        i === 0 || s.sourceId !== all[i - 1]!.sourceId || s.start !== all[i - 1]!.start,
    );

/** Locate mention words and widen them to their sentences. */
function locateMentions(
  mentions: readonly { source: string; evidence: string }[],
  ctx: EventContext,
  line: number | null,
): Span[] | null {
  const spans: Span[] = [];
  for (const m of mentions) {
    const src = sourceOf(ctx, m.source, line, 'correction');
    if (!src) return null;
    const loc = locateEvidence(src, m.evidence);
    if (!loc.ok) {
      reportMiss(ctx, loc, m.evidence, m.source, line, 'correction');
      return null;
    }
    spans.push({ sourceId: m.source, start: loc.sentence.start, end: loc.sentence.end });
  }
  return spans;
}

function apply(c: Correction, events: DraftEvent[], ctx: EventContext, line: number | null) {
  const mark = (e: DraftEvent) => e.corrected.push(c.op);
  switch (c.op) {
    case 'add': {
      if (events.some((e) => e.id === c.id)) {
        ctx.diags.error(
          'PARLEY014',
          ctx.file,
          line,
          `event id "${c.id}" is used twice`,
          'give each added event its own id',
        );
        return;
      }
      const built = buildEvent(c, ctx, line);
      if (built)
        events.push({
          ...built,
          id: c.id,
          confidence: 1,
          origin: 'added',
          triggers: [],
          corrected: [],
          droppedAt: null,
        });
      return;
    }
    case 'merge': {
      const [first, ...rest] = c.events.map((r) => resolveRef(r, events, ctx, line));
      if (!first || rest.some((e) => !e)) return;
      for (const e of rest as DraftEvent[]) {
        if (e === first) continue;
        first.mentions = sortSpans([...first.mentions, ...e.mentions]);
        first.triggers = [...first.triggers, ...e.triggers];
        e.droppedAt = line;
        e.corrected.push('merged away');
      }
      mark(first);
      return;
    }
    case 'quote':
      return; // quotations are corrected by the quote stage
  }
  const e = resolveRef(c.event, events, ctx, line);
  if (!e) return;
  switch (c.op) {
    case 'drop':
      e.droppedAt = line;
      return;
    case 'retitle':
      e.title = c.title;
      break;
    case 'retype':
      e.type = c.type;
      e.quadClass = PLOVER[c.type].quadClass;
      break;
    case 'redate': {
      const date = buildDate(c.date, { id: e.title }, e.mentions, ctx, line);
      if (!date) return;
      e.date = date;
      break;
    }
    case 'recast': {
      if (!checkActors([...c.sources, ...c.targets, ...c.countries], ctx, line, 'correction'))
        return;
      e.sources = c.sources;
      e.targets = c.targets;
      e.countries = countriesOf([...c.sources, ...c.targets], c.countries, ctx);
      break;
    }
    case 'mention': {
      const more = locateMentions(c.mentions, ctx, line);
      if (!more) return;
      e.mentions = sortSpans([...e.mentions, ...more]);
      break;
    }
    case 'split': {
      const moved = locateMentions(c.mentions, ctx, line);
      if (!moved) return;
      const key = (s: Span) => `${s.sourceId}:${s.start}`;
      const movedKeys = new Set(moved.map(key));
      const missing = moved.filter((m) => !e.mentions.some((k) => key(k) === key(m)));
      if (missing.length || movedKeys.size >= e.mentions.length) {
        ctx.diags.error(
          'PARLEY022',
          ctx.file,
          line,
          missing.length
            ? 'split names a sentence that is not a mention of the event'
            : 'split would leave the event without mentions',
          'name some, not all, of the sentences that report the event',
        );
        return;
      }
      e.mentions = e.mentions.filter((m) => !movedKeys.has(key(m)));
      const inMoved = (t: Span) =>
        moved.some((m) => m.sourceId === t.sourceId && m.start <= t.start && t.end <= m.end);
      const movedTriggers = e.triggers.filter(inMoved);
      e.triggers = e.triggers.filter((t) => !inMoved(t));
      events.push({
        ...e,
        title: c.title ?? e.title,
        mentions: moved,
        triggers: movedTriggers,
        corrected: ['split'],
        id: null,
      });
      break;
    }
  }
  mark(e);
}

/** Apply every correction; returns the surviving events and what was changed. */
export function applyCorrections(
  automatic: DraftEvent[],
  corrections: readonly Correction[],
  ctx: EventContext,
): { events: DraftEvent[]; stats: CorrectionStats } {
  const events = [...automatic];
  const lineOf = jsonLines(ctx.fileText);
  corrections.forEach((c, i) => apply(c, events, ctx, lineOf(['corrections', i])));
  const live = events.filter((e) => e.droppedAt === null);
  return {
    events: live,
    stats: {
      automatic: automatic.length,
      corrected: live.filter((e) => e.origin === 'automatic' && e.corrected.length > 0).length,
      added: live.filter((e) => e.origin === 'added').length,
      dropped: automatic.filter((e) => e.droppedAt !== null && !e.corrected.includes('merged away'))
        .length,
      merged: automatic.filter((e) => e.corrected.includes('merged away')).length,
    },
  };
}
