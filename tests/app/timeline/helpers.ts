/** Hand-made events for the timeline's pure modules. */
import type { Event } from '../../../src/shared/schema';
import { PLOVER, type PloverType } from '../../../src/shared/plover';

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
