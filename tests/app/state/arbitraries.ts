/**
 * fast-check arbitraries for small synthetic datasets and filters, and the
 * straightforward selectors the indexed ones replaced, kept here as the
 * reference the property tests compare against.
 */
import fc from 'fast-check';
import { addDays } from '../../../src/shared/dates';
import { compareByDate } from '../../../src/shared/order';
import { PLOVER, type PloverType } from '../../../src/shared/plover';
import type { Dataset, Event, Quote } from '../../../src/shared/schema';
import type { Filters, TimeWindow } from '../../../src/app/state/view';

/** A few countries and types, so that random filters often match something. */
export const COUNTRIES = ['cn', 'jp', 'kp', 'kr', 'ru', 'us'];
export const TYPES: PloverType[] = ['AGREE', 'AID', 'CONSULT', 'ACCUSE', 'SANCTION', 'MOBILIZE'];
const WORDS = ['Summit', 'talks', 'MISSILE', 'Kyu-dük', 'café', 'calm down', 'Énvoy', 'ﬁnal'];
/** Searches: words and pieces of words, in other cases and accents, and misses. */
const NEEDLES = ['summit', 'SUMMIT ', 'dük', 'duk', 'cafe', 'café', 'm', 'calm down', 'fin', 'zzz'];
const FIRST_DAY = '2019-03-01';

const day = fc.integer({ min: 0, max: 45 }).map((n) => addDays(FIRST_DAY, n));

const eventSpec = fc.record({
  start: fc.integer({ min: 0, max: 40 }),
  // Mostly single days, some weeks, a few long ranges (as the real data has).
  span: fc.oneof(
    { weight: 6, arbitrary: fc.constant(0) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 7 }) },
    { weight: 1, arbitrary: fc.integer({ min: 20, max: 90 }) },
  ),
  type: fc.constantFrom(...TYPES),
  // Unsorted and repeated ids too: the schema does not forbid them.
  countries: fc.array(fc.constantFrom(...COUNTRIES), { minLength: 1, maxLength: 4 }),
  title: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
  quotes: fc.array(fc.constantFrom(...WORDS), { maxLength: 2 }),
});

type EventSpec = typeof eventSpec extends fc.Arbitrary<infer T> ? T : never;

function toDataset(specs: EventSpec[]): Dataset {
  const quotes: Quote[] = [];
  const events = specs.map((s, i): Event => {
    const id = `e${i}`;
    const quoteIds = s.quotes.map((text, j) => {
      quotes.push({
        id: `${id}-q${j}`,
        sourceId: 'src',
        start: 0,
        end: text.length,
        text,
        fragment: false,
        speakerId: null,
        speakerMention: null,
        eventId: id,
      });
      return `${id}-q${j}`;
    });
    const start = addDays(FIRST_DAY, s.start);
    return {
      id,
      title: s.title.join(' '),
      date: {
        start,
        end: addDays(start, s.span),
        precision: 'day',
        text: null,
        basis: 'publication',
        sourceId: 'src',
        resolvedAgainst: start,
      },
      type: s.type,
      quadClass: PLOVER[s.type].quadClass,
      sources: [s.countries[0]!],
      targets: s.countries.slice(1),
      countries: s.countries,
      mentions: [{ sourceId: 'src', start: 0, end: 1 }],
      quoteIds,
    };
  });
  return { schemaVersion: 1, sources: [], actors: [], events, quotes };
}

/** Up to 60 events in random order (so the index has to sort them), or in date order. */
export const datasetArb: fc.Arbitrary<Dataset> = fc
  .tuple(fc.array(eventSpec, { maxLength: 60 }), fc.boolean())
  .map(([specs, sorted]) => {
    const ds = toDataset(specs);
    if (sorted) ds.events.sort(compareByDate);
    return ds;
  });

/** Filters as a view can hold them, plus bounds that are not dates and ids no event has. */
export const filtersArb: fc.Arbitrary<Filters> = fc.record({
  countries: fc.array(fc.constantFrom(...COUNTRIES, 'zz'), { maxLength: 3 }),
  match: fc.constantFrom('any' as const, 'all' as const),
  types: fc.array(fc.constantFrom(...TYPES, 'PROTEST' as const), { maxLength: 3 }),
  from: fc.oneof(fc.constant(null), day, fc.constantFrom('2019-03', 'x')),
  to: fc.oneof(fc.constant(null), day, fc.constantFrom('2019-03', '2019-04-1')),
  text: fc.oneof(fc.constant(''), fc.constant('  '), fc.constantFrom(...NEEDLES)),
});

export const windowArb: fc.Arbitrary<TimeWindow> = fc.record({ start: day, end: day });

// ---------------------------------------------------------------------------
// The reference: the selectors as they were before the index, word for word.

const normalizeText = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export function naiveSearchIndex(ds: Dataset): Map<string, string> {
  const quotes = new Map(ds.quotes.map((q) => [q.id, q]));
  return new Map(
    ds.events.map((e) => [
      e.id,
      normalizeText([e.title, ...e.quoteIds.map((id) => quotes.get(id)?.text ?? '')].join('\n')),
    ]),
  );
}

const overlaps = (e: Event, from: string | null, to: string | null): boolean =>
  (from === null || e.date.end >= from) && (to === null || e.date.start <= to);

function matchesCountries(e: Event, f: Filters): boolean {
  if (f.countries.length === 0) return true;
  return f.match === 'all'
    ? f.countries.every((c) => e.countries.includes(c))
    : f.countries.some((c) => e.countries.includes(c));
}

export function naiveFiltered(ds: Dataset, f: Filters, search: Map<string, string>): Event[] {
  const needle = normalizeText(f.text.trim());
  return ds.events
    .filter(
      (e) =>
        matchesCountries(e, f) &&
        (f.types.length === 0 || f.types.includes(e.type)) &&
        overlaps(e, f.from, f.to) &&
        (needle === '' || (search.get(e.id) ?? '').includes(needle)),
    )
    .sort(compareByDate);
}

export const naiveInWindow = (events: Event[], w: TimeWindow | null): Event[] =>
  w === null ? events : events.filter((e) => overlaps(e, w.start, w.end));

export function naiveCountryCounts(ds: Dataset, f: Filters, search: Map<string, string>) {
  const counts = new Map<string, number>();
  for (const e of naiveFiltered(ds, { ...f, countries: [] }, search))
    for (const c of e.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

export function naiveTypeCounts(ds: Dataset, f: Filters, search: Map<string, string>) {
  const counts = new Map<PloverType, number>();
  for (const e of naiveFiltered(ds, { ...f, types: [] }, search))
    counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return counts;
}
