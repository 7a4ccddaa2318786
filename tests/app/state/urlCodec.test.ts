import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeView, parseView, URL_LIMITS } from '../../../src/app/state/urlCodec';
import { DEFAULT_VIEW, type View } from '../../../src/app/state/view';
import { PLOVER_TYPES } from '../../../src/shared/plover';

type ViewPatch = Partial<Omit<View, 'filters'>> & { filters?: Partial<View['filters']> };

const view = (patch: ViewPatch = {}): View => ({
  ...DEFAULT_VIEW,
  ...patch,
  filters: { ...DEFAULT_VIEW.filters, ...patch.filters },
});

describe('encodeView', () => {
  it('writes nothing for the default view', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
  });

  it('writes every part in a fixed order, readable', () => {
    const v = view({
      filters: {
        countries: ['jp', 'us'],
        match: 'all',
        types: ['AGREE', 'CONSULT'],
        from: '2018-01-01',
        to: '2019-12-31',
        text: 'summit',
      },
      window: { start: '2018-06-01', end: '2019-03-01' },
      selected: 'us-ready',
      source: { id: 'src-a', highlight: { start: 120, end: 180 } },
    });
    expect(encodeView(v)).toBe(
      'c=jp,us&m=all&t=AGREE,CONSULT&from=2018-01-01&to=2019-12-31&q=summit' +
        '&w=2018-06-01..2019-03-01&e=us-ready&s=src-a&h=120-180',
    );
  });

  it('sorts lists so equal views give equal strings', () => {
    const a = encodeView(
      view({ filters: { countries: ['us', 'jp'], types: ['CONSULT', 'AGREE'] } }),
    );
    expect(a).toBe('c=jp,us&t=AGREE,CONSULT');
  });

  it('escapes text but keeps spaces and commas readable', () => {
    expect(encodeView(view({ filters: { text: 'Kim, Moon & “peace”' } }))).toBe(
      'q=Kim,+Moon+%26+%E2%80%9Cpeace%E2%80%9D',
    );
  });

  it('leaves out parts that are not valid instead of throwing', () => {
    const bad = view({
      filters: { countries: ['J P'], from: '2019-02-30', to: null, text: '\uD800' },
      window: { start: '2019-01-01', end: '2018-01-01' },
      selected: '<x>',
      source: { id: 'src-a', highlight: { start: 5, end: 2 } },
    });
    expect(encodeView(bad)).toBe('q=%EF%BF%BD&s=src-a');
    expect(encodeView(null as unknown as View)).toBe('');
  });
});

describe('parseView', () => {
  const cases: [string, ViewPatch, RegExp[]][] = [
    ['', {}, []],
    ['?c=us,jp', { filters: { countries: ['jp', 'us'] } }, []],
    ['c=JP,,us,jp', { filters: { countries: ['jp', 'us'] } }, []],
    ['c=jp,J%20P,<b>', { filters: { countries: ['jp'] } }, [/country “j p”/, /country “<b>”/]],
    ['m=all', { filters: { match: 'all' } }, []],
    ['m=most', {}, [/match “most”/]],
    ['t=consult,AGREE,FOO', { filters: { types: ['AGREE', 'CONSULT'] } }, [/event type “FOO”/]],
    ['from=2018-06-01', { filters: { from: '2018-06-01' } }, []],
    [
      'from=2019-02-30&to=2019-03-01',
      { filters: { to: '2019-03-01' } },
      [/from date “2019-02-30”/],
    ],
    ['from=2019-03-01&to=2018-01-01', {}, [/date range .* ends before it starts/]],
    ['from=1%2F6%2F2018', {}, [/from date/]],
    ['q=summit+talks', { filters: { text: 'summit talks' } }, []],
    [
      'q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      { filters: { text: '<script>alert(1)</script>' } },
      [],
    ],
    ['w=2018-06-01..2019-03-01', { window: { start: '2018-06-01', end: '2019-03-01' } }, []],
    ['w=2019-03-01..2018-06-01', {}, [/time window/]],
    ['w=2019-03-01..2019-03-01', {}, [/time window/]],
    ['w=2018-06-01..2019-03-01..2020-01-01', {}, [/time window/]],
    ['w=2018-06-01', {}, [/time window/]],
    ['e=us-ready', { selected: 'us-ready' }, []],
    ['e=../etc/passwd', {}, [/event “..\/etc\/passwd”/]],
    ['s=src-a', { source: { id: 'src-a', highlight: null } }, []],
    ['s=src-a&h=10-20', { source: { id: 'src-a', highlight: { start: 10, end: 20 } } }, []],
    ['s=src-a&h=20-10', { source: { id: 'src-a', highlight: null } }, [/highlight “20-10”/]],
    ['s=src-a&h=1-99999999999', { source: { id: 'src-a', highlight: null } }, [/highlight/]],
    ['s=src-a&h=1-999999999', { source: { id: 'src-a', highlight: null } }, [/highlight/]],
    ['s=src-a&h=-1-5', { source: { id: 'src-a', highlight: null } }, [/highlight/]],
    ['h=10-20', {}, [/no source/]],
    ['s=Src_A&h=10-20', {}, [/source “Src_A”/, /no source/]],
    ['c=jp&c=us', { filters: { countries: ['jp'] } }, [/repeated “c”/]],
    ['dataset=other.json&foo=bar&c=jp', { filters: { countries: ['jp'] } }, []],
  ];

  it.each(cases)('%s', (search, expected, dropped) => {
    const parsed = parseView(search);
    expect(parsed.view).toEqual(view(expected));
    expect(parsed.dropped).toHaveLength(dropped.length);
    dropped.forEach((re, i) => expect(parsed.dropped[i]).toMatch(re));
  });

  it('cuts very long search text and says so', () => {
    const parsed = parseView(`q=${'a'.repeat(10_000)}`);
    expect(parsed.view.filters.text).toBe('a'.repeat(URL_LIMITS.text));
    expect(parsed.dropped).toEqual([`search text past ${URL_LIMITS.text} characters`]);
  });

  it('ignores an over-long list outright and keeps notices short', () => {
    expect(parseView(`c=${'jp,'.repeat(5000)}`).view.filters.countries).toEqual([]);
    const junk = parseView(`t=${Array.from({ length: 40 }, (_, i) => `X${i}`).join(',')}`);
    expect(junk.view.filters.types).toEqual([]);
    expect(junk.dropped).toHaveLength(9);
    expect(junk.dropped[8]).toBe('32 more');
  });

  it('keeps at most the country limit', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    const parsed = parseView(`c=${ids.join(',')}`);
    expect(parsed.view.filters.countries).toEqual(ids.slice(0, URL_LIMITS.countries));
    expect(parsed.dropped).toEqual([`countries past the first ${URL_LIMITS.countries}`]);
  });

  const hostile: unknown[] = [
    '?',
    '???',
    '&&&==&',
    '%',
    '%E0%A4%A',
    '%uD800',
    'c',
    'c=',
    'c=,,,',
    '<script>alert(1)</script>',
    'c=<script>alert(1)</script>&t=<img src=x onerror=alert(1)>',
    '__proto__=1&constructor=x&c=__proto__&e=constructor',
    'x'.repeat(10_000),
    `w=${'2018-01-01..'.repeat(1000)}`,
    `e=${'a'.repeat(10_000)}`,
    `s=${'a'.repeat(100)}&h=${'9'.repeat(400)}-1`,
    'from=0000-00-00&to=9999-99-99',
    'from=+002018-01-01',
    'm=ALL&m=any',
    'q=%00%0A%0D',
    123,
    null,
    undefined,
    {},
    ['c=jp'],
  ];

  it.each(hostile.map((h) => [String(h).slice(0, 40), h]))(
    'survives hostile input %s',
    (_label, input) => {
      const parsed = parseView(input as string);
      const v = parsed.view;
      expect(Array.isArray(v.filters.countries)).toBe(true);
      expect(v.filters.countries.every((c) => /^[a-z0-9][a-z0-9-]*$/.test(c))).toBe(true);
      expect(v.filters.types.every((t) => (PLOVER_TYPES as readonly string[]).includes(t))).toBe(
        true,
      );
      expect(['any', 'all']).toContain(v.filters.match);
      expect(v.filters.text.length).toBeLessThanOrEqual(URL_LIMITS.text);
      expect(parsed.dropped.length).toBeLessThanOrEqual(9);
      // Whatever came in, what is kept is a stable, valid view.
      expect(parseView(encodeView(v)).view).toEqual(v);
    },
  );

  it('gives defaults for input of the wrong type', () => {
    expect(parseView(42 as unknown as string).view).toEqual(DEFAULT_VIEW);
    expect(parseView(null as unknown as string).view).toEqual(DEFAULT_VIEW);
  });

  it('survives random junk', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (junk) => {
        const parsed = parseView(junk);
        expect(parseView(encodeView(parsed.view)).view).toEqual(parsed.view);
      }),
      { seed: 20190419, numRuns: 500 },
    );
  });
});

describe('round trip', () => {
  const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
  const date = fc
    .date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(2100, 11, 31)),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const sorted = <T extends string>(xs: T[]) => [...xs].sort();
  const offsets = fc
    .tuple(fc.nat(URL_LIMITS.offset), fc.nat(URL_LIMITS.offset))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
  const validView: fc.Arbitrary<View> = fc
    .record({
      filters: fc.record({
        countries: fc.uniqueArray(id, { maxLength: 8 }).map(sorted),
        match: fc.constantFrom('any' as const, 'all' as const),
        types: fc.subarray([...PLOVER_TYPES]).map(sorted),
        from: fc.option(date),
        to: fc.option(date),
        text: fc.string({ unit: 'binary', maxLength: 100 }),
      }),
      window: fc.option(
        fc
          .tuple(date, date)
          .filter(([a, b]) => a !== b)
          .map(([a, b]) => ({ start: a < b ? a : b, end: a < b ? b : a })),
      ),
      selected: fc.option(id),
      source: fc.option(fc.record({ id, highlight: fc.option(offsets) })),
    })
    .map((v) => {
      const { from, to } = v.filters;
      // A valid range never ends before it starts.
      return from && to && from > to ? { ...v, filters: { ...v.filters, from: to, to: from } } : v;
    });

  it('parseView(encodeView(v)) gives back v, with nothing dropped', () => {
    fc.assert(
      fc.property(validView, (v) => {
        const parsed = parseView(encodeView(v));
        expect(parsed.view).toEqual(v);
        expect(parsed.dropped).toEqual([]);
      }),
      { seed: 71, numRuns: 300 },
    );
  });

  it('encodes deterministically', () => {
    fc.assert(
      fc.property(validView, (v) => encodeView(structuredClone(v)) === encodeView(v)),
      { seed: 72, numRuns: 200 },
    );
  });
});
