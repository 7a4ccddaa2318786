/**
 * Who dealt with whom: the relationship graph's nodes and edges as plain
 * numbers, computed from a list of events. No React, no DOM, no layout.
 */
import type { Event } from '../../../shared/schema';
import { isCooperation, QUAD_CLASSES, type QuadClass } from '../../../shared/plover';
import type { EventIndex } from '../../data/eventIndex';

/** A country and how many of the events involve it. */
export interface NodeStat {
  id: string;
  count: number;
}

/** Two countries that appear together in events, ids sorted (`a` < `b`). */
export interface EdgeStat {
  /** `${a}|${b}`: stable, and unambiguous because ids never contain "|". */
  id: string;
  a: string;
  b: string;
  count: number;
  byQuad: Record<QuadClass, number>;
  cooperation: number;
  conflict: number;
  /** (cooperation − conflict) / count, in [−1, 1]: −1 all conflict, 1 all cooperation. */
  balance: number;
}

export interface Relations {
  /** Sorted by id. */
  nodes: NodeStat[];
  /** Sorted by (a, b). */
  edges: EdgeStat[];
}

/** The key of an unordered pair of country ids. */
export const pairId = (x: string, y: string): string => (x < y ? `${x}|${y}` : `${y}|${x}`);

/** Every unordered pair of distinct ids: three countries make three pairs. */
export function pairsOf(ids: readonly string[]): [string, string][] {
  const sorted = [...new Set(ids)].sort();
  const pairs: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) pairs.push([sorted[i]!, sorted[j]!]);
  return pairs;
}

const QUAD_INDEX = new Map<string, number>(QUAD_CLASSES.map((q, i) => [q, i]));
const QUADS = QUAD_CLASSES.length;

const byId = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** How many pairs codes below `n` make: the size of a triangular table. */
const triangle = (n: number) => (n * (n - 1)) / 2;

/**
 * Event counts per country code and per unordered pair of codes, in flat
 * arrays. The pair (lo, hi) lives in cell hi·(hi−1)/2 + lo of a triangular
 * table, whose cells keep their place when it grows for more countries.
 */
interface Tally {
  nodes: Int32Array;
  /** Per pair cell, its slot in the lists below, or −1. */
  cells: Int32Array;
  pairLo: number[];
  pairHi: number[];
  /** QUADS counts per slot: slot·QUADS + quad index. */
  quads: Int32Array;
}

const newTally = (codes: number): Tally => {
  const size = Math.max(codes, 8);
  return {
    nodes: new Int32Array(size),
    cells: new Int32Array(triangle(size)).fill(-1),
    pairLo: [],
    pairHi: [],
    quads: new Int32Array(64),
  };
};

/** Room for codes up to `code` (only countries the index does not know need it). */
function reserve(t: Tally, code: number) {
  const size = Math.max(code + 1, t.nodes.length * 2);
  const nodes = new Int32Array(size);
  nodes.set(t.nodes);
  const cells = new Int32Array(triangle(size)).fill(-1);
  cells.set(t.cells);
  t.nodes = nodes;
  t.cells = cells;
}

/** One event among the distinct countries `codes[0 … k)`, of quad class `quad`. */
function tallyEvent(t: Tally, codes: readonly number[], k: number, quad: number) {
  for (let i = 0; i < k; i++) {
    const x = codes[i]!;
    t.nodes[x]!++;
    for (let j = 0; j < i; j++) {
      const y = codes[j]!;
      const cell = x < y ? triangle(y) + x : triangle(x) + y;
      let slot = t.cells[cell]!;
      if (slot === -1) {
        slot = t.cells[cell] = t.pairLo.length;
        t.pairLo.push(Math.min(x, y));
        t.pairHi.push(Math.max(x, y));
        if ((slot + 1) * QUADS > t.quads.length) {
          const quads = new Int32Array(t.quads.length * 2);
          quads.set(t.quads);
          t.quads = quads;
        }
      }
      t.quads[slot * QUADS + quad]!++;
    }
  }
}

/** Puts `code` after codes[0 … k) unless it is there already; returns the new k. */
function addDistinct(codes: number[], k: number, code: number): number {
  // A country listed twice is one country (lists are a handful long).
  for (let i = 0; i < k; i++) if (codes[i] === code) return k;
  codes[k] = code;
  return k + 1;
}

/**
 * Countries with their event counts, and every pair of countries that share an
 * event with that pair's counts per quad class and its cooperation balance.
 * The output order depends only on the ids, never on the order of `events`.
 *
 * Runs on every zoom of the timeline, over up to every event, so the loop makes
 * nothing per event: countries become small codes, pairs cells of a table, and
 * strings and objects are made once per country and per pair at the end. With
 * the dataset's event index the codes are already there; without it (or for an
 * event it does not hold) each country id is looked up once per event.
 */
export function aggregateRelations(
  events: readonly Event[],
  index?: EventIndex,
  /** Where `events` sit in the index, when known (a selector's result): no lookup per event. */
  known?: Int32Array,
): Relations {
  const ids: string[] = index ? [...index.countryIds] : [];
  const others = new Map<string, number>();
  const t = newTally(ids.length);
  const codes: number[] = [];

  for (let n = 0; n < events.length; n++) {
    const e = events[n]!;
    const p = known && known.length === events.length ? known[n] : index?.positionOf.get(e);
    let k = 0;
    let quad: number;
    if (index && p !== undefined) {
      const { countryStart, countryCodes } = index;
      for (let i = countryStart[p]!; i < countryStart[p + 1]!; i++)
        k = addDistinct(codes, k, countryCodes[i]!);
      quad = index.quad[p]!;
    } else {
      for (const c of e.countries) {
        let code = index?.countryCode.get(c) ?? others.get(c);
        if (code === undefined) others.set(c, (code = ids.push(c) - 1));
        if (code >= t.nodes.length) reserve(t, code);
        k = addDistinct(codes, k, code);
      }
      quad = QUAD_INDEX.get(e.quadClass)!;
    }
    tallyEvent(t, codes, k, quad);
  }

  const nodes: NodeStat[] = [];
  ids.forEach((id, code) => {
    if (t.nodes[code]! > 0) nodes.push({ id, count: t.nodes[code]! });
  });
  const edges = t.pairLo.map((lo, slot): EdgeStat => {
    const [a, b] = [ids[lo]!, ids[t.pairHi[slot]!]!].sort(byId) as [string, string];
    const byQuad = {} as Record<QuadClass, number>;
    let cooperation = 0;
    let conflict = 0;
    QUAD_CLASSES.forEach((q, i) => {
      const n = t.quads[slot * QUADS + i]!;
      byQuad[q] = n;
      if (isCooperation(q)) cooperation += n;
      else conflict += n;
    });
    const count = cooperation + conflict;
    const balance = (cooperation - conflict) / count;
    return { id: `${a}|${b}`, a, b, count, byQuad, cooperation, conflict, balance };
  });
  return {
    nodes: nodes.sort((x, y) => byId(x.id, y.id)),
    edges: edges.sort((x, y) => byId(x.a, y.a) || byId(x.b, y.b)),
  };
}
