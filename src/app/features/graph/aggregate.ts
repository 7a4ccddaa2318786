/**
 * Who dealt with whom: the relationship graph's nodes and edges as plain
 * numbers, computed from a list of events. No React, no DOM, no layout.
 */
import type { Event } from '../../../shared/schema';
import { isCooperation, QUAD_CLASSES, type QuadClass } from '../../../shared/plover';

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

const emptyQuads = (): Record<QuadClass, number> =>
  Object.fromEntries(QUAD_CLASSES.map((q) => [q, 0])) as Record<QuadClass, number>;

const byId = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Countries with their event counts, and every pair of countries that share an
 * event with that pair's counts per quad class and its cooperation balance.
 * The output order depends only on the ids, never on the order of `events`.
 */
export function aggregateRelations(events: readonly Event[]): Relations {
  const nodes = new Map<string, number>();
  const edges = new Map<string, EdgeStat>();
  for (const e of events) {
    for (const c of new Set(e.countries)) nodes.set(c, (nodes.get(c) ?? 0) + 1);
    for (const [a, b] of pairsOf(e.countries)) {
      const id = pairId(a, b);
      let edge = edges.get(id);
      if (!edge) {
        edge = {
          id,
          a,
          b,
          count: 0,
          byQuad: emptyQuads(),
          cooperation: 0,
          conflict: 0,
          balance: 0,
        };
        edges.set(id, edge);
      }
      edge.count++;
      edge.byQuad[e.quadClass]++;
      if (isCooperation(e.quadClass)) edge.cooperation++;
      else edge.conflict++;
    }
  }
  for (const edge of edges.values()) edge.balance = (edge.cooperation - edge.conflict) / edge.count;
  return {
    nodes: [...nodes].map(([id, count]) => ({ id, count })).sort((x, y) => byId(x.id, y.id)),
    edges: [...edges.values()].sort((x, y) => byId(x.a, y.a) || byId(x.b, y.b)),
  };
}
