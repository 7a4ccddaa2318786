/**
 * The relationship graph: countries as circles, and a line between two
 * countries for every pair that share events in view, coloured by how
 * cooperative their dealings were. The layout comes from the whole dataset, so
 * filters and the timeline window hide things without moving them.
 */
import { useCallback, useMemo, useState, memo } from 'react';
import type { Dataset, Event } from '../../../shared/schema';
import { aggregateRelations } from './aggregate';
import { selectionPositions } from '../../state/selectors';
import { EdgeHit, EdgeLine, NodeMark, type Active } from './GraphMarks';
import { GraphLegend } from './GraphLegend';
import { PairTable } from './PairTable';
import { boxForWidth, datasetGraphLayout, fitToBox } from './layout';
import { buildScene } from './scene';
import { useElementWidth } from '../../hooks/useElementWidth';
import { indexDataset } from '../../data/indexes';
import { indexEvents } from '../../data/eventIndex';
import './graph.css';

export interface RelationGraphProps {
  dataset: Dataset;
  /** Events passing the filters and inside the timeline's visible window. */
  events: Event[];
  /** The country filter (ids). */
  selectedCountries: string[];
  selectedEvent: Event | null;
  onToggleCountry: (id: string) => void;
  onSelectPair: (a: string, b: string) => void;
}

const HINT =
  'Point at or tab to a country or a line for its counts. Click or press Enter to filter.';

/** Countries and their dealings with each other, for the events in view. */
// Memoised: the explorer re-renders while the timeline zooms, and this does not depend on the zoom.
export const RelationGraph = memo(function RelationGraph({
  dataset,
  events,
  selectedCountries,
  selectedEvent,
  onToggleCountry,
  onSelectPair,
}: RelationGraphProps) {
  const [canvas, containerWidth] = useElementWidth<HTMLDivElement>(480);
  const box = useMemo(() => boxForWidth(containerWidth), [containerWidth]);
  const { width, height } = box;

  const layout = datasetGraphLayout(dataset);
  const { nameOf } = indexDataset(dataset);
  const positions = useMemo(() => fitToBox(layout, box), [layout, box]);
  // The dataset's event index already holds every event's countries as codes.
  const relations = useMemo(
    () => aggregateRelations(events, indexEvents(dataset), selectionPositions(events)),
    [events, dataset],
  );
  const scene = useMemo(
    () =>
      buildScene({
        relations,
        positions,
        nameOf,
        selectedCountries,
        highlighted: selectedEvent?.countries ?? [],
      }),
    [relations, positions, nameOf, selectedCountries, selectedEvent],
  );

  const [active, setActive] = useState<Active>(null);
  const onActive = useCallback((a: Active, on: boolean) => {
    // Leaving one mark after entering the next must not clear the newer one.
    setActive((cur) => (on ? a : cur && a && cur.kind === a.kind && cur.id === a.id ? null : cur));
  }, []);

  const activeNode =
    active?.kind === 'node' ? scene.nodes.find((n) => n.id === active.id) : undefined;
  const activeEdge =
    active?.kind === 'edge' ? scene.edges.find((e) => e.id === active.id) : undefined;
  const live = scene.nodes.filter((n) => n.live);
  // Thick lines first, so thin ones stay visible on top of them.
  const painted = [...scene.edges].sort((x, y) => y.count - x.count || (x.id < y.id ? -1 : 1));

  return (
    <section aria-label="Relationship graph" className="graph">
      <h2 className="graph-title">Relationship graph</h2>
      {scene.edges.length === 0 && (
        <p className="graph-empty">No dealings between countries in the current view</p>
      )}
      <div ref={canvas} className="graph-canvas">
        {live.length > 0 && (
          <svg
            viewBox={`0 0 ${width} ${height}`}
            className="graph-svg"
            role="group"
            aria-label={`${live.length} countries, ${scene.edges.length} pairs`}
          >
            <g aria-hidden="true">
              {painted.map((e) => (
                <EdgeLine key={e.id} edge={e} active={e === activeEdge} />
              ))}
            </g>
            <g>
              {scene.nodes.map((n) => (
                <NodeMark
                  key={n.id}
                  node={n}
                  onToggleCountry={onToggleCountry}
                  onActive={onActive}
                />
              ))}
            </g>
            <g>
              {scene.edges.map((e) => (
                <EdgeHit key={e.id} edge={e} onSelectPair={onSelectPair} onActive={onActive} />
              ))}
            </g>
          </svg>
        )}
      </div>
      <p className="graph-info">
        {activeNode ? (
          <>
            {activeNode.info}
            {activeNode.selected && ' · in the country filter'}
          </>
        ) : activeEdge ? (
          <>
            {activeEdge.info}
            <br />
            <span className="graph-info-quads">{activeEdge.breakdown}</span>
          </>
        ) : (
          <span className="graph-info-hint">{HINT}</span>
        )}
      </p>
      {scene.edges.length > 0 && <GraphLegend maxEdgeCount={scene.maxEdgeCount} />}
      {relations.edges.length > 0 && <PairTable relations={relations} nameOf={nameOf} />}
    </section>
  );
});
