/**
 * Hit-testing: what is under a point of the plot, from the same scene the
 * canvas drew. Marks sit on top of clusters, and later marks on top of earlier
 * ones, as they are painted.
 */
import { MARK_RADIUS, type Scene, type SceneCluster, type SceneMark } from './scene';

export type Hit = { kind: 'mark'; mark: SceneMark } | { kind: 'cluster'; cluster: SceneCluster };

/** A pointer this close to a shape (in pixels) is on it: fingers and tremor need slack. */
export const HIT_SLOP = 4;
const BAR_HALF_HEIGHT = 5;

export function hitTest(scene: Scene, x: number, y: number): Hit | null {
  const { marks, clusters } = scene;
  for (let i = marks.length - 1; i >= 0; i--) {
    const m = marks[i]!;
    const dx = x - m.x;
    const dy = y - m.y;
    if (dx * dx + dy * dy <= (MARK_RADIUS + HIT_SLOP) ** 2) return { kind: 'mark', mark: m };
  }
  for (let i = marks.length - 1; i >= 0; i--) {
    const m = marks[i]!;
    if (m.kind !== 'point' && x >= m.x0 && x <= m.x1 && Math.abs(y - m.y) <= BAR_HALF_HEIGHT + 1)
      return { kind: 'mark', mark: m };
  }
  for (const c of clusters)
    if (x >= c.x0 && x <= c.x1 && y >= c.y0 && y <= c.y1) return { kind: 'cluster', cluster: c };
  return null;
}
