/** The legend: the four quad classes (shape, colour, words), the uncertain looks, and clusters. */
import { useId } from 'react';
import { QUAD_CLASSES, QUAD_LABELS } from '../../../shared/plover';
import { QUAD_STYLE, shapePath } from '../../theme/quad';
import { KEY_HELP } from './keyboard';

const R = 6;
const GREY = 'var(--muted, #666)';

export function TimelineLegend({ helpId }: { helpId: string }) {
  const hatch = `${useId().replace(/[^a-zA-Z0-9_-]/g, '')}-hatch`;
  return (
    <div className="tl-legend">
      <ul aria-label="Legend">
        {QUAD_CLASSES.map((q) => (
          <li key={q}>
            <svg width={16} height={16} viewBox="-8 -8 16 16" aria-hidden="true">
              <path d={shapePath(QUAD_STYLE[q].shape, R)} fill={QUAD_STYLE[q].color} />
            </svg>
            {QUAD_LABELS[q]}
          </li>
        ))}
        <li>
          <svg width={34} height={16} viewBox="-17 -8 34 16" aria-hidden="true">
            <pattern
              id={hatch}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <line x1="0" y1="0" x2="0" y2="6" stroke={GREY} strokeWidth="2" strokeOpacity="0.6" />
            </pattern>
            <rect
              x={-16}
              y={-5}
              width={32}
              height={10}
              fill={`url(#${hatch})`}
              stroke={GREY}
              strokeDasharray="3 2"
            />
            <circle r={R - 1} fill={GREY} />
          </svg>
          Uncertain date: the week, month or year it happened in
        </li>
        <li>
          <svg width={16} height={16} viewBox="-8 -8 16 16" aria-hidden="true">
            <circle r={R - 1} fill="var(--bg, #fff)" stroke={GREY} strokeWidth={2} />
          </svg>
          No date in the text: placed at publication
        </li>
        <li>
          <svg width={16} height={16} viewBox="-8 -8 16 16" aria-hidden="true">
            <line x1={0} x2={0} y1={-8} y2={8} stroke={GREY} strokeWidth={1.5} />
          </svg>
          One event, several countries
        </li>
        <li>
          <svg width={34} height={16} viewBox="0 0 34 16" aria-hidden="true">
            <rect x={0.5} y={0.5} width={33} height={15} fill="none" stroke={GREY} />
            {[0.25, 0.6, 0.9, 0.45, 0.2, 0.7, 0.35].map((a, i) => (
              <rect
                key={i}
                x={1 + i * 4.5}
                y={1}
                width={4.5}
                height={14}
                fill="var(--accent, #0b62a4)"
                fillOpacity={a}
              />
            ))}
          </svg>
          Too close to tell apart: darker is busier, the number counts them; click to zoom in
        </li>
      </ul>
      <p id={helpId} className="tl-help">
        {KEY_HELP}
      </p>
    </div>
  );
}
