import { laneGeometry } from '../../../src/app/features/timeline/geometry';
import { layoutTimeline } from '../../../src/app/features/timeline/lanes';
import { buildScene, type SceneInput } from '../../../src/app/features/timeline/scene';
/** Hand-made events and views for the timeline's pure modules. */
import type { Event } from '../../../src/shared/schema';
import { isoToDay } from '../../../src/shared/dates';
import { compareByDate } from '../../../src/shared/order';
import { PLOVER, type PloverType } from '../../../src/shared/plover';
import type { DayProjection, Range } from '../../../src/app/features/timeline/scales';
import { fixtureDataset } from '../../fixtures/dataset';

export function ev(
  id: string,
  start: string,
  end: string = start,
  countries: string[] = ['us'],
  opts: {
    precision?: Event['date']['precision'];
    type?: PloverType;
    basis?: 'text' | 'publication';
  } = {},
): Event {
  const type = opts.type ?? 'CONSULT';
  return {
    id,
    title: `Event ${id}`,
    date: {
      start,
      end,
      precision: opts.precision ?? 'day',
      text: null,
      basis: opts.basis ?? 'text',
      sourceId: 'src',
      resolvedAgainst: start,
    },
    type,
    quadClass: PLOVER[type].quadClass,
    sources: [countries[0]!],
    targets: countries.slice(1),
    countries: [...countries].sort(),
    mentions: [{ sourceId: 'src', start: 0, end: 1 }],
    quoteIds: [],
  };
}

export const NAMES: Record<string, string> = {
  us: 'United States',
  kp: 'North Korea',
  kr: 'South Korea',
  jp: 'Japan',
  cn: 'China',
};
export const nameOf = (id: string): string => NAMES[id] ?? id;

/** The fixture's events in the order the app hands them to the timeline. */
export const fixtureEvents: readonly Event[] = [...fixtureDataset.events].sort(compareByDate);

/** Index of a fixture event by id (throws on a typo, so a test cannot pass vacuously). */
export function fixtureIndex(id: string): number {
  const i = fixtureEvents.findIndex((e) => e.id === id);
  if (i < 0) throw new Error(`no fixture event ${id}`);
  return i;
}

/** The plot's pixel range used by the pure-module tests. */
export const RANGE: Range = [100, 900];

/** The projection that puts the days [first, last] (inclusive) across `range`. */
export function showing(first: string, last: string, range: Range = RANGE): DayProjection {
  return showingDays(isoToDay(first), isoToDay(last) + 1, range);
}

/** The projection that puts the days [d0, d1) across `range`. */
export function showingDays(d0: number, d1: number, range: Range = RANGE): DayProjection {
  const a = (range[1] - range[0]) / (d1 - d0);
  return { a, b: range[0] - a * d0 };
}

/** `n` one-day events in `countries`, one every `step` days from `first`, date-sorted. */
export function daily(n: number, first: string, countries: string[] = ['us'], step = 1): Event[] {
  const d0 = isoToDay(first);
  return Array.from({ length: n }, (_, i) => {
    const day = new Date((d0 + i * step) * 86_400_000).toISOString().slice(0, 10);
    return ev(`d${String(i).padStart(6, '0')}`, day, day, countries);
  });
}

/** The scene of some events in one view, with every lane on screen. */
export function sceneOf(
  events: readonly Event[],
  over: Partial<SceneInput> & Pick<SceneInput, 'projection'>,
) {
  const layout = layoutTimeline(events, nameOf);
  const geometry = laneGeometry(layout.lanes);
  const scene = buildScene({
    layout,
    geometry,
    range: RANGE,
    rows: [0, geometry.height],
    titles: events.map((e) => e.title),
    selected: -1,
    keep: [],
    ...over,
  });
  return { layout, geometry, scene };
}
