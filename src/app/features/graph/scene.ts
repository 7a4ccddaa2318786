/**
 * Everything the graph draws, as plain data: where each country and pair sits,
 * how big, what colour, what it is called. The component only maps it to SVG.
 */
import type { Relations } from './aggregate';
import { edgeInfo, edgeLabel, nodeInfo, nodeLabel, quadBreakdown } from './describe';
import { balanceColor, isConflictLeaning, radiusScale, widthScale } from './encoding';
import type { Point } from './layout';

export interface SceneNode {
  id: string;
  name: string;
  x: number;
  y: number;
  r: number;
  count: number;
  /** Has events in view; other countries stay in place, drawn faint and inert. */
  live: boolean;
  /** In the country filter. */
  selected: boolean;
  /** A country of the selected event. */
  highlighted: boolean;
  label: string;
  info: string;
}

export interface SceneEdge {
  id: string;
  a: string;
  b: string;
  /** Centre to centre, for the visible line. */
  line: { x1: number; y1: number; x2: number; y2: number };
  /** Trimmed at the circles, so the wide hit area never covers a country. */
  hit: { x1: number; y1: number; x2: number; y2: number };
  count: number;
  width: number;
  color: string;
  dashed: boolean;
  highlighted: boolean;
  label: string;
  info: string;
  breakdown: string;
}

export interface Scene {
  /** Sorted by name: the order keyboard users tab through them. */
  nodes: SceneNode[];
  /** Sorted by the names of their two countries. */
  edges: SceneEdge[];
  maxNodeCount: number;
  maxEdgeCount: number;
}

export interface SceneInput {
  relations: Relations;
  /** Fitted positions of every country in the dataset. */
  positions: ReadonlyMap<string, Point>;
  /** A country's name (the dataset index's nameOf). */
  nameOf: (id: string) => string;
  selectedCountries: readonly string[];
  /** The countries of the selected event (empty when none). */
  highlighted: readonly string[];
}

const byText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

function trim(p: Point, q: Point, rp: number, rq: number) {
  const len = Math.hypot(q.x - p.x, q.y - p.y);
  // Circles that touch leave no line to trim: keep a sliver in the middle.
  const t0 = len > rp + rq ? rp / len : 0.5;
  const t1 = len > rp + rq ? 1 - rq / len : 0.5;
  const at = (t: number) => ({ x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t });
  const [s, e] = [at(t0), at(t1)];
  return { x1: s.x, y1: s.y, x2: e.x, y2: e.y };
}

/** The drawable graph for the events in view, on the dataset-wide layout. */
export function buildScene(input: SceneInput): Scene {
  const { relations, positions, nameOf, selectedCountries, highlighted } = input;
  const counts = new Map(relations.nodes.map((n) => [n.id, n.count]));
  const maxNodeCount = Math.max(0, ...counts.values());
  const maxEdgeCount = Math.max(0, ...relations.edges.map((e) => e.count));
  const radius = radiusScale(maxNodeCount);
  const width = widthScale(maxEdgeCount);
  const selected = new Set(selectedCountries);
  const lit = new Set(highlighted);

  const nodes: SceneNode[] = [...positions]
    .map(([id, p]) => {
      const count = counts.get(id) ?? 0;
      const name = nameOf(id);
      return {
        id,
        name,
        x: p.x,
        y: p.y,
        r: count > 0 ? radius(count) : radius(0),
        count,
        live: count > 0,
        selected: selected.has(id),
        highlighted: lit.has(id),
        label: nodeLabel(name, count),
        info: nodeInfo(name, count),
      };
    })
    .sort((x, y) => byText(x.name, y.name) || byText(x.id, y.id));
  const byId = new Map(nodes.map((n) => [n.id, n]));

  const edges: SceneEdge[] = relations.edges.flatMap((e) => {
    const na = byId.get(e.a);
    const nb = byId.get(e.b);
    if (!na || !nb) return [];
    const pair: [string, string] = na.name <= nb.name ? [na.name, nb.name] : [nb.name, na.name];
    return [
      {
        id: e.id,
        a: e.a,
        b: e.b,
        line: { x1: na.x, y1: na.y, x2: nb.x, y2: nb.y },
        hit: trim(na, nb, na.r + 3, nb.r + 3),
        count: e.count,
        width: width(e.count),
        color: balanceColor(e.balance),
        dashed: isConflictLeaning(e),
        highlighted: lit.has(e.a) && lit.has(e.b),
        label: edgeLabel(pair, e),
        info: edgeInfo(pair, e),
        breakdown: quadBreakdown(e),
      },
    ];
  });
  edges.sort((x, y) => byText(x.label, y.label));
  return { nodes, edges, maxNodeCount, maxEdgeCount };
}
