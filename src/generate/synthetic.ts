/**
 * A synthetic Parley dataset for benchmarks and tests: skewed countries, thirty
 * years of bursty dates, a realistic mix of precisions and types, and articles
 * whose every span is exact. Pure and seeded: the same arguments give the same
 * dataset, byte for byte once serialised, on any machine.
 */
import { PLOVER } from '../shared/plover';
import {
  SCHEMA_VERSION,
  type Event,
  type InlineDataset,
  type InlineSource,
  type Quote,
} from '../shared/schema';
import { addDays } from '../shared/dates';
import { makeRandom, type Random } from './random';
import {
  PUBLISHERS,
  WIRES,
  loadCountries,
  makePersons,
  peopleByCountry,
  publisherSlug,
  toActors,
  type Person,
} from './world';
import { FOLLOW_UPS } from './phrases';
import { LAST_DATE, datePhrase } from './calendar';
import { makeDrafter, sortDrafts, type Draft } from './draft';
import {
  TextBuilder,
  clause,
  headline,
  sentence,
  writeQuote,
  type Who,
  type WrittenQuote,
} from './article';

export interface GenerateOptions {
  /** How many events (a positive whole number). */
  events: number;
  /** Any whole number; the same seed gives the same dataset. */
  seed: number;
}

/** A quote written into an article, waiting for its event's id. */
interface PendingQuote {
  draft: Draft;
  sourceId: string;
  quote: WrittenQuote;
}

const pad = (prefix: string, n: number, count: number, min: number) =>
  `${prefix}${String(n).padStart(Math.max(min, String(count - 1).length), '0')}`;

/** Build a synthetic dataset of `events` events; see the module comment. */
export function generateDataset({ events: count, seed }: GenerateOptions): InlineDataset {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`events must be a positive whole number, not ${count}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, not ${seed}`);
  const rng = makeRandom(seed);
  const cast = loadCountries();
  const persons = makePersons(rng, cast);
  const peopleOf = peopleByCountry(persons);
  const draft = makeDrafter(rng, cast, peopleOf);
  const drafts = Array.from({ length: count }, (_, order) => draft(order));

  // Articles report what happened lately: group events by report date, 20–50 to an article.
  const byReport = sortDrafts(drafts, (d) => [d.reported, d.range.start]);
  const chunks: Draft[][] = [];
  for (let i = 0; i < byReport.length;) {
    const end = i + rng.int(20, 50);
    chunks.push(byReport.slice(i, end));
    i = end;
  }
  // A short last article joins the one before it.
  if (chunks.length > 1 && chunks[chunks.length - 1]!.length < 20)
    chunks[chunks.length - 2]!.push(...chunks.pop()!);

  const pending: PendingQuote[] = [];
  const sources = chunks.map((chunk, i) => {
    const id = pad('s', i, chunks.length, 5);
    return writeArticle(rng, id, chunk, chunks[i - 1] ?? [], peopleOf, pending, seed);
  });

  // The order of compareByDate (src/shared/order.ts): start, end, then id. Ids are handed
  // out in this order, so the id tie-break agrees and the events need no further sort.
  const ordered = sortDrafts(drafts, (d) => [d.range.start, d.range.end]);
  ordered.forEach((d, i) => (d.id = pad('e', i, count, 6)));

  const quoteIdsOf = new Map<Draft, string[]>();
  const quotes: Quote[] = pending.map(({ draft, sourceId, quote }, i) => {
    const id = pad('q', i, pending.length, 6);
    const ids = quoteIdsOf.get(draft);
    if (ids) ids.push(id);
    else quoteIdsOf.set(draft, [id]);
    return {
      id,
      sourceId,
      start: quote.start,
      end: quote.end,
      text: quote.text,
      fragment: quote.fragment,
      speakerId: quote.speakerId,
      speakerMention: quote.mention,
      eventId: draft.id,
    };
  });

  // Object literals in schema order: JSON.stringify keeps it, so the file is stable.
  const events: Event[] = ordered.map((d) => ({
    id: d.id,
    title: headline(d.template, d.object, d.sources, d.targets),
    date: {
      start: d.range.start,
      end: d.range.end,
      precision: d.range.precision,
      text: d.datePhrase?.text ?? null,
      basis: d.publication ? 'publication' : 'text',
      sourceId: d.sourceId,
      resolvedAgainst: d.published,
    },
    type: d.type,
    quadClass: PLOVER[d.type].quadClass,
    sources: d.sources.map(actorId),
    targets: d.targets.map(actorId),
    countries: d.countries,
    mentions: d.mentions,
    quoteIds: quoteIdsOf.get(d) ?? [],
  }));

  const actors = toActors(cast, persons);
  return { schemaVersion: SCHEMA_VERSION, sources, actors, events, quotes };
}

/**
 * One article: a paragraph per event, newest first as news leads with the
 * latest, each a sentence with its date phrase, sometimes a follow-up sentence
 * and quotes; then a line recalling a few events of the previous article.
 * Records the spans on the drafts and the quotes in `pending`.
 */
function writeArticle(
  rng: Random,
  id: string,
  chunk: readonly Draft[],
  previous: readonly Draft[],
  peopleOf: (country: string) => readonly Person[],
  pending: PendingQuote[],
  seed: number,
): InlineSource {
  // On or after every event's end: each ends by its report date, and by LAST_DATE.
  const lastReported = chunk[chunk.length - 1]!.reported;
  const published = minIso(addDays(lastReported, rng.int(0, 1)), LAST_DATE);
  const text = new TextBuilder();
  const mention = (d: Draft, words: string) => {
    const at = text.push(words);
    d.mentions.push({ sourceId: id, start: at, end: at + words.length });
  };
  const lead = [...chunk].reverse();
  lead.forEach((d, j) => {
    d.sourceId = id;
    d.published = published;
    if (d.publication) d.range = { start: published, end: published, precision: 'day' };
    d.datePhrase = d.publication ? null : datePhrase(d.range, published);
    if (j > 0) text.push('\n\n');
    const body = clause(d.template, d.object, d.sources, d.targets);
    mention(d, sentence(body, d.datePhrase?.phrase ?? null));
    if (d.followUp) {
      text.push(' ');
      mention(d, rng.pick(FOLLOW_UPS).replace('{C}', d.sources[0]!.country.capital));
    }
    for (let q = 0; q < d.quotes; q++) {
      // The second quote is the other side's answer, when there is one.
      const side = q === 1 && d.targets.length > 0 ? d.targets[0]! : d.sources[0]!;
      const before = q === 1 ? pending[pending.length - 1]!.quote.text : null;
      text.push(' ');
      const quote = writeQuote(rng, text, PLOVER[d.type].quadClass, side, peopleOf, before);
      pending.push({ draft: d, sourceId: id, quote });
    }
  });
  for (const d of previous) {
    if (!d.recap) continue;
    text.push('\n\n');
    mention(d, `Earlier, ${clause(d.template, d.object, d.sources, d.targets)}.`);
  }
  const publisher = rng.pick(PUBLISHERS);
  const top = lead[0]!;
  return {
    id,
    file: `synthetic/${id}.txt`,
    title: headline(top.template, top.object, top.sources, top.targets),
    publisher,
    via: rng.chance(0.4) ? rng.pick(WIRES) : null,
    url: `https://${publisherSlug(publisher)}.example/${published.replace(/-/g, '/')}/${id}`,
    published,
    publishedEvidence: `synthetic (seed ${seed})`,
    text: text.toString(),
  };
}

const minIso = (a: string, b: string) => (a < b ? a : b);
const actorId = (w: Who) => w.person?.id ?? w.country.id;
