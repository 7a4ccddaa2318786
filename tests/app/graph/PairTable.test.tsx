// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { PairTable } from '../../../src/app/features/graph/PairTable';
import { aggregateRelations } from '../../../src/app/features/graph/aggregate';
import { indexDataset } from '../../../src/app/data/indexes';
import { fixtureDataset as ds } from '../../fixtures/dataset';

afterEach(cleanup);

describe('PairTable', () => {
  it('lists every pair with its events by kind, busiest first, once opened', () => {
    const relations = aggregateRelations(ds.events);
    const { container } = render(
      <PairTable relations={relations} nameOf={indexDataset(ds).nameOf} />,
    );
    // Closed: no rows built.
    expect(screen.queryByRole('table')).toBeNull();
    const details = container.querySelector('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const table = screen.getByRole('table', { name: /by kind/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(relations.edges.length);
    const counts = rows.map((r) => Number(within(r).getAllByRole('cell')[0]!.textContent));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Each row's kinds add up to its events, and match the aggregation.
    for (const row of rows) {
      const [events, ...kinds] = within(row)
        .getAllByRole('cell')
        .map((c) => Number(c.textContent));
      expect(kinds.reduce((a, b) => a + b, 0)).toBe(events);
    }
    const busiest = [...relations.edges].sort((a, b) => b.count - a.count)[0]!;
    const names = [indexDataset(ds).nameOf(busiest.a), indexDataset(ds).nameOf(busiest.b)]
      .sort()
      .join(' – ');
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe(names);
  });
});
