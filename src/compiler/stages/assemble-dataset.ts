/**
 * Stage 10: the dataset from the corrected events and quotations. Each
 * quotation is linked to its event (a correction's choice, else link-quotes),
 * ids are given (events by date and title, quotations by article and order),
 * events are put in date order, and the actors kept are those the dataset uses
 * or its articles name. Validating the result is the driver's (run.ts).
 */
import {
  SCHEMA_VERSION,
  type Actor,
  type Dataset,
  type Event,
  type Quote,
} from '../../shared/schema';
import { compareByDate } from '../../shared/order';
import type { ActorMention, ActorRecord } from '../extraction';
import type { DraftEvent } from './apply-corrections';
import type { DraftQuote } from './correct-quotes';
import { linkQuotes } from './link-quotes';
import { slug, type PreparedSource } from './prepare-sources';

export interface AssemblyInput {
  prepared: readonly PreparedSource[];
  /** The events that survived corrections. */
  events: DraftEvent[];
  /** The quotations that survived corrections, in article and text order. */
  quotes: DraftQuote[];
  /** Every actor mention of every article. */
  mentions: Iterable<ActorMention>;
  /** Every actor known: the gazetteer's and those the articles introduced. */
  known: ReadonlyMap<string, ActorRecord>;
}

/** An extractor's actor record as the dataset stores it. */
export const toActor = (a: ActorRecord): Actor => ({
  id: a.id,
  kind: a.kind,
  name: a.name,
  aliases: a.aliases,
  country: a.country,
  role: a.role,
});

/** "2019-04-18-us-says-it-stands-ready-to-continue-nuclear-talks", unique. */
function eventIds(events: DraftEvent[]): string[] {
  const taken = new Set(events.flatMap((e) => (e.id ? [e.id] : [])));
  return events.map((e) => {
    if (e.id) return e.id;
    const words = slug(e.title).split('-');
    let base = e.date.start;
    for (const w of words) if (`${base}-${w}`.length <= 64) base = `${base}-${w}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

/** The actors the dataset uses or its articles name, with their countries, by kind and id. */
function actorsOf(
  events: readonly Event[],
  quotes: readonly Quote[],
  mentions: Iterable<ActorMention>,
  known: ReadonlyMap<string, ActorRecord>,
): Actor[] {
  const used = new Set<string>();
  for (const e of events)
    [...e.sources, ...e.targets, ...e.countries].forEach((id) => used.add(id));
  for (const q of quotes) if (q.speakerId) used.add(q.speakerId);
  // A country named only as a place (dateline, venue) is not one of the story's actors.
  for (const m of mentions) if (m.role !== 'dateline' && m.role !== 'venue') used.add(m.actorId);
  for (const id of [...used]) {
    const c = known.get(id)?.country;
    if (c) used.add(c);
  }
  return [...known.values()]
    .filter((a) => used.has(a.id))
    .map(toActor)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}

/** The dataset, not yet checked against its schema. */
export function assembleDataset(input: AssemblyInput): Dataset {
  const { events, quotes } = input;
  const texts = new Map(input.prepared.map((p) => [p.source.id, p.source.text]));
  const ids = eventIds(events);
  const links = linkQuotes(quotes, events, (id) => texts.get(id)!);
  const quoteIdsOf = new Map<DraftEvent, string[]>();
  const perSource = new Map<string, number>();
  const finalQuotes: Quote[] = quotes.map((q, i) => {
    const n = (perSource.get(q.sourceId) ?? 0) + 1;
    perSource.set(q.sourceId, n);
    const id = `${q.sourceId}-q${n}`;
    const link = q.event !== undefined ? q.event : (events[links[i] ?? -1] ?? null);
    if (link) quoteIdsOf.set(link, [...(quoteIdsOf.get(link) ?? []), id]);
    return {
      id,
      sourceId: q.sourceId,
      start: q.start,
      end: q.end,
      text: q.text,
      fragment: q.fragment,
      speakerId: q.speakerId,
      speakerMention: q.speakerMention
        ? { text: q.speakerMention.text, start: q.speakerMention.start, end: q.speakerMention.end }
        : null,
      eventId: link ? ids[events.indexOf(link)]! : null,
    };
  });
  const finalEvents: Event[] = events.map((e, i) => ({
    id: ids[i]!,
    title: e.title,
    date: e.date,
    type: e.type,
    quadClass: e.quadClass,
    sources: e.sources,
    targets: e.targets,
    countries: e.countries,
    mentions: e.mentions,
    quoteIds: quoteIdsOf.get(e) ?? [],
  }));
  finalEvents.sort(compareByDate);
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: input.prepared.map((p) => p.source),
    actors: actorsOf(finalEvents, finalQuotes, input.mentions, input.known),
    events: finalEvents,
    quotes: finalQuotes,
  };
}
