/**
 * The graph as a table: every pair of countries in view with its events by
 * kind of dealing, for people who cannot see the lines (or want the numbers).
 * Collapsed by default; its rows are only built while it is open, since a
 * large dataset has hundreds of pairs and the graph re-aggregates often.
 */
import { useState } from 'react';
import { QUAD_CLASSES, QUAD_LABELS } from '../../../shared/plover';
import type { Relations } from './aggregate';

export interface PairTableProps {
  relations: Relations;
  nameOf: (id: string) => string;
}

export function PairTable({ relations, nameOf }: PairTableProps) {
  const [open, setOpen] = useState(false);
  const rows = open
    ? relations.edges
        .map((e) => ({ e, names: [nameOf(e.a), nameOf(e.b)].sort().join(' – ') }))
        .sort((x, y) => y.e.count - x.e.count || (x.names < y.names ? -1 : 1))
    : [];
  return (
    <details className="pair-table" onToggle={(ev) => setOpen(ev.currentTarget.open)}>
      <summary>Table of country pairs ({relations.edges.length})</summary>
      {open && (
        <table>
          <caption>Events between each pair of countries in view, by kind</caption>
          <thead>
            <tr>
              <th scope="col">Countries</th>
              <th scope="col">Events</th>
              {QUAD_CLASSES.map((q) => (
                <th key={q} scope="col">
                  {QUAD_LABELS[q]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ e, names }) => (
              <tr key={e.id}>
                <th scope="row">{names}</th>
                <td>{e.count}</td>
                {QUAD_CLASSES.map((q) => (
                  <td key={q}>{e.byQuad[q]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
