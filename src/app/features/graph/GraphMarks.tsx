/**
 * The SVG marks of the relationship graph. Each live country and each pair is a
 * focusable button (role="button", Enter/Space); faint countries are inert.
 */
import type { KeyboardEvent } from 'react';
import { dashFor } from './encoding';
import type { SceneEdge, SceneNode } from './scene';

/** What the pointer or keyboard focus is on: drives the info line. */
export type Active = { kind: 'node' | 'edge'; id: string } | null;

interface Handlers {
  onActive: (active: Active, on: boolean) => void;
}

const onEnterOrSpace = (run: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault(); // Space would otherwise scroll the page
    run();
  }
};

const classes = (...names: (string | false)[]) => names.filter(Boolean).join(' ');

/** A visible line; drawn under the countries and never interactive itself. */
export function EdgeLine({ edge, active }: { edge: SceneEdge; active: boolean }) {
  const { line } = edge;
  return (
    <g
      className={classes('graph-edge', edge.highlighted && 'is-highlighted', active && 'is-active')}
    >
      {(edge.highlighted || active) && (
        <line {...line} className="graph-edge-halo" strokeWidth={edge.width + 8} />
      )}
      <line
        {...line}
        className="graph-edge-line"
        stroke={edge.color}
        strokeWidth={edge.width}
        strokeDasharray={edge.dashed ? dashFor(edge.width) : undefined}
      />
    </g>
  );
}

/** A pair's wide, transparent hit area above the countries: the edge's button. */
export function EdgeHit({
  edge,
  onSelectPair,
  onActive,
}: { edge: SceneEdge; onSelectPair: (a: string, b: string) => void } & Handlers) {
  const select = () => onSelectPair(edge.a, edge.b);
  const me: Active = { kind: 'edge', id: edge.id };
  return (
    <line
      {...edge.hit}
      className="graph-edge-hit"
      strokeWidth={Math.max(16, edge.width + 10)}
      role="button"
      tabIndex={0}
      aria-label={edge.label}
      onClick={select}
      onKeyDown={onEnterOrSpace(select)}
      onPointerEnter={() => onActive(me, true)}
      onPointerLeave={() => onActive(me, false)}
      onFocus={() => onActive(me, true)}
      onBlur={() => onActive(me, false)}
    />
  );
}

/** A country: a circle sized by its events in view, and its name below it. */
export function NodeMark({
  node,
  onToggleCountry,
  onActive,
}: { node: SceneNode; onToggleCountry: (id: string) => void } & Handlers) {
  const { r } = node;
  const cls = classes(
    'graph-node',
    !node.live && 'is-ghost',
    node.selected && 'is-selected',
    node.highlighted && 'is-highlighted',
  );
  const body = (
    <>
      {node.highlighted && <circle className="graph-node-halo" r={r + 8} />}
      {node.selected && <circle className="graph-node-ring" r={r + 4} />}
      <circle className="graph-node-dot" r={r} />
      <text className="graph-node-label" y={r + (node.selected || node.highlighted ? 10 : 5)}>
        {node.name}
      </text>
    </>
  );
  const at = `translate(${node.x},${node.y})`;
  if (!node.live)
    return (
      <g className={cls} transform={at} aria-hidden="true">
        {body}
      </g>
    );
  const toggle = () => onToggleCountry(node.id);
  const me: Active = { kind: 'node', id: node.id };
  return (
    <g
      className={cls}
      transform={at}
      role="button"
      tabIndex={0}
      aria-label={node.label}
      aria-pressed={node.selected}
      onClick={toggle}
      onKeyDown={onEnterOrSpace(toggle)}
      onPointerEnter={() => onActive(me, true)}
      onPointerLeave={() => onActive(me, false)}
      onFocus={() => onActive(me, true)}
      onBlur={() => onActive(me, false)}
    >
      <circle className="graph-node-hit" r={Math.max(r + 6, 14)} />
      <circle className="graph-node-focus" r={r + (node.selected ? 9 : 5)} />
      {body}
    </g>
  );
}
