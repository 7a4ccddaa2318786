/**
 * A seeded force layout for the relationship graph, computed synchronously so
 * that the same dataset always puts every country in the same place, and then
 * fitted into whatever box the graph is drawn in. No React, no DOM.
 */
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import { randomLcg } from 'd3-random';
import type { Dataset, Event } from '../../../shared/schema';
import { aggregateRelations } from './aggregate';

export interface Point {
  x: number;
  y: number;
}

export const DEFAULT_SEED = 7;
const TICKS = 300;
/** Room each country needs in layout units: its circle and its label. */
const SPACING = 80;

interface Datum extends SimulationNodeDatum {
  id: string;
}

/**
 * Positions (in arbitrary layout units) for `nodes`, pulled together by
 * `links`. Same input and seed → identical output; the seed also chooses the
 * starting positions, since d3's default start (a spiral) would ignore it.
 */
export function forceLayout(
  nodes: readonly string[],
  links: readonly { a: string; b: string }[],
  seed: number = DEFAULT_SEED,
): Map<string, Point> {
  const random = randomLcg(seed);
  const spread = SPACING * Math.sqrt(nodes.length + 1);
  const data: Datum[] = [...nodes]
    .sort()
    .map((id) => ({ id, x: (random() - 0.5) * spread, y: (random() - 0.5) * spread }));
  const known = new Set(nodes);
  const edges = links
    .filter((l) => known.has(l.a) && known.has(l.b))
    .map((l) => ({ source: l.a, target: l.b }));
  forceSimulation(data)
    .randomSource(random)
    .force(
      'link',
      forceLink<Datum, { source: string; target: string }>(edges)
        .id((d) => d.id)
        .distance(SPACING),
    )
    .force('charge', forceManyBody().strength(-240))
    .force('center', forceCenter(0, 0))
    .force('collide', forceCollide(SPACING / 2))
    // Countries without partners would otherwise drift to the edge of the box
    // and squeeze everyone else into its middle.
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.06))
    .stop()
    .tick(TICKS);
  return new Map(data.map((d) => [d.id, { x: d.x ?? 0, y: d.y ?? 0 }]));
}

/**
 * The layout of every country and every pair in the whole dataset: computed
 * once, so that filtering hides countries instead of moving them.
 */
export function layoutEvents(events: readonly Event[], seed: number = DEFAULT_SEED) {
  const { nodes, edges } = aggregateRelations(events);
  return forceLayout(
    nodes.map((n) => n.id),
    edges,
    seed,
  );
}

export interface Box {
  width: number;
  height: number;
  padding: { top: number; right: number; bottom: number; left: number };
}

/**
 * Positions scaled and moved to fill the box inside its padding. Each axis is
 * scaled on its own so a wide graph uses a wide panel; a single point (or a
 * line of them) is centred on the axis that has no extent.
 */
export function fitToBox(positions: ReadonlyMap<string, Point>, box: Box): Map<string, Point> {
  const { width, height, padding: p } = box;
  const xs = [...positions.values()].map((q) => q.x);
  const ys = [...positions.values()].map((q) => q.y);
  const axis = (values: number[], lo: number, hi: number) => {
    const min = Math.min(...values);
    const max = Math.max(...values);
    const mid = (lo + hi) / 2;
    return max - min < 1e-9 ? () => mid : (v: number) => lo + ((v - min) / (max - min)) * (hi - lo);
  };
  const fx = axis(xs, p.left, Math.max(p.left, width - p.right));
  const fy = axis(ys, p.top, Math.max(p.top, height - p.bottom));
  return new Map([...positions].map(([id, q]) => [id, { x: fx(q.x), y: fy(q.y) }]));
}

/**
 * The drawing box for a container width. The viewBox is as wide as the
 * container, so labels keep their CSS size from a phone to a wide panel.
 */
export function boxForWidth(containerWidth: number): Box {
  const width = Math.max(280, containerWidth);
  const height = Math.round(Math.min(440, Math.max(260, width * 0.66)));
  // Room beside the outermost circles for half a label as long as "United States".
  const side = Math.min(60, Math.round(width * 0.14));
  return { width, height, padding: { top: 34, right: side, bottom: 44, left: side } };
}

const byDataset = new WeakMap<Dataset, ReturnType<typeof layoutEvents>>();

/** layoutEvents of a dataset's events, once per dataset (it can be prepared while validating). */
export function datasetGraphLayout(ds: Dataset): ReturnType<typeof layoutEvents> {
  let layout = byDataset.get(ds);
  if (!layout) {
    layout = layoutEvents(ds.events);
    byDataset.set(ds, layout);
  }
  return layout;
}
