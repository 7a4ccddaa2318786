import { describe, expect, it } from 'vitest';
import { HIT_SLOP, hitTest } from '../../../src/app/features/timeline/hit';
import {
  MARK_RADIUS,
  type Scene,
  type SceneCluster,
  type SceneMark,
} from '../../../src/app/features/timeline/scene';

const mark = (event: number, x: number, y: number, over: Partial<SceneMark> = {}): SceneMark => ({
  event,
  lane: 0,
  row: 0,
  kind: 'point',
  x,
  y,
  // A point's day, 100px wide at this zoom: only its shape is drawn.
  x0: x - 50,
  x1: x + 50,
  label: null,
  ...over,
});
const cluster = (x0: number, x1: number, y0: number, y1: number): SceneCluster => ({
  kind: 'density',
  lane: 0,
  x0,
  x1,
  y0,
  y1,
  count: 5,
  firstDay: 0,
  lastDay: 1,
  heat: Uint32Array.of(5),
});
const scene = (marks: SceneMark[], clusters: SceneCluster[] = []): Scene => ({
  marks,
  clusters,
  connectors: [],
  maxHeat: 5,
});

const REACH = MARK_RADIUS + HIT_SLOP;
const s = scene(
  [
    mark(1, 200, 100),
    mark(2, 350, 100, { kind: 'range', x0: 300, x1: 400 }),
    // Drawn after 1 and overlapping it: on top.
    mark(3, 206, 100),
    mark(4, 550, 100),
  ],
  [cluster(500, 600, 80, 120)],
);
const what = (x: number, y: number) => {
  const h = hitTest(s, x, y);
  return h === null
    ? null
    : h.kind === 'mark'
      ? `mark ${h.mark.event}`
      : `cluster ${h.cluster.count}`;
};

describe('hitTest', () => {
  it.each([
    ['near a point’s centre', 195, 100, 'mark 1'],
    ['a point within its radius and the slop', 200 - REACH, 100, 'mark 1'],
    [
      'diagonally at the edge of the reach',
      200 - REACH / Math.SQRT2,
      100 - REACH / Math.SQRT2 + 0.01,
      'mark 1',
    ],
    ['just beyond the reach', 200 - REACH - 0.5, 100, null],
    ['beyond the reach above a point', 200, 100 - REACH - 0.5, null],
    ['a point’s day, far from its shape', 160, 100, null],
    ['the later of two overlapping marks', 203, 100, 'mark 3'],
    ['a bar along its extent', 305, 104, 'mark 2'],
    ['a bar at its end', 400, 100, 'mark 2'],
    ['a bar’s edge, with a pixel of slack', 330, 106, 'mark 2'],
    ['just above a bar', 330, 93.5, null],
    ['just past a bar’s end', 400.5 + REACH, 100, null],
    ['a cluster inside its box', 590, 115, 'cluster 5'],
    ['a cluster’s corner', 500, 80, 'cluster 5'],
    ['a mark on top of a cluster', 552, 102, 'mark 4'],
    ['just outside a cluster', 601, 100, null],
    ['empty space', 700, 300, null],
  ] as const)('%s', (_, x, y, expected) => expect(what(x, y)).toBe(expected));

  it('finds nothing in an empty scene', () => {
    expect(hitTest(scene([]), 0, 0)).toBeNull();
  });
});
