/**
 * Drawing synthetic events before any article exists: when (calendar.ts), how
 * precisely, which countries (Zipf-skewed, mostly two), which PLOVER type and
 * template, and whether a person stands in for a country. Articles, ids and
 * offsets come later (synthetic.ts) and are written back onto the draft.
 */
import { PLOVER, PLOVER_TYPES, type PloverType } from '../shared/plover';
import type { Precision, Span } from '../shared/schema';
import { addDays } from '../shared/dates';
import { weightedSampler, type Random } from './random';
import { COUNTRY_IDS, ZIPF_EXPONENT, type Country, type Person } from './world';
import { TEMPLATES, TYPE_WEIGHTS, type Template } from './phrases';
import { drawPrecision, expand, makeDaySampler, type DatePhrase, type DateRange } from './calendar';
import type { Who } from './article';

/** One event: drawn first, then given its article, words and id. */
export interface Draft {
  /** Draw order: the last tie-break of every sort, so sorts are repeatable. */
  order: number;
  type: PloverType;
  template: Template;
  object: string;
  sources: Who[];
  targets: Who[];
  /** Country ids, sorted. */
  countries: string[];
  range: DateRange;
  /** When the news reaches an article: the end of the range, or a little after. */
  reported: string;
  quotes: number;
  followUp: boolean;
  /** Mentioned again at the end of the next article ("Earlier, …"). */
  recap: boolean;
  /** Dated by the article's publication rather than by words in it. */
  publication: boolean;
  // Set when the article is written:
  sourceId: string;
  published: string;
  datePhrase: DatePhrase | null;
  mentions: Span[];
  id: string;
}

/** Share of events by number of countries (index): mostly bilateral. */
const COUNTRY_COUNTS = weightedSampler([0, 15, 70, 11, 4]);
/** How much likelier conflict types are in a crisis, cooperation in a thaw. */
const MOOD_BOOST = 4;
/**
 * Most days to wait before an article reports an event. Months and years are
 * reported after they end ("last month"), and the lag keeps them from piling
 * into a few articles at every month's end.
 */
const REPORT_LAG: Readonly<Record<Precision, number>> = { day: 3, week: 6, month: 25, year: 80 };

function typeSampler(boost: 'conflict' | 'cooperation' | null) {
  return weightedSampler(
    PLOVER_TYPES.map((type) => {
      const w = TYPE_WEIGHTS[type];
      return boost && PLOVER[type].quadClass.endsWith(boost) ? w * MOOD_BOOST : w;
    }),
  );
}

/** A function that draws the next event; all randomness comes from `rng`. */
export function makeDrafter(
  rng: Random,
  cast: readonly Country[],
  peopleOf: (country: string) => readonly Person[],
): (order: number) => Draft {
  const byId = new Map(cast.map((c) => [c.id, c]));
  const zipf = weightedSampler(COUNTRY_IDS.map((_, r) => 1 / (r + 1) ** ZIPF_EXPONENT));
  const drawDistinct = (into: string[], k: number) => {
    while (into.length < k) {
      const id = COUNTRY_IDS[zipf(rng.float())]!;
      if (!into.includes(id)) into.push(id);
    }
    return into;
  };
  const days = makeDaySampler(rng, () => drawDistinct([], 2) as [string, string]);
  const types = {
    none: typeSampler(null),
    crisis: typeSampler('conflict'),
    thaw: typeSampler('cooperation'),
  };

  return (order) => {
    const { day, burst } = days();
    const range = expand(day, drawPrecision(rng));
    const k = COUNTRY_COUNTS(rng.float());
    // Most events in a burst are between the burst's two countries.
    const ids = drawDistinct(burst && k >= 2 && rng.chance(0.7) ? [...burst.pair] : [], k);
    const type = PLOVER_TYPES[types[burst?.mood ?? 'none'](rng.float())]!;
    const template = rng.pick(k === 1 ? TEMPLATES[type].alone : TEMPLATES[type].targeted);
    const acting = k >= 3 && rng.chance(0.4) ? 2 : 1;
    const who = (id: string): Who => ({ country: byId.get(id)!, person: null });
    const sources = ids.slice(0, acting).map(who);
    const targets = ids.slice(acting).map(who);
    // People stand in for their country now and then, where the template reads well with one.
    if (template.people.a && acting === 1 && rng.chance(0.2))
      sources[0]!.person = rng.pick(peopleOf(sources[0]!.country.id));
    if (template.people.b && targets.length === 1 && rng.chance(0.12))
      targets[0]!.person = rng.pick(peopleOf(targets[0]!.country.id));
    return {
      order,
      type,
      template,
      object: rng.pick(template.objects),
      sources,
      targets,
      countries: [...ids].sort(),
      range,
      reported: addDays(range.end, rng.int(0, REPORT_LAG[range.precision])),
      quotes: rng.chance(0.3) ? (rng.chance(0.3) ? 2 : 1) : 0,
      followUp: rng.chance(0.15),
      recap: rng.chance(0.05),
      publication: range.precision === 'day' && rng.chance(0.15),
      sourceId: '',
      published: '',
      datePhrase: null,
      mentions: [],
      id: '',
    };
  };
}

/** isoToDay without its split and map: called 400,000 times for 100,000 events. */
const dayNumber = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

/**
 * Drafts sorted by two dates, then by draw order. The dates become day numbers
 * first: comparing numbers rather than strings keeps 100,000 events fast.
 */
export function sortDrafts(drafts: readonly Draft[], key: (d: Draft) => [string, string]): Draft[] {
  const keyed = drafts.map((d) => {
    const [a, b] = key(d);
    return { d, a: dayNumber(a), b: dayNumber(b) };
  });
  keyed.sort((x, y) => x.a - y.a || x.b - y.b || x.d.order - y.d.order);
  return keyed.map((k) => k.d);
}
