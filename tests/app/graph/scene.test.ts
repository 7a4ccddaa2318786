import { describe, expect, it } from 'vitest';
import { aggregateRelations } from '../../../src/app/features/graph/aggregate';
import {
  MAX_WIDTH,
  MIN_WIDTH,
  balanceColor,
  radiusScale,
  widthScale,
} from '../../../src/app/features/graph/encoding';
import { buildScene } from '../../../src/app/features/graph/scene';
import { ev } from './helpers';

const names = new Map([
  ['us', 'United States'],
  ['kp', 'North Korea'],
  ['jp', 'Japan'],
  ['cn', 'China'],
]);
const positions = new Map([
  ['cn', { x: 300, y: 300 }],
  ['jp', { x: 100, y: 100 }],
  ['kp', { x: 200, y: 100 }],
  ['us', { x: 100, y: 200 }],
]);
const events = [
  ...Array.from({ length: 9 }, (_, i) => ev(`c${i}`, 'AGREE', ['us', 'kp'])),
  ...Array.from({ length: 5 }, (_, i) => ev(`x${i}`, 'THREATEN', ['kp', 'us'])),
  ev('j1', 'MOBILIZE', ['jp', 'kp']),
  ev('j2', 'MOBILIZE', ['jp']),
  ev('j3', 'CONSULT', ['jp', 'us']),
  ev('j4', 'ACCUSE', ['jp', 'kp']),
];

const scene = buildScene({
  relations: aggregateRelations(events),
  positions,
  nameOf: (id) => names.get(id) ?? id,
  selectedCountries: ['jp'],
  highlighted: ['jp', 'kp'],
});

describe('buildScene', () => {
  it('names countries and pairs the way the info line and screen readers say them', () => {
    const jp = scene.nodes.find((n) => n.id === 'jp')!;
    expect(jp).toMatchObject({ label: 'Japan, 4 events', info: 'Japan: 4 events', selected: true });
    const pair = scene.edges.find((e) => e.id === 'kp|us')!;
    expect(pair.label).toBe('North Korea and United States, 14 events, 9 cooperation, 5 conflict');
    expect(pair.info).toBe('North Korea – United States: 14 events · 9 cooperation · 5 conflict');
    expect(pair.breakdown).toBe('Verbal cooperation 9 · Verbal conflict 5');
  });

  it('keeps countries without events in view in place, faint', () => {
    const cn = scene.nodes.find((n) => n.id === 'cn')!;
    expect(cn).toMatchObject({ live: false, count: 0, x: 300, y: 300 });
    expect(scene.nodes.filter((n) => n.live).map((n) => n.id)).toEqual(['jp', 'kp', 'us']);
  });

  it('orders countries by name and draws only pairs in view', () => {
    expect(scene.nodes.map((n) => n.name)).toEqual([
      'China',
      'Japan',
      'North Korea',
      'United States',
    ]);
    expect(scene.edges.map((e) => e.id)).toEqual(['jp|kp', 'jp|us', 'kp|us']);
  });

  it('dashes and colours pairs by their balance', () => {
    const byId = new Map(scene.edges.map((e) => [e.id, e]));
    expect(byId.get('jp|kp')).toMatchObject({ dashed: true, color: balanceColor(-1) });
    expect(byId.get('jp|us')).toMatchObject({ dashed: false, color: balanceColor(1) });
    expect(byId.get('kp|us')!.dashed).toBe(false);
    expect(byId.get('kp|us')!.width).toBe(MAX_WIDTH);
  });

  it('highlights the selected event: its countries and the pairs between them', () => {
    expect(scene.nodes.filter((n) => n.highlighted).map((n) => n.id)).toEqual(['jp', 'kp']);
    expect(scene.edges.filter((e) => e.highlighted).map((e) => e.id)).toEqual(['jp|kp']);
  });

  it('trims hit areas at the circles', () => {
    const e = scene.edges.find((x) => x.id === 'jp|kp')!;
    const jp = scene.nodes.find((n) => n.id === 'jp')!;
    expect(e.line.x1).toBe(100);
    expect(e.hit.x1).toBeCloseTo(100 + jp.r + 3);
    expect(e.hit.y1).toBeCloseTo(100);
  });
});

describe('encoding', () => {
  it.each([
    { balance: -1, color: 'rgb(213, 94, 0)' }, // CONFLICT_COLOR #d55e00
    { balance: 0, color: 'rgb(138, 138, 138)' }, // NEUTRAL_COLOR #8a8a8a
    { balance: 1, color: 'rgb(0, 114, 178)' }, // COOPERATION_COLOR #0072b2
    { balance: -5, color: 'rgb(213, 94, 0)' }, // clamped
  ])('balance $balance is $color', ({ balance, color }) => {
    expect(balanceColor(balance)).toBe(color);
  });

  it('sizes by square root with floors, and clamps widths', () => {
    const r = radiusScale(16);
    expect(r(16)).toBeCloseTo(22);
    expect(r(4)).toBeCloseTo(11);
    expect(r(0)).toBeGreaterThan(0);
    const w = widthScale(10);
    expect(w(1)).toBe(MIN_WIDTH);
    expect(w(10)).toBe(MAX_WIDTH);
    expect(w(50)).toBe(MAX_WIDTH);
  });
});
