import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexEvents } from '../../../src/app/data/eventIndex';
import { aggregateRelations, pairId, pairsOf } from '../../../src/app/features/graph/aggregate';
import { isCooperation, QUAD_CLASSES } from '../../../src/shared/plover';
import type { Event } from '../../../src/shared/schema';
import { datasetArb } from '../state/arbitraries';
import { fixtureDataset } from '../../fixtures/dataset';
import { selectFilteredEvents, selectionPositions } from '../../../src/app/state/selectors';
import { DEFAULT_FILTERS } from '../../../src/app/state/view';
import { ev } from './helpers';

describe('pairsOf', () => {
  it.each([
    { ids: ['us'], pairs: [] },
    { ids: ['us', 'kp'], pairs: [['kp', 'us']] },
    {
      ids: ['us', 'kp', 'kr'],
      pairs: [
        ['kp', 'kr'],
        ['kp', 'us'],
        ['kr', 'us'],
      ],
    },
    { ids: ['us', 'us', 'kp'], pairs: [['kp', 'us']] },
  ])('$ids → $pairs', ({ ids, pairs }) => {
    expect(pairsOf(ids)).toEqual(pairs);
  });

  it('keys a pair the same way in either order', () => {
    expect(pairId('us', 'kp')).toBe('kp|us');
    expect(pairId('kp', 'us')).toBe('kp|us');
  });
});

describe('aggregateRelations', () => {
  const cases = [
    {
      name: 'no events',
      events: [],
      nodes: [],
      edges: [],
    },
    {
      name: 'a one-country event makes a node and no edge',
      events: [ev('e1', 'MOBILIZE', ['kp'])],
      nodes: [{ id: 'kp', count: 1 }],
      edges: [],
    },
    {
      name: 'a three-country event makes three pairs',
      events: [ev('e1', 'CONSULT', ['us', 'kp', 'kr'])],
      nodes: [
        { id: 'kp', count: 1 },
        { id: 'kr', count: 1 },
        { id: 'us', count: 1 },
      ],
      edges: [
        { id: 'kp|kr', count: 1, cooperation: 1, conflict: 0, balance: 1 },
        { id: 'kp|us', count: 1, cooperation: 1, conflict: 0, balance: 1 },
        { id: 'kr|us', count: 1, cooperation: 1, conflict: 0, balance: 1 },
      ],
    },
    {
      name: 'cooperation and conflict between one pair set the balance',
      events: [
        ev('e1', 'AGREE', ['us', 'kp']),
        ev('e2', 'AID', ['kp', 'us']),
        ev('e3', 'AGREE', ['us', 'kp']),
        ev('e4', 'THREATEN', ['kp', 'us']),
      ],
      nodes: [
        { id: 'kp', count: 4 },
        { id: 'us', count: 4 },
      ],
      edges: [{ id: 'kp|us', count: 4, cooperation: 3, conflict: 1, balance: 0.5 }],
    },
    {
      name: 'all conflict is −1, even is 0',
      events: [
        ev('e1', 'SANCTION', ['us', 'kp']),
        ev('e2', 'ACCUSE', ['us', 'kp']),
        ev('e3', 'CONSULT', ['jp', 'cn']),
        ev('e4', 'REJECT', ['cn', 'jp']),
      ],
      nodes: [
        { id: 'cn', count: 2 },
        { id: 'jp', count: 2 },
        { id: 'kp', count: 2 },
        { id: 'us', count: 2 },
      ],
      edges: [
        { id: 'cn|jp', count: 2, cooperation: 1, conflict: 1, balance: 0 },
        { id: 'kp|us', count: 2, cooperation: 0, conflict: 2, balance: -1 },
      ],
    },
  ];

  it.each(cases)('$name', ({ events, nodes, edges }) => {
    const r = aggregateRelations(events);
    expect(r.nodes).toEqual(nodes);
    expect(
      r.edges.map(({ id, count, cooperation, conflict, balance }) => ({
        id,
        count,
        cooperation,
        conflict,
        balance,
      })),
    ).toEqual(edges);
  });

  it('counts each quad class of a pair', () => {
    const { edges } = aggregateRelations([
      ev('e1', 'AGREE', ['us', 'kp']),
      ev('e2', 'CONSULT', ['us', 'kp']),
      ev('e3', 'AID', ['us', 'kp']),
      ev('e4', 'ACCUSE', ['us', 'kp']),
      ev('e5', 'MOBILIZE', ['us', 'kp']),
      ev('e6', 'SANCTION', ['us', 'kp']),
    ]);
    expect(edges[0]!.byQuad).toEqual({
      'verbal-cooperation': 2,
      'material-cooperation': 1,
      'verbal-conflict': 1,
      'material-conflict': 2,
    });
    expect(edges[0]).toMatchObject({ a: 'kp', b: 'us' });
  });

  it('does not depend on the order of the events', () => {
    const events = fixtureDataset.events;
    expect(aggregateRelations([...events].reverse())).toEqual(aggregateRelations(events));
  });

  it('aggregates the fixture dataset', () => {
    const { nodes, edges } = aggregateRelations(fixtureDataset.events);
    expect(nodes).toEqual([
      { id: 'cn', count: 1 },
      { id: 'jp', count: 1 },
      { id: 'kp', count: 5 },
      { id: 'kr', count: 2 },
      { id: 'us', count: 3 },
    ]);
    expect(edges.map((e) => [e.id, e.count, e.balance])).toEqual([
      ['cn|kp', 1, -1],
      ['jp|us', 1, 1],
      ['kp|kr', 2, 1],
      ['kp|us', 2, 1],
      ['kr|us', 1, 1],
    ]);
  });
});

/** The aggregation as it was first written, one Set and one string key per pair per event. */
function naiveRelations(events: readonly Event[]) {
  const nodes = new Map<string, number>();
  const edges = new Map<string, { id: string; a: string; b: string; quads: number[] }>();
  for (const e of events) {
    for (const c of new Set(e.countries)) nodes.set(c, (nodes.get(c) ?? 0) + 1);
    for (const [a, b] of pairsOf(e.countries)) {
      const id = pairId(a, b);
      const edge = edges.get(id) ?? { id, a, b, quads: QUAD_CLASSES.map(() => 0) };
      edges.set(id, edge);
      edge.quads[QUAD_CLASSES.indexOf(e.quadClass)]!++;
    }
  }
  const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return {
    nodes: [...nodes].map(([id, count]) => ({ id, count })).sort((x, y) => byText(x.id, y.id)),
    edges: [...edges.values()]
      .sort((x, y) => byText(x.a, y.a) || byText(x.b, y.b))
      .map(({ id, a, b, quads }) => {
        const byQuad = Object.fromEntries(QUAD_CLASSES.map((q, i) => [q, quads[i]!]));
        const cooperation = QUAD_CLASSES.reduce(
          (n, q, i) => n + (isCooperation(q) ? quads[i]! : 0),
          0,
        );
        const count = quads.reduce((n, x) => n + x, 0);
        const conflict = count - cooperation;
        return {
          id,
          a,
          b,
          count,
          byQuad,
          cooperation,
          conflict,
          balance: (cooperation - conflict) / count,
        };
      }),
  };
}

describe('aggregateRelations against the straightforward count', () => {
  it('gives the same relations with the event index, without it, and for events it does not hold', () => {
    fc.assert(
      fc.property(
        datasetArb,
        fc.array(fc.nat()),
        fc.array(fc.nat(), { maxLength: 3 }),
        (ds, picks, strays) => {
          const { events } = ds;
          const some = events.length ? picks.map((i) => events[i % events.length]!) : [];
          // Copies are not the dataset's own objects, so the index cannot place them.
          const copies = events.length
            ? strays.map((i) => ({ ...events[i % events.length]!, countries: ['zz', 'us'] }))
            : [];
          for (const list of [events, some, [...some, ...copies]]) {
            const expected = naiveRelations(list);
            expect(aggregateRelations(list)).toEqual(expected);
            expect(aggregateRelations(list, indexEvents(ds))).toEqual(expected);
          }
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('makes room for more countries than it started with', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      ev(`e${i}`, 'CONSULT', [`c${i}`, `c${i + 1}`, 'us']),
    );
    const r = aggregateRelations(many, indexEvents(fixtureDataset));
    expect(r).toEqual(naiveRelations(many));
    expect(r.nodes).toHaveLength(42);
  });
});

describe('aggregateRelations with the positions a selector returned', () => {
  it('gives what looking each event up gives', () => {
    const ds = fixtureDataset;
    const filtered = selectFilteredEvents(ds, { ...DEFAULT_FILTERS, countries: ['kp'] });
    const known = selectionPositions(filtered);
    expect(known).toBeDefined();
    expect(aggregateRelations(filtered, indexEvents(ds), known)).toEqual(
      aggregateRelations(filtered, indexEvents(ds)),
    );
    // Positions of another list are ignored rather than misread.
    const other = filtered.slice(1);
    expect(aggregateRelations(other, indexEvents(ds), known)).toEqual(
      aggregateRelations(other, indexEvents(ds)),
    );
  });
});
