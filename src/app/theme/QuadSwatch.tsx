import type { QuadClass } from '../../shared/plover';
import { QUAD_STYLE, shapePath } from './quad';

/**
 * The shape and colour of a quad class, as drawn on the timeline. Decorative:
 * the words beside it carry the meaning, so it is hidden from assistive tech.
 */
export function QuadSwatch({ quadClass, size = 12 }: { quadClass: QuadClass; size?: number }) {
  const { color, shape } = QUAD_STYLE[quadClass];
  const half = size / 2;
  return (
    <svg
      className="quad-swatch"
      width={size}
      height={size}
      viewBox={`${-half} ${-half} ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
    >
      <path d={shapePath(shape, half * 0.75)} fill={color} />
    </svg>
  );
}
