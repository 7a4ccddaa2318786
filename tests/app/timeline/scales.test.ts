import { describe, expect, it } from 'vitest';
import { isoToMs } from '../../../src/shared/dates';
import {
  baseDomain,
  clampZoom,
  DAY_MS,
  dayProjection,
  domainToWindow,
  domainToZoom,
  eventsExtent,
  fitDomain,
  maxZoom,
  panBy,
  revealDays,
  sameWindow,
  visibleScale,
  windowToDomain,
  zoomAbout,
  zoomToDomain,
  type Domain,
  type Range,
} from '../../../src/app/features/timeline/scales';
import { fixtureDataset } from '../../fixtures/dataset';
import { ev } from './helpers';

const ms = isoToMs;
const RANGE: Range = [100, 900];
const BASE: Domain = [ms('2018-01-01'), ms('2020-01-01')]; // 730 days
const close = (a: number, b: number, eps = 1e-6) => expect(Math.abs(a - b)).toBeLessThan(eps);

describe('domains', () => {
  it('takes the extent of events from the earliest start to the day after the latest end', () => {
    expect(eventsExtent([])).toBeNull();
    expect(eventsExtent(fixtureDataset.events)).toEqual([ms('2018-01-01'), ms('2019-04-19')]);
  });

  it('pads the base domain by a few percent, at least five days', () => {
    const [lo, hi] = baseDomain(fixtureDataset.events);
    const span = ms('2019-04-19') - ms('2018-01-01');
    close(ms('2018-01-01') - lo, span * 0.03);
    close(hi - ms('2019-04-19'), span * 0.03);
    const single = baseDomain([ev('a', '2019-04-18')]);
    expect(single).toEqual([ms('2019-04-13'), ms('2019-04-24')]);
  });

  it('fits the shown events, padded, never beyond the base', () => {
    const base = baseDomain(fixtureDataset.events);
    const shown = fixtureDataset.events.filter((e) => e.date.start >= '2019-01-01');
    const [lo, hi] = fitDomain(eventsExtent(shown), base);
    expect(lo).toBeLessThan(ms('2019-04-14'));
    expect(lo).toBeGreaterThan(ms('2019-04-01'));
    expect(hi).toBeLessThanOrEqual(base[1]);
    expect(hi).toBeGreaterThan(ms('2019-04-19'));
    expect(fitDomain(eventsExtent(fixtureDataset.events), base)).toEqual(base);
    expect(fitDomain(null, base)).toEqual(base);
  });
});

describe('windows', () => {
  it.each([
    [{ start: '2019-04-01', end: '2019-04-30' }],
    [{ start: '2018-01-01', end: '2018-01-01' }],
    [{ start: '2016-02-28', end: '2016-03-01' }],
  ])('round-trips %o through its domain', (w) => {
    expect(domainToWindow(windowToDomain(w))).toEqual(w);
  });

  it('covers whole days: the end date is inclusive', () => {
    expect(windowToDomain({ start: '2019-04-01', end: '2019-04-30' })).toEqual([
      ms('2019-04-01'),
      ms('2019-05-01'),
    ]);
  });

  it('rounds a domain to the nearest midnights', () => {
    const d: Domain = [ms('2019-04-01') + 0.4 * DAY_MS, ms('2019-05-01') + 0.6 * DAY_MS];
    expect(domainToWindow(d)).toEqual({ start: '2019-04-01', end: '2019-05-01' });
  });

  it('compares windows by value', () => {
    expect(sameWindow({ start: 'a', end: 'b' }, { start: 'a', end: 'b' })).toBe(true);
    expect(sameWindow({ start: 'a', end: 'b' }, { start: 'a', end: 'c' })).toBe(false);
    expect(sameWindow(null, null)).toBe(true);
    expect(sameWindow(null, { start: 'a', end: 'b' })).toBe(false);
  });
});

describe('zoom', () => {
  const maxK = maxZoom(BASE);

  it('stops zooming in at about ten days on screen', () => {
    close(maxK, 73);
    expect(maxZoom([0, 5 * DAY_MS])).toBe(1);
  });

  it('shows a window across the whole range, and reads it back', () => {
    const w = { start: '2019-03-01', end: '2019-03-31' };
    const z = domainToZoom(windowToDomain(w), BASE, RANGE, maxK);
    const [t0, t1] = zoomToDomain(z, BASE, RANGE);
    close(t0, ms('2019-03-01'), 1);
    close(t1, ms('2019-04-01'), 1);
    expect(domainToWindow(zoomToDomain(z, BASE, RANGE))).toEqual(w);
  });

  it('is the identity for the base domain', () => {
    const z = domainToZoom(BASE, BASE, RANGE, maxK);
    close(z.k, 1);
    close(z.x, 0);
  });

  it('clamps: never wider than the base, never deeper than maxK, never past the data', () => {
    const wide = domainToZoom([ms('2010-01-01'), ms('2030-01-01')], BASE, RANGE, maxK);
    expect(wide).toEqual({ k: 1, x: 0 });
    const deep = domainToZoom([ms('2019-03-01'), ms('2019-03-02')], BASE, RANGE, maxK);
    close(deep.k, maxK);
    const [t0, t1] = zoomToDomain(deep, BASE, RANGE);
    close((t0 + t1) / 2, ms('2019-03-01') + DAY_MS / 2, 1);
    const late = domainToZoom([ms('2019-12-20'), ms('2020-02-20')], BASE, RANGE, maxK);
    close(zoomToDomain(late, BASE, RANGE)[1], BASE[1], 1);
    expect(clampZoom({ k: 2, x: 500 }, RANGE, maxK)).toEqual({ k: 2, x: -100 });
    expect(clampZoom({ k: 2, x: -5000 }, RANGE, maxK)).toEqual({ k: 2, x: -900 });
  });

  it('zooms about a point, keeping the time under it still', () => {
    const z = { k: 2, x: -500 };
    const scale = visibleScale(z, BASE, RANGE);
    const at = 400;
    const t = scale.invert(at).getTime();
    const z2 = zoomAbout(z, 2, at, RANGE, maxK);
    expect(z2.k).toBe(4);
    close(visibleScale(z2, BASE, RANGE).invert(at).getTime(), t, 1);
    expect(zoomAbout({ k: 1, x: 0 }, 0.5, 500, RANGE, maxK)).toEqual({ k: 1, x: 0 });
  });

  it('pans by pixels within the data', () => {
    expect(panBy({ k: 2, x: -500 }, 100, RANGE, maxK)).toEqual({ k: 2, x: -600 });
    expect(panBy({ k: 2, x: -500 }, -1000, RANGE, maxK)).toEqual({ k: 2, x: -100 });
  });

  it('reveals days by moving only when they are out of view', () => {
    const z = domainToZoom(
      windowToDomain({ start: '2019-03-01', end: '2019-03-31' }),
      BASE,
      RANGE,
      maxK,
    );
    const day = (iso: string) => ms(iso) / DAY_MS;
    expect(revealDays(z, day('2019-03-10'), day('2019-03-10'), BASE, RANGE, maxK)).toBe(z);
    const moved = revealDays(z, day('2019-06-15'), day('2019-06-15'), BASE, RANGE, maxK);
    close(moved.k, z.k);
    const [t0, t1] = zoomToDomain(moved, BASE, RANGE);
    close((t0 + t1) / 2, ms('2019-06-15') + DAY_MS / 2, 1);
  });

  it('projects day numbers like the visible scale does', () => {
    const z = { k: 3, x: -1234 };
    const p = dayProjection(z, BASE, RANGE);
    const scale = visibleScale(z, BASE, RANGE);
    for (const iso of ['2018-06-01', '2019-02-03']) {
      close(p.a * (ms(iso) / DAY_MS) + p.b, scale(new Date(ms(iso))), 1e-6);
    }
  });
});
