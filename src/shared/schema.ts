/**
 * The one schema of a compiled Parley dataset. The compiler validates what it
 * writes with it and the app validates what it loads with it, so neither can
 * drift from the other. Offsets are UTF-16 code-unit indices (JavaScript string
 * indices) into the cleaned text of a source, `end` exclusive.
 */
import { z } from 'zod';
import { isIsoDate } from './dates';
import { PLOVER, PLOVER_TYPES, QUAD_CLASSES } from './plover';

export const SCHEMA_VERSION = 1;

export const IsoDate = z
  .string()
  .refine(isIsoDate, { message: 'expected a calendar date YYYY-MM-DD' });
const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');
const Offset = z.number().int().nonnegative();

export const PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const SourceSchema = z.object({
  id: Id,
  /** The file name under data/sources, for provenance. */
  file: z.string(),
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** The wire service the story came through (Yonhap, AFP, Xinhua), if any. */
  via: z.string().nullable(),
  url: z.string().nullable(),
  published: IsoDate,
  /** Why we believe the publication date: the files carry none of their own. */
  publishedEvidence: z.string(),
  /** The article with page furniture removed; every offset refers to this. */
  text: z.string(),
});
export type Source = z.infer<typeof SourceSchema>;

export const ActorSchema = z.object({
  /** Countries: ISO 3166-1 alpha-2 in lower case ("us", "kp"); others: slugs. */
  id: Id,
  kind: z.enum(['country', 'person', 'organization']),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  /** The actor's country (its own id for a country). */
  country: Id.nullable(),
  /** A person's or organization's role, as a reader would want it glossed. */
  role: z.string().nullable(),
});
export type Actor = z.infer<typeof ActorSchema>;

export const SpanSchema = z.object({ sourceId: Id, start: Offset, end: Offset });
export type Span = z.infer<typeof SpanSchema>;

export const EventDateSchema = z.object({
  start: IsoDate,
  end: IsoDate,
  precision: z.enum(PRECISIONS),
  /**
   * The words the date came from ("Thursday", "last month", "in February 2019"),
   * or null when the text gives no date and the event is placed at publication.
   */
  text: z.string().nullable(),
  /** How the date was obtained: stated in the text, or the publication date. */
  basis: z.enum(['text', 'publication']),
  /** The source whose words (or publication date) fixed the date. */
  sourceId: Id,
  /** The publication date the words were resolved against. */
  resolvedAgainst: IsoDate,
});
export type EventDate = z.infer<typeof EventDateSchema>;

export const EventSchema = z.object({
  id: Id,
  title: z.string().min(1),
  date: EventDateSchema,
  type: z.enum(PLOVER_TYPES),
  quadClass: z.enum(QUAD_CLASSES),
  /** Who acted (actor ids). */
  sources: z.array(Id).min(1),
  /** Toward whom (actor ids); empty when the action has no target. */
  targets: z.array(Id),
  /** Country ids involved, sorted; the timeline draws the event in each lane. */
  countries: z.array(Id).min(1),
  /** Every sentence that reports the event, across articles. */
  mentions: z.array(SpanSchema).min(1),
  quoteIds: z.array(Id),
});
export type Event = z.infer<typeof EventSchema>;

export const QuoteSchema = z.object({
  id: Id,
  sourceId: Id,
  start: Offset,
  end: Offset,
  /** Always exactly source.text.slice(start, end), without the quotation marks. */
  text: z.string().min(1),
  /** A short quoted label ("gangster-like") rather than a quoted statement. */
  fragment: z.boolean(),
  speakerId: Id.nullable(),
  /** The speaker as written ("a State Department spokesperson", "he"). */
  speakerMention: z.object({ text: z.string().min(1), start: Offset, end: Offset }).nullable(),
  eventId: Id.nullable(),
});
export type Quote = z.infer<typeof QuoteSchema>;

const DatasetShape = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  sources: z.array(SourceSchema),
  actors: z.array(ActorSchema),
  events: z.array(EventSchema),
  quotes: z.array(QuoteSchema),
});

/**
 * The dataset, with the cross-record rules a shape cannot express: unique ids,
 * references that resolve, offsets inside their text, and quotes that are the
 * exact slice they claim to be. A dataset that breaks them is never drawn.
 */
export const DatasetSchema = DatasetShape.superRefine((ds, ctx) => {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });

  const unique = <T extends { id: string }>(items: T[], key: string) => {
    const seen = new Set<string>();
    items.forEach((it, i) => {
      if (seen.has(it.id)) issue([key, i, 'id'], `duplicate id "${it.id}"`);
      seen.add(it.id);
    });
    return seen;
  };
  const sourceIds = unique(ds.sources, 'sources');
  const actorIds = unique(ds.actors, 'actors');
  const eventIds = unique(ds.events, 'events');
  unique(ds.quotes, 'quotes');
  const texts = new Map(ds.sources.map((s) => [s.id, s.text]));
  const countryIds = new Set(ds.actors.filter((a) => a.kind === 'country').map((a) => a.id));
  const quotesById = new Map(ds.quotes.map((q) => [q.id, q]));

  const checkSpan = (path: (string | number)[], sourceId: string, start: number, end: number) => {
    const text = texts.get(sourceId);
    if (text === undefined) return issue(path, `unknown source "${sourceId}"`);
    if (start >= end || end > text.length)
      issue(path, `span ${start}–${end} is outside source "${sourceId}" (length ${text.length})`);
  };

  ds.actors.forEach((a, i) => {
    if (a.country !== null && !countryIds.has(a.country))
      issue(['actors', i, 'country'], `unknown country "${a.country}"`);
  });

  ds.events.forEach((e, i) => {
    const at = (...p: (string | number)[]) => ['events', i, ...p];
    if (PLOVER[e.type].quadClass !== e.quadClass)
      issue(at('quadClass'), `${e.type} is ${PLOVER[e.type].quadClass}, not ${e.quadClass}`);
    if (e.date.start > e.date.end) issue(at('date'), 'date starts after it ends');
    if (!sourceIds.has(e.date.sourceId))
      issue(at('date', 'sourceId'), `unknown source "${e.date.sourceId}"`);
    [...e.sources, ...e.targets].forEach((id) => {
      if (!actorIds.has(id)) issue(at('actors'), `unknown actor "${id}"`);
    });
    e.countries.forEach((id) => {
      if (!countryIds.has(id)) issue(at('countries'), `"${id}" is not a country actor`);
    });
    e.mentions.forEach((m, j) => checkSpan(at('mentions', j), m.sourceId, m.start, m.end));
    e.quoteIds.forEach((qid) => {
      const q = quotesById.get(qid);
      if (!q) issue(at('quoteIds'), `unknown quote "${qid}"`);
      else if (q.eventId !== e.id)
        issue(at('quoteIds'), `quote "${qid}" belongs to "${q.eventId}"`);
    });
  });

  ds.quotes.forEach((q, i) => {
    const at = (...p: (string | number)[]) => ['quotes', i, ...p];
    checkSpan(at(), q.sourceId, q.start, q.end);
    const text = texts.get(q.sourceId);
    if (text !== undefined && text.slice(q.start, q.end) !== q.text)
      issue(at('text'), `quote "${q.id}" is not the slice ${q.start}–${q.end} of its source`);
    if (q.speakerId !== null && !actorIds.has(q.speakerId))
      issue(at('speakerId'), `unknown actor "${q.speakerId}"`);
    if (q.eventId !== null && !eventIds.has(q.eventId))
      issue(at('eventId'), `unknown event "${q.eventId}"`);
    const sm = q.speakerMention;
    if (sm && text !== undefined) {
      checkSpan(at('speakerMention'), q.sourceId, sm.start, sm.end);
      if (text.slice(sm.start, sm.end) !== sm.text)
        issue(at('speakerMention'), `speaker mention is not the slice ${sm.start}–${sm.end}`);
    }
  });
});
export type Dataset = z.infer<typeof DatasetShape>;

/** A human-readable list of the first few problems in a failed parse. */
export function describeIssues(error: z.ZodError, max = 5): string[] {
  const lines = error.issues.slice(0, max).map((i) => {
    const where = i.path.length ? i.path.join('.') : '(root)';
    return `${where}: ${i.message}`;
  });
  if (error.issues.length > max) lines.push(`… and ${error.issues.length - max} more`);
  return lines;
}
