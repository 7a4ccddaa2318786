import { describe, expect, it } from 'vitest';
import { aggregateRelations, pairId, pairsOf } from '../../../src/app/features/graph/aggregate';
import { fixtureDataset } from '../../fixtures/dataset';
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
