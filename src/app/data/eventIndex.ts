/**
 * An inverted index of a dataset's events, built once per dataset, so that a
 * filter change touches only the events it could keep instead of rescanning
 * all of them. Events get a position in date order (compareByDate); every
 * lookup here speaks in those positions, kept in sorted typed arrays.
 */
import { lowerBound } from '../../shared/sorted';
import { isoToDay } from '../../shared/dates';
import { compareByDate } from '../../shared/order';
import { QUAD_CLASSES } from '../../shared/plover';
import type { Dataset, Event } from '../../shared/schema';
import { indexDataset } from './indexes';

/** Lower-case and strip accents, so "Kyu-duk" matches "kyu-dük" and "KYU". */
export const normalizeText = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export interface EventIndex {
  /** The dataset's events in date order; a position is an index into this. */
  events: readonly Event[];
  /** Start and end day numbers (isoToDay) per position. */
  start: Int32Array;
  end: Int32Array;
  /**
   * The latest end day among positions 0…i. It never decreases, so a binary
   * search finds the first position that can still reach a given day: every
   * event before it has ended.
   */
  maxEnd: Int32Array;
  /** Where each event (this very object) sits: its position. */
  positionOf: { get: (e: Event) => number | undefined };
  /** Country ids by code, in order of first appearance, and codes by id. */
  countryIds: readonly string[];
  countryCode: ReadonlyMap<string, number>;
  /** Per country id, the positions of its events (ascending, each once). */
  byCountry: ReadonlyMap<string, Int32Array>;
  /**
   * Every event's `countries` as codes, exactly as listed (duplicates too):
   * the codes of position p are countryCodes[countryStart[p] … countryStart[p + 1]).
   */
  countryStart: Int32Array;
  countryCodes: Int32Array;
  /** Type names by code, in order of first appearance. */
  typeIds: readonly string[];
  /** Per position, the code of its type. */
  type: Int32Array;
  /** Per type, the positions of its events (ascending). */
  byType: ReadonlyMap<string, Int32Array>;
  /** Per position, the index of its quad class in QUAD_CLASSES. */
  quad: Uint8Array;
  /** Normalized title and quote text per position, built on first use. */
  text: () => readonly string[];
  /** Positions whose text() contains `needle` (ascending); the last answer is kept. */
  matching: (needle: string) => Int32Array;
  /** The same text by event id: what buildSearchIndex has always returned. */
  searchMap: () => Map<string, string>;
  /** Whether `m` is this index's searchMap() (asked without building it). */
  isSearchMap: (m: ReadonlyMap<string, string>) => boolean;
}

const cache = new WeakMap<Dataset, EventIndex>();

/** A postings list from positions pushed in ascending order. */
const toPostings = (lists: Map<string, number[]>) =>
  new Map([...lists].map(([k, v]) => [k, Int32Array.from(v)]));

/** ds.events' indices in date order (the sort is stable, like the one it replaces). */
function dateOrder(events: readonly Event[]): number[] {
  const order = events.map((_, i) => i);
  // The compiler writes events in this order already; checking is cheaper than sorting.
  for (let i = 1; i < events.length; i++)
    if (compareByDate(events[i - 1]!, events[i]!) > 0)
      return order.sort((a, b) => compareByDate(events[a]!, events[b]!));
  return order;
}

function build(ds: Dataset): EventIndex {
  const order = dateOrder(ds.events);
  const events = order.map((i) => ds.events[i]!);
  const n = events.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const maxEnd = new Int32Array(n);
  const type = new Int32Array(n);
  const quad = new Uint8Array(n);
  const countryStart = new Int32Array(n + 1);
  const codes: number[] = [];
  const countryCode = new Map<string, number>();
  const countryIds: string[] = [];
  const countryLists = new Map<string, number[]>();
  const typeCode = new Map<string, number>();
  const typeIds: string[] = [];
  const typeLists = new Map<string, number[]>();
  // Ten years of events share a few thousand dates: parse each once.
  const days = new Map<string, number>();
  const dayOf = (iso: string) => {
    let d = days.get(iso);
    if (d === undefined) days.set(iso, (d = isoToDay(iso)));
    return d;
  };

  let latest = -Infinity;
  for (let p = 0; p < n; p++) {
    const e = events[p]!;
    start[p] = dayOf(e.date.start);
    end[p] = dayOf(e.date.end);
    latest = Math.max(latest, end[p]!);
    maxEnd[p] = latest;
    let t = typeCode.get(e.type);
    if (t === undefined) {
      typeCode.set(e.type, (t = typeIds.length));
      typeIds.push(e.type);
      typeLists.set(e.type, []);
    }
    type[p] = t;
    quad[p] = QUAD_CLASSES.indexOf(e.quadClass);
    typeLists.get(e.type)!.push(p);
    countryStart[p] = codes.length;
    for (const c of e.countries) {
      let code = countryCode.get(c);
      if (code === undefined) {
        countryCode.set(c, (code = countryIds.length));
        countryIds.push(c);
        countryLists.set(c, []);
      }
      codes.push(code);
      const posting = countryLists.get(c)!;
      // A country listed twice in one event is still one event of that country.
      if (posting[posting.length - 1] !== p) posting.push(p);
    }
  }
  countryStart[n] = codes.length;

  const text = lazyText(ds, order);
  return {
    events,
    start,
    end,
    maxEnd,
    positionOf: new WeakMap(events.map((e, p) => [e, p])),
    countryIds,
    countryCode,
    byCountry: toPostings(countryLists),
    countryStart,
    countryCodes: Int32Array.from(codes),
    typeIds,
    type,
    byType: toPostings(typeLists),
    quad,
    ...text,
  };
}

/** The search text of the events, normalized only when a search first needs it. */
function lazyText(ds: Dataset, order: readonly number[]) {
  // Normalizing every title and quote is the slowest part of the index.
  let raw: string[] | undefined;
  let text: string[] | undefined;
  let searchMap: Map<string, string> | undefined;
  let joined: { all: string; offsets: Int32Array } | undefined;
  let last: { needle: string; hits: Int32Array } | undefined;
  const rawText = () => {
    if (!raw) {
      const { quotes } = indexDataset(ds);
      raw = ds.events.map((e) =>
        normalizeText([e.title, ...e.quoteIds.map((id) => quotes.get(id)?.text ?? '')].join('\n')),
      );
    }
    return raw;
  };
  const getText = () => {
    const r = rawText();
    return (text ??= order.map((i) => r[i]!));
  };
  // One long string searched with indexOf is several times faster than an
  // `includes` per event; the separator cannot be part of a match.
  const getJoined = () => {
    if (!joined) {
      const t = getText();
      const offsets = new Int32Array(t.length + 1);
      for (let p = 0, at = 0; p <= t.length; p++) {
        offsets[p] = at;
        at += (t[p]?.length ?? 0) + 1;
      }
      joined = { all: t.join(SEPARATOR), offsets };
    }
    return joined;
  };
  const find = (needle: string): Int32Array => {
    const hits: number[] = [];
    // indexOf finds "" even past the end, and a needle holding the separator
    // could straddle two events: those two are searched event by event.
    if (needle === '' || needle.includes(SEPARATOR)) {
      const t = getText();
      for (let p = 0; p < t.length; p++) if (t[p]!.includes(needle)) hits.push(p);
      return Int32Array.from(hits);
    }
    const { all, offsets } = getJoined();
    for (let at = all.indexOf(needle), p = 0; at !== -1; at = all.indexOf(needle, offsets[p + 1])) {
      p = lowerBound(offsets, at + 1, p) - 1;
      hits.push(p);
    }
    return Int32Array.from(hits);
  };
  return {
    text: getText,
    matching: (needle: string) => {
      if (last?.needle !== needle) last = { needle, hits: find(needle) };
      return last.hits;
    },
    searchMap: () => {
      const r = rawText();
      return (searchMap ??= new Map(ds.events.map((e, i) => [e.id, r[i]!])));
    },
    isSearchMap: (m: ReadonlyMap<string, string>) => m === searchMap,
  };
}

const SEPARATOR = '\u0000';

/** The event index of a dataset, built on first use and shared by every caller. */
export function indexEvents(ds: Dataset): EventIndex {
  let index = cache.get(ds);
  if (!index) cache.set(ds, (index = build(ds)));
  return index;
}

export { lowerBound };

/** The part of a sorted postings list that lies in positions [lo, hi). */
export const clip = (list: Int32Array, lo: number, hi: number): Int32Array =>
  list.subarray(lowerBound(list, lo), lowerBound(list, hi));

/**
 * Positions in every list (each sorted ascending), smallest list first so the
 * work is bounded by it: each element gallops ahead in the larger list instead
 * of walking it.
 */
export function intersect(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 0) return new Int32Array(0);
  const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  let acc = first!;
  for (const other of rest) {
    const out = new Int32Array(acc.length);
    let k = 0;
    let j = 0;
    for (let i = 0; i < acc.length && j < other.length; i++) {
      const x = acc[i]!;
      let step = 1;
      while (j + step < other.length && other[j + step]! < x) step *= 2;
      j = lowerBound(other, x, j, Math.min(j + step, other.length));
      if (other[j] === x) out[k++] = x;
    }
    acc = out.subarray(0, k);
    if (k === 0) break;
  }
  return acc;
}

/**
 * Positions in any of the lists, ascending and each once. Every position is
 * known to lie in [lo, hi), so a mark per position of that range merges them in
 * one pass, however many lists there are.
 */
export function union(lists: readonly Int32Array[], lo: number, hi: number): Int32Array {
  if (lists.length === 1) return lists[0]!;
  const mark = new Uint8Array(Math.max(0, hi - lo));
  let total = 0;
  for (const list of lists)
    for (let i = 0; i < list.length; i++) {
      const at = list[i]! - lo;
      if (mark[at] === 0) {
        mark[at] = 1;
        total++;
      }
    }
  const out = new Int32Array(total);
  for (let at = 0, k = 0; k < total; at++) if (mark[at] === 1) out[k++] = at + lo;
  return out;
}
