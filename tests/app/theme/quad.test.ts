import { describe, expect, it } from 'vitest';
import { QUAD_STYLE, shapePath } from '../../../src/app/theme/quad';
import { isCooperation, QUAD_CLASSES, type QuadClass } from '../../../src/shared/plover';

describe('quad class encoding: colour is never the only cue', () => {
  const quads = QUAD_CLASSES;

  it('gives each of the four quad classes its own shape', () => {
    expect(quads).toHaveLength(4);
    const shapes = new Set(quads.map((q) => QUAD_STYLE[q].shape));
    expect(shapes.size).toBe(quads.length);
  });

  it('gives each shape a different outline, so the shapes differ when drawn', () => {
    const paths = new Set(quads.map((q) => shapePath(QUAD_STYLE[q].shape, 5)));
    expect(paths.size).toBe(quads.length);
  });

  it('tells cooperation from conflict by outline alone: rounded or square against pointed', () => {
    const pointed = (q: QuadClass) => ['triangle', 'diamond'].includes(QUAD_STYLE[q].shape);
    for (const q of quads) expect(pointed(q), q).toBe(!isCooperation(q));
  });
});
