/** fast-check arbitraries for the timeline: small random sets of date-sorted events. */
import fc from 'fast-check';
import { addDays } from '../../../src/shared/dates';
import { compareByDate } from '../../../src/shared/order';
import type { Event } from '../../../src/shared/schema';
import { ev } from './helpers';

export const COUNTRIES = ['us', 'kp', 'kr', 'jp'];
/** Events fall on days 0…420 from here: across 1970, so day numbers are negative too. */
export const FIRST_DAY = '1969-10-01';

// Mostly single days, some short spans, a few uncertain ranges (as the real data has).
const shape = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ len: 0, precision: 'day' as const }) },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 1, max: 20 }).map((len) => ({ len, precision: 'day' as const })),
  },
  { weight: 1, arbitrary: fc.constant({ len: 6, precision: 'week' as const }) },
  { weight: 1, arbitrary: fc.constant({ len: 29, precision: 'month' as const }) },
  { weight: 1, arbitrary: fc.constant({ len: 364, precision: 'year' as const }) },
);

const spec = fc.record({
  // Bunched on a few days as well as spread out, so both clusters and lone marks occur.
  start: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 100, max: 104 })),
  shape,
  countries: fc.subarray(COUNTRIES, { minLength: 1 }),
});

/** Up to `max` events, date-sorted as the app passes them to the timeline. */
export const eventsArb = (max: number): fc.Arbitrary<Event[]> =>
  fc.array(spec, { maxLength: max }).map((specs) =>
    specs
      .map((s, i) => {
        const start = addDays(FIRST_DAY, s.start);
        return ev(`e${i}`, start, addDays(start, s.shape.len), s.countries, {
          precision: s.shape.precision,
        });
      })
      .sort(compareByDate),
  );
