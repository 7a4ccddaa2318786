/**
 * One happening, many mentions: candidates from different sentences and
 * articles that report the same thing — same type, same parties, dates that
 * can be the same — become one event. Conservative by design: two days'
 * talks stay two events, and a date stated to the day never joins another day.
 */
import { PLOVER, type PloverType, type QuadClass } from '../../shared/plover';
import { addDays, spanDays } from '../../shared/dates';
import type { CandidateDate, CandidateEvent } from '../extraction';

/** A candidate event with the article it came from. */
export type SourcedCandidate = CandidateEvent & { sourceId: string };

/** An event assembled from one or more candidates. */
export interface MergedEvent {
  type: PloverType;
  quadClass: QuadClass;
  sources: string[];
  targets: string[];
  countries: string[];
  date: CandidateDate & { sourceId: string };
  /** The sentences that report it, in article and text order. */
  mentions: { sourceId: string; start: number; end: number }[];
  /** The words that coded each merged candidate ("urged", "summit"), for corrections to point at. */
  triggers: { sourceId: string; start: number; end: number }[];
  title: string;
  confidence: number;
}

/** Types whose parties act together, so who is "source" and who "target" says little. */
const SYMMETRIC = new Set<PloverType>(['CONSULT', 'COOPERATE']);
/** A date placed at publication stands for "recently": up to a week before, in the same article. */
const RECENT_DAYS = 7;

const RANK = { day: 0, week: 1, month: 2, year: 3 } as const;

/** Whether two ISO date ranges (ends included) share a day. */
function datesOverlap(a: { start: string; end: string }, b: { start: string; end: string }) {
  return a.start <= b.end && b.start <= a.end;
}

/** Whether two candidates' dates can name the same happening. */
function datesCompatible(a: SourcedCandidate, b: SourcedCandidate): boolean {
  const pa = a.date.basis === 'publication';
  const pb = b.date.basis === 'publication';
  if (pa === pb) return datesOverlap(a.date, b.date) && (!pa || a.sourceId === b.sourceId);
  // Text-dated against "no date given": only within one article, and only recent.
  if (a.sourceId !== b.sourceId) return false;
  const [pub, dated] = pa ? [a, b] : [b, a];
  return datesOverlap(
    { start: addDays(pub.date.start, -RECENT_DAYS), end: pub.date.end },
    dated.date,
  );
}

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether two candidates report the same happening. */
function compatible(a: SourcedCandidate, b: SourcedCandidate) {
  if (a.type !== b.type || !datesCompatible(a, b)) return false;
  if (a.countries.length === 0 || !sameList(a.countries, b.countries)) return false;
  // The same happening shares at least one party, not only a country.
  const parties = new Set([...a.sources, ...a.targets]);
  if (![...b.sources, ...b.targets].some((id) => parties.has(id))) return false;
  if (SYMMETRIC.has(a.type)) return true;
  // Directed acts need the same side acting: "North urges US" is not "US urges North".
  // Country ids are two letters; a person's side is known only through `countries`.
  const side = (c: SourcedCandidate) => c.sources.filter((id) => /^[a-z]{2}$/.test(id));
  const [sa, sb] = [side(a), side(b)];
  return sa.length === 0 || sb.length === 0 || sa.some((x) => sb.includes(x));
}

/** The most informative date: stated in the text, finest unit, narrowest range. */
function bestDate(cs: SourcedCandidate[]): SourcedCandidate {
  return [...cs].sort(
    (a, b) =>
      (a.date.basis === 'text' ? 0 : 1) - (b.date.basis === 'text' ? 0 : 1) ||
      RANK[a.date.precision] - RANK[b.date.precision] ||
      spanDays(a.date.start, a.date.end) - spanDays(b.date.start, b.date.end) ||
      byPosition(a, b),
  )[0]!;
}

const byPosition = (a: SourcedCandidate, b: SourcedCandidate) =>
  a.sourceId.localeCompare(b.sourceId) ||
  a.sentence.start - b.sentence.start ||
  a.trigger.start - b.trigger.start;

interface Cluster {
  members: SourcedCandidate[];
  /** Every member's date ends on or after minEnd and starts on or before maxStart. */
  minEnd: string;
  maxStart: string;
}

/** Merge candidates into events; deterministic for any input order. */
export function mergeEvents(candidates: ReadonlyArray<SourcedCandidate>): MergedEvent[] {
  const clusters: SourcedCandidate[][] = [];
  // Only candidates of one type and one set of countries can merge, and only when
  // their dates meet: clusters are bucketed by the first and bounded by the
  // second, so a corpus of thousands of articles is not compared pair by pair.
  const buckets = new Map<string, Cluster[]>();
  for (const c of [...candidates].sort(byPosition)) {
    const key = `${c.type} ${c.countries.join(' ')}`;
    const bucket = buckets.get(key) ?? [];
    buckets.set(key, bucket);
    const reach = {
      start: addDays(c.date.start, -RECENT_DAYS),
      end: addDays(c.date.end, RECENT_DAYS),
    };
    // Complete link: every member must be compatible, so clusters never chain.
    const home = bucket.find(
      (cl) =>
        reach.start <= cl.minEnd &&
        cl.maxStart <= reach.end &&
        cl.members.every((m) => compatible(m, c)),
    );
    if (home) {
      home.members.push(c);
      if (c.date.end < home.minEnd) home.minEnd = c.date.end;
      if (c.date.start > home.maxStart) home.maxStart = c.date.start;
    } else {
      const cluster = { members: [c], minEnd: c.date.end, maxStart: c.date.start };
      bucket.push(cluster);
      clusters.push(cluster.members);
    }
  }
  const events = clusters.map((cl): MergedEvent => {
    const dated = bestDate(cl);
    const lead = [...cl].sort((a, b) => b.confidence - a.confidence || byPosition(a, b))[0]!;
    const sources = [...new Set(cl.flatMap((c) => c.sources))];
    const targets = [...new Set(cl.flatMap((c) => c.targets))].filter((t) => !sources.includes(t));
    const mentions = cl
      .map((c) => ({ sourceId: c.sourceId, start: c.sentence.start, end: c.sentence.end }))
      .filter(
        (m, i, all) => all.findIndex((n) => n.sourceId === m.sourceId && n.start === m.start) === i,
      );
    const triggers = cl.map((c) => ({
      sourceId: c.sourceId,
      start: c.trigger.start,
      end: c.trigger.end,
    }));
    const confidence = Math.min(1, lead.confidence + 0.05 * (mentions.length - 1));
    return {
      type: lead.type,
      quadClass: PLOVER[lead.type].quadClass,
      sources,
      targets,
      countries: [...new Set(cl.flatMap((c) => c.countries))].sort(),
      date: { ...dated.date, sourceId: dated.sourceId },
      mentions,
      triggers,
      title: lead.title,
      confidence: Math.round(confidence * 100) / 100,
    };
  });
  return events.sort(
    (a, b) =>
      a.date.start.localeCompare(b.date.start) ||
      a.mentions[0]!.sourceId.localeCompare(b.mentions[0]!.sourceId) ||
      a.mentions[0]!.start - b.mentions[0]!.start,
  );
}
