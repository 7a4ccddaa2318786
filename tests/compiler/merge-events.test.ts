import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeEvents, type SourcedCandidate } from '../../src/compiler/stages/merge-events';
import type { CandidateDate } from '../../src/compiler/extraction';
import type { PloverType } from '../../src/shared/plover';

const day = (d: string): CandidateDate => ({
  start: d,
  end: d,
  precision: 'day',
  expression: null,
  basis: 'text',
});
const month = (m: string, end: string): CandidateDate => ({
  start: `${m}-01`,
  end,
  precision: 'month',
  expression: null,
  basis: 'text',
});
const pub = (d: string): CandidateDate => ({ ...day(d), basis: 'publication' });

let at = 0;
function cand(
  sourceId: string,
  type: PloverType,
  sources: string[],
  targets: string[],
  countries: string[],
  date: CandidateDate,
  confidence = 0.7,
): SourcedCandidate {
  at += 100;
  return {
    sourceId,
    type,
    sources,
    targets,
    countries,
    date,
    confidence,
    trigger: { start: at, end: at + 3, text: 'met' },
    sentence: { start: at - 10, end: at + 50 },
    title: `${sources.join(' and ')} ${type.toLowerCase()} ${at}`,
  };
}

// [case, candidates, expected number of events]
const cases: [string, () => SourcedCandidate[], number][] = [
  [
    'same summit in two articles, day inside month',
    () => [
      cand(
        'a',
        'CONSULT',
        ['donald-trump', 'kim-jong-un'],
        [],
        ['kp', 'us'],
        month('2019-02', '2019-02-28'),
      ),
      cand('b', 'CONSULT', ['kim-jong-un'], ['donald-trump'], ['kp', 'us'], day('2019-02-27')),
    ],
    1,
  ],
  [
    'two days of talks stay two events',
    () => [
      cand('a', 'CONSULT', ['us'], ['kp'], ['kp', 'us'], day('2018-07-06')),
      cand('a', 'CONSULT', ['us'], ['kp'], ['kp', 'us'], day('2018-07-07')),
    ],
    2,
  ],
  [
    'different types never merge',
    () => [
      cand('a', 'REQUEST', ['kp'], ['us'], ['kp', 'us'], day('2019-04-18')),
      cand('a', 'ACCUSE', ['kp'], ['us'], ['kp', 'us'], day('2019-04-18')),
    ],
    2,
  ],
  [
    'different parties never merge',
    () => [
      cand('a', 'CONSULT', ['us'], ['kp'], ['kp', 'us'], day('2019-04-18')),
      cand('a', 'CONSULT', ['us'], ['kr'], ['kr', 'us'], day('2019-04-18')),
    ],
    2,
  ],
  [
    'a directed act the other way round is another event',
    () => [
      cand('a', 'REQUEST', ['kp'], ['us'], ['kp', 'us'], day('2019-04-18')),
      cand('a', 'REQUEST', ['us'], ['kp'], ['kp', 'us'], day('2019-04-18')),
    ],
    2,
  ],
  [
    'undated mention joins a recent dated one in the same article',
    () => [
      cand('a', 'REQUEST', ['kp'], ['us'], ['kp', 'us'], day('2019-04-18')),
      cand('a', 'REQUEST', ['kp'], ['us'], ['kp', 'us'], pub('2019-04-19')),
    ],
    1,
  ],
  [
    'undated mentions in different articles stay apart',
    () => [
      cand('a', 'CONSULT', ['us'], ['kp'], ['kp', 'us'], pub('2019-04-19')),
      cand('b', 'CONSULT', ['us'], ['kp'], ['kp', 'us'], pub('2019-04-19')),
    ],
    2,
  ],
  [
    'an old dated event does not absorb an undated one',
    () => [
      cand('a', 'CONSULT', ['us'], ['kp'], ['kp', 'us'], month('2019-02', '2019-02-28')),
      cand('a', 'CONSULT', ['us'], ['kp'], ['kp', 'us'], pub('2019-04-19')),
    ],
    2,
  ],
  [
    'no chaining through a wide date',
    () => [
      cand('a', 'CONSULT', ['us'], ['kp'], ['kp', 'us'], day('2019-02-01')),
      cand('a', 'CONSULT', ['us'], ['kp'], ['kp', 'us'], month('2019-02', '2019-02-28')),
      cand('a', 'CONSULT', ['us'], ['kp'], ['kp', 'us'], day('2019-02-20')),
    ],
    2,
  ],
];

describe('mergeEvents', () => {
  it.each(cases)('%s', (_name, make, n) => {
    expect(mergeEvents(make())).toHaveLength(n);
  });

  it('keeps the most precise date, every mention, and the union of actors', () => {
    const a = cand(
      'a',
      'CONSULT',
      ['donald-trump', 'kim-jong-un'],
      [],
      ['kp', 'us'],
      month('2019-02', '2019-02-28'),
      0.6,
    );
    const b = cand(
      'b',
      'CONSULT',
      ['kim-jong-un'],
      ['donald-trump'],
      ['kp', 'us'],
      day('2019-02-27'),
      0.9,
    );
    const [e] = mergeEvents([a, b]);
    expect(e!.date).toMatchObject({ start: '2019-02-27', precision: 'day', sourceId: 'b' });
    expect(e!.mentions.map((m) => m.sourceId)).toEqual(['a', 'b']);
    expect(e!.sources).toEqual(['donald-trump', 'kim-jong-un']);
    expect(e!.targets).toEqual([]);
    expect(e!.quadClass).toBe('verbal-cooperation');
    expect(e!.title).toBe(b.title);
    expect(e!.confidence).toBeCloseTo(0.95);
  });

  it('prefers a date from the text over the publication date', () => {
    const [e] = mergeEvents([
      cand('a', 'REQUEST', ['kp'], ['us'], ['kp', 'us'], pub('2019-04-19')),
      cand('a', 'REQUEST', ['kp'], ['us'], ['kp', 'us'], day('2019-04-18')),
    ]);
    expect(e!.date.basis).toBe('text');
  });

  it('orders events by date and is independent of input order', () => {
    const cs = [
      cand('a', 'CONSULT', ['us'], ['kp'], ['kp', 'us'], day('2019-04-18')),
      cand('a', 'ACCUSE', ['kp'], ['us'], ['kp', 'us'], day('2019-02-01')),
      cand('b', 'CONSULT', ['us'], ['kp'], ['kp', 'us'], day('2019-04-18')),
    ];
    const forward = mergeEvents(cs);
    expect(forward.map((e) => e.type)).toEqual(['ACCUSE', 'CONSULT']);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }),
        (shuffled) => {
          expect(mergeEvents(shuffled)).toEqual(forward);
        },
      ),
    );
  });

  it('never loses a mention', () => {
    const types: PloverType[] = ['CONSULT', 'REQUEST', 'ACCUSE'];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...types),
            fc.constantFrom('a', 'b'),
            fc.integer({ min: 1, max: 28 }),
            fc.boolean(),
          ),
          { maxLength: 12 },
        ),
        (rows) => {
          const cs = rows.map(([t, src, d, p]) => {
            const iso = `2019-02-${String(d).padStart(2, '0')}`;
            return cand(src, t, ['kp'], ['us'], ['kp', 'us'], p ? pub(iso) : day(iso));
          });
          const merged = mergeEvents(cs);
          expect(merged.reduce((n, e) => n + e.mentions.length, 0)).toBe(cs.length);
        },
      ),
    );
  });
});
