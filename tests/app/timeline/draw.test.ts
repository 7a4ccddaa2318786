import { describe, expect, it } from 'vitest';
import { addShape, formatCount, heatAlpha } from '../../../src/app/features/timeline/draw';
import { shapePath, type QuadShape } from '../../../src/app/theme/quad';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [1234, '1,234'],
    [99_999, '99,999'],
    [1_234_567, '1,234,567'],
  ])('%i → %s', (n, text) => expect(formatCount(n)).toBe(text));
});

describe('heatAlpha', () => {
  it('is 0 for an empty cell', () => {
    expect(heatAlpha(0, 10)).toBe(0);
  });

  it.each([1, 2, 7, 100, 10_000])(
    'rises within (0, 1] up to 1 at the fullest cell (max %i)',
    (max) => {
      let last = 0;
      for (let n = 1; n <= max; n++) {
        const alpha = heatAlpha(n, max);
        expect(alpha).toBeGreaterThan(last);
        expect(alpha).toBeLessThanOrEqual(1);
        last = alpha;
      }
      expect(heatAlpha(max, max)).toBe(1);
    },
  );

  it('keeps a lone event visible beside a crowded cell', () => {
    expect(heatAlpha(1, 100_000)).toBeGreaterThanOrEqual(0.15);
  });
});

/** Records the path calls addShape makes (jsdom and Node have no Path2D). */
class PathRecorder {
  ops: { op: string; args: number[] }[] = [];
  moveTo(...args: number[]) {
    this.ops.push({ op: 'moveTo', args });
  }
  lineTo(...args: number[]) {
    this.ops.push({ op: 'lineTo', args });
  }
  arc(...args: number[]) {
    this.ops.push({ op: 'arc', args });
  }
  rect(...args: number[]) {
    this.ops.push({ op: 'rect', args });
  }
  closePath() {
    this.ops.push({ op: 'closePath', args: [] });
  }
  /** Polygon corners, relative to (x, y). */
  corners(x: number, y: number): [number, number][] {
    return this.ops
      .flatMap(({ op, args: [a = 0, b = 0, w = 0, h = 0] }): [number, number][] =>
        op === 'rect'
          ? [
              [a, b],
              [a + w, b],
              [a + w, b + h],
              [a, b + h],
            ]
          : op === 'moveTo' || op === 'lineTo'
            ? [[a, b]]
            : [],
      )
      .map(([px, py]) => [px - x, py - y]);
  }
}

/** The corners of an SVG path of absolute M, L, H and V commands. */
function svgCorners(d: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, rest] of d.matchAll(/([MLHVZ])([^MLHVZ]*)/g)) {
    const n = rest!.split(/[ ,]+/).filter(Boolean).map(Number);
    if (cmd === 'Z') continue;
    if (cmd === 'H') x = n[0]!;
    else if (cmd === 'V') y = n[0]!;
    else [x, y] = [n[0]!, n[1]!];
    out.push([x, y]);
  }
  return out;
}

describe('addShape', () => {
  const [x, y, r] = [120, 45, 6];

  it.each(['square', 'triangle', 'diamond'] as const)(
    'draws a %s with the corners of the legend’s SVG shape, as its own closed subpath',
    (shape: QuadShape) => {
      const path = new PathRecorder();
      addShape(path as unknown as Path2D, shape, x, y, r);
      // Starting with moveTo or rect: shapes batched into one path are not joined by lines.
      expect(['moveTo', 'rect']).toContain(path.ops[0]!.op);
      expect(['closePath', 'rect']).toContain(path.ops.at(-1)!.op);
      const got = path.corners(x, y);
      const want = svgCorners(shapePath(shape, r));
      expect(got).toHaveLength(want.length);
      got.forEach(([gx, gy], i) => {
        expect(gx).toBeCloseTo(want[i]![0], 9);
        expect(gy).toBeCloseTo(want[i]![1], 9);
      });
    },
  );

  it('draws a circle of the radius, starting on it so no line joins the previous shape', () => {
    const path = new PathRecorder();
    addShape(path as unknown as Path2D, 'circle', x, y, r);
    expect(path.ops).toEqual([
      { op: 'moveTo', args: [x + r, y] },
      { op: 'arc', args: [x, y, r, 0, 2 * Math.PI] },
    ]);
    // The legend's circle has the same radius.
    expect(shapePath('circle', r)).toContain(`a${r},${r}`);
  });
});
