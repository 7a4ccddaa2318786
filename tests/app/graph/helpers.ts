import { PLOVER, type PloverType } from '../../../src/shared/plover';
import type { Event } from '../../../src/shared/schema';

/** A minimal valid event: only type and countries matter to the graph. */
export function ev(id: string, type: PloverType, countries: string[]): Event {
  return {
    id,
    title: id,
    type,
    quadClass: PLOVER[type].quadClass,
    date: {
      start: '2019-01-01',
      end: '2019-01-01',
      precision: 'day',
      text: null,
      basis: 'publication',
      sourceId: 'src',
      resolvedAgainst: '2019-01-01',
    },
    sources: [countries[0]!],
    targets: countries.slice(1),
    countries: [...countries].sort(),
    mentions: [{ sourceId: 'src', start: 0, end: 1 }],
    quoteIds: [],
  };
}
