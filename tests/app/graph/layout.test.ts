import { describe, expect, it } from 'vitest';
import {
  boxForWidth,
  fitToBox,
  forceLayout,
  layoutEvents,
  type Point,
} from '../../../src/app/features/graph/layout';
import { fixtureDataset } from '../../fixtures/dataset';

const events = fixtureDataset.events;
const asObject = (m: Map<string, Point>) => Object.fromEntries(m);

describe('layoutEvents', () => {
  it('places every country of the dataset', () => {
    expect([...layoutEvents(events).keys()]).toEqual(['cn', 'jp', 'kp', 'kr', 'us']);
  });

  it('is identical when run twice with the same seed', () => {
    expect(asObject(layoutEvents(events, 3))).toEqual(asObject(layoutEvents(events, 3)));
  });

  it('does not depend on the order of the events', () => {
    expect(asObject(layoutEvents([...events].reverse()))).toEqual(asObject(layoutEvents(events)));
  });

  it('differs with a different seed', () => {
    expect(asObject(layoutEvents(events, 1))).not.toEqual(asObject(layoutEvents(events, 2)));
  });

  it('gives finite positions that keep countries apart', () => {
    const points = [...layoutEvents(events).values()];
    for (const p of points) {
      expect(Number.isFinite(p.x)).toBe(true);
      expect(Number.isFinite(p.y)).toBe(true);
    }
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        expect(
          Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y),
        ).toBeGreaterThan(20);
  });

  it('copes with no countries, one country and an unknown link end', () => {
    expect(forceLayout([], []).size).toBe(0);
    const one = forceLayout(['jp'], [{ a: 'jp', b: 'zz' }]);
    expect(Number.isFinite(one.get('jp')!.x)).toBe(true);
  });
});

describe('fitToBox', () => {
  it.each([280, 480, 700, 1200])('puts every position inside the padded box at width %i', (w) => {
    const box = boxForWidth(w);
    const fitted = fitToBox(layoutEvents(events), box);
    expect(fitted.size).toBe(5);
    const { width, height, padding: p } = box;
    for (const q of fitted.values()) {
      expect(q.x).toBeGreaterThanOrEqual(p.left - 1e-9);
      expect(q.x).toBeLessThanOrEqual(width - p.right + 1e-9);
      expect(q.y).toBeGreaterThanOrEqual(p.top - 1e-9);
      expect(q.y).toBeLessThanOrEqual(height - p.bottom + 1e-9);
    }
    // The layout fills the box: something touches each side.
    const xs = [...fitted.values()].map((q) => q.x);
    const ys = [...fitted.values()].map((q) => q.y);
    expect(Math.min(...xs)).toBeCloseTo(p.left);
    expect(Math.max(...xs)).toBeCloseTo(width - p.right);
    expect(Math.min(...ys)).toBeCloseTo(p.top);
    expect(Math.max(...ys)).toBeCloseTo(height - p.bottom);
  });

  it('centres a single country', () => {
    const box = { width: 400, height: 300, padding: { top: 10, right: 20, bottom: 30, left: 40 } };
    expect(fitToBox(new Map([['jp', { x: 12, y: -7 }]]), box).get('jp')).toEqual({
      x: 210,
      y: 140,
    });
  });

  it('keeps the drawing box readable from 300 to 700 px', () => {
    for (const w of [300, 500, 700]) {
      const b = boxForWidth(w);
      expect(b.width).toBe(w);
      expect(b.width - b.padding.left - b.padding.right).toBeGreaterThan(150);
      expect(b.height).toBeGreaterThanOrEqual(260);
    }
  });
});
