/**
 * How each quad class looks: a colour and, because colour must never be the
 * only cue, a shape. Timeline marks, the legend, the list and the graph all
 * take their encoding from here. Colours are from a colour-blind-safe set
 * (blue/teal for cooperation, orange/vermillion for conflict).
 */
import type { QuadClass } from '../../shared/plover';

export type QuadShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface QuadStyle {
  color: string;
  shape: QuadShape;
}

export const QUAD_STYLE: Readonly<Record<QuadClass, QuadStyle>> = {
  'verbal-cooperation': { color: '#0072b2', shape: 'circle' },
  'material-cooperation': { color: '#009e73', shape: 'square' },
  // Okabe–Ito's orange (#e69f00) darkened to ochre: on the light page it was 2.1:1,
  // under the 3:1 marks need (WCAG 1.4.11; tests/app/theme/contrast.test.ts).
  'verbal-conflict': { color: '#b07800', shape: 'triangle' },
  'material-conflict': { color: '#d55e00', shape: 'diamond' },
};

/** An SVG path for a shape of the given radius centred on (0, 0). */
export function shapePath(shape: QuadShape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square': {
      const s = r * 0.88;
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'triangle': {
      const h = r * 1.15;
      return `M0,${-h}L${h},${h * 0.8}L${-h},${h * 0.8}Z`;
    }
    case 'diamond': {
      const d = r * 1.2;
      return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
    }
  }
}
