/**
 * Fuzzing the query string: whatever a link holds, the codec gives a view that
 * is valid for the dataset, keeps every valid part, and reports every part it
 * could not keep. The oracle (expectedIgnored) is written from the rules, not
 * from the codec.
 */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LinkNotice } from '../../../src/app/features/filters/LinkNotice';
import { droppedParams, noticeWords, PARAM_WORDS } from '../../../src/app/state/urlNotice';
import {
  encodeView,
  parseView,
  readView,
  sanitizeView,
  URL_LIMITS,
  VIEW_PARAMS,
  type ViewParam,
} from '../../../src/app/state/urlCodec';
import { mergeSearch } from '../../../src/app/state/useUrlSync';
import type { View } from '../../../src/app/state/view';
import { PLOVER_TYPES } from '../../../src/shared/plover';
import { sourceTextLength, type Dataset } from '../../../src/shared/schema';
import { fixtureDataset } from '../../fixtures/dataset';
import {
  dateArb,
  expectedIgnored,
  PAYLOADS,
  isLinkDate,
  PARAMS,
  queryStringArb,
  vocabularyOf,
  type UrlVocabulary,
} from '../../fixtures/urlArbitraries';

const bundled: Dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
/**
 * The fixture as a large corpus has it: an article kept in a file of its own,
 * and an event id past 64 characters (a long title slug with a counter).
 */
const LONG_ID = '2018-09-17-south-korea-and-north-korea-hold-a-summit-in-panmunjom-2';
const corpus: Dataset = {
  ...fixtureDataset,
  events: fixtureDataset.events.map((e) => (e.id === 'inter-korean' ? { ...e, id: LONG_ID } : e)),
  sources: fixtureDataset.sources.map((s, i) =>
    i === 0
      ? {
          ...s,
          text: undefined,
          textFile: 'texts/a.txt',
          textLength: sourceTextLength(s),
          textSha256: '0'.repeat(64),
        }
      : s,
  ),
};

const sortedUnique = (xs: string[]) => [...new Set(xs)].sort();

/** The view holds only what the dataset knows, in the forms the app relies on. */
function expectValidView(v: View, ds: Dataset): void {
  const f = v.filters;
  const countries = new Set(ds.actors.filter((a) => a.kind === 'country').map((a) => a.id));
  expect(f.countries.every((c) => countries.has(c))).toBe(true);
  expect(f.countries).toEqual(sortedUnique(f.countries));
  expect(f.countries.length).toBeLessThanOrEqual(URL_LIMITS.countries);
  expect(['any', 'all']).toContain(f.match);
  expect(f.types.every((t) => (PLOVER_TYPES as readonly string[]).includes(t))).toBe(true);
  expect(f.types).toEqual(sortedUnique(f.types));
  for (const d of [f.from, f.to]) if (d !== null) expect(isLinkDate(d)).toBe(true);
  if (f.from !== null && f.to !== null) expect(f.from <= f.to).toBe(true);
  expect(typeof f.text).toBe('string');
  expect(f.text.length).toBeLessThanOrEqual(URL_LIMITS.text);
  if (v.window) {
    expect(isLinkDate(v.window.start) && isLinkDate(v.window.end)).toBe(true);
    expect(v.window.start < v.window.end).toBe(true);
  }
  if (v.selected !== null) expect(ds.events.some((e) => e.id === v.selected)).toBe(true);
  if (v.source) {
    const source = ds.sources.find((s) => s.id === v.source!.id);
    expect(source).toBeDefined();
    const h = v.source.highlight;
    if (h) {
      expect(Number.isSafeInteger(h.start) && Number.isSafeInteger(h.end)).toBe(true);
      expect(0 <= h.start && h.start < h.end && h.end <= sourceTextLength(source!)).toBe(true);
    }
  }
}

/** Each parameter the link gave and the oracle accepts is in the view, as given. */
function expectValidPartsKept(search: string, v: View, ignored: ViewParam[]): void {
  const params = new URLSearchParams(search);
  const items = (s: string) => s.split(',').filter((x) => x !== '');
  for (const k of VIEW_PARAMS) {
    const given = params.getAll(k).find((x) => x !== '');
    const f = v.filters;
    if (given === undefined) {
      // Nothing asked, nothing set (from and to fall together, h goes with s).
      const unset: Partial<Record<ViewParam, boolean>> = {
        c: f.countries.length === 0,
        m: f.match === 'any',
        t: f.types.length === 0,
        from: f.from === null,
        to: f.to === null,
        q: f.text === '',
        w: v.window === null,
        e: v.selected === null,
        s: v.source === null,
        h: !v.source?.highlight,
      };
      expect(unset[k], `“${k}” set from nothing in ${search.slice(0, 200)}`).toBe(true);
      continue;
    }
    if (ignored.includes(k)) continue;
    const kept: Record<ViewParam, () => boolean> = {
      c: () => sortedUnique(items(given).map((c) => c.toLowerCase())).join() === f.countries.join(),
      m: () => f.match === given,
      t: () => sortedUnique(items(given).map((t) => t.toUpperCase())).join() === f.types.join(),
      from: () => f.from === given,
      to: () => f.to === given,
      q: () => f.text === given,
      w: () => `${v.window?.start}..${v.window?.end}` === given,
      e: () => v.selected === given,
      s: () => v.source?.id === given,
      h: () => {
        const h = v.source?.highlight;
        return !!h && given.split('-').map(Number).join() === `${h.start},${h.end}`;
      },
    };
    expect(kept[k](), `“${k}” should be kept from ${search.slice(0, 200)}`).toBe(true);
  }
}

/** parseView then sanitizeView, checked against the oracle. */
function checkLink(search: string, ds: Dataset, vocab: UrlVocabulary): void {
  const parsed = parseView(search);
  const clean = sanitizeView(parsed.view, ds);
  expectValidView(clean.view, ds);
  const expected = expectedIgnored(search, vocab);
  const reported = droppedParams([...parsed.dropped, ...clean.dropped]);
  // A dropped source takes its highlight with it, and saying so once is enough.
  const covered = (p: ViewParam) => reported.includes(p) || (p === 'h' && reported.includes('s'));
  expect(
    expected.filter((p) => !covered(p)),
    'ignored but not reported',
  ).toEqual([]);
  expect(
    reported.filter((p) => !expected.includes(p)),
    'reported but valid',
  ).toEqual([]);
  expectValidPartsKept(search, clean.view, expected);

  // The app's own path gives the same view, and a summary that still names every part.
  const read = readView(search, ds);
  expect(read.view).toEqual(clean.view);
  expect(droppedParams(read.dropped)).toEqual(reported);
  expect(read.dropped.length).toBeLessThanOrEqual(8 + VIEW_PARAMS.length + 1);
  expect(read.dropped.every((note) => note.length <= 100)).toBe(true);
  const words = noticeWords(read.dropped);
  expect(words.every((w) => Object.values(PARAM_WORDS).includes(w))).toBe(true);
  expect(read.dropped.length === 0).toBe(expected.length === 0);
}

/** As `location.search` has it, or without the `?`, or with one too many. */
const withQuestionMark = (qs: fc.Arbitrary<string>) =>
  fc.tuple(fc.constantFrom('', '?', '??'), qs).map(([q, s]) => q + s);

describe('the codec under fuzzed query strings', () => {
  it('names the same parameters as the oracle', () => {
    expect([...PARAMS]).toEqual([...VIEW_PARAMS]);
  });

  it.each([
    ['the fixture', fixtureDataset, 1000],
    ['the bundled dataset', bundled, 300],
    ['a large corpus', corpus, 300],
  ] as const)(
    'keeps the valid parts and reports the rest (%s)',
    (_name, ds, numRuns) => {
      const vocab = vocabularyOf(ds);
      const query = withQuestionMark(queryStringArb(vocab, { dataset: true }));
      fc.assert(
        fc.property(query, (search) => checkLink(search, ds, vocab)),
        { seed: 5_2019, numRuns },
      );
    },
    60_000,
  );

  it('survives raw junk, lone surrogates included', () => {
    const vocab = vocabularyOf(fixtureDataset);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (search) =>
        checkLink(search, fixtureDataset, vocab),
      ),
      { seed: 5_2020, numRuns: 500 },
    );
  }, 60_000);
});

/** Views a link to this dataset can hold: every part valid and known. */
function validViewArb(ds: Dataset): fc.Arbitrary<View> {
  const vocab = vocabularyOf(ds);
  const sorted = <T extends string>(xs: T[]) => [...xs].sort();
  const range = fc
    .tuple(dateArb, dateArb)
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => (a < b ? [a, b] : [b, a]));
  const source = fc.constantFrom(...vocab.sources).chain((src) =>
    fc.record({
      id: fc.constant(src.id),
      highlight: fc.option(
        fc
          .tuple(fc.nat(src.length), fc.nat(src.length))
          .filter(([a, b]) => a !== b)
          .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
      ),
    }),
  );
  return fc.record({
    filters: fc
      .record({
        countries: fc.subarray(vocab.countries).map(sorted),
        match: fc.constantFrom('any' as const, 'all' as const),
        types: fc.subarray([...PLOVER_TYPES]).map(sorted),
        range: fc.option(range),
        from: fc.option(dateArb),
        text: fc.oneof(
          fc.constantFrom(...PAYLOADS),
          fc.string({ unit: 'grapheme', maxLength: 80 }).filter((t) => t.length <= 200),
        ),
      })
      .map(({ range, from, ...f }) => ({
        ...f,
        // A range, or a lone `from` (the other half open).
        from: range ? range[0]! : from,
        to: range ? range[1]! : null,
      })),
    window: fc.option(range.map(([start, end]) => ({ start: start!, end: end! }))),
    selected: fc.option(fc.constantFrom(...vocab.events)),
    source: fc.option(source),
  });
}

describe('links the app writes', () => {
  it.each([
    ['the fixture', fixtureDataset],
    ['the bundled dataset', bundled],
    ['a large corpus', corpus],
  ] as const)(
    'come back whole, beside foreign parameters (%s)',
    (_name, ds) => {
      const foreign = fc.constantFrom(
        '',
        '?utm_source=newsletter&fbclid=IwAR0x',
        '?dataset=data%2Fother.json&ref=%E0%A4%A',
      );
      fc.assert(
        fc.property(validViewArb(ds), foreign, (v, before) => {
          const search = mergeSearch(before, encodeView(v));
          const read = readView(search, ds);
          expect(read.view).toEqual(v);
          expect(read.dropped).toEqual([]);
          // Parameters that are not Parley's stay as they were, first.
          expect(search.startsWith(before)).toBe(true);
          expect(mergeSearch(search, encodeView(read.view))).toBe(search);
        }),
        { seed: 5_2021, numRuns: 500 },
      );
    },
    60_000,
  );
});

describe('the notice', () => {
  const vocab = vocabularyOf(fixtureDataset);
  const notice = (dropped: string[]) =>
    renderToStaticMarkup(createElement(LinkNotice, { dropped, onDismiss: () => {} }));

  it('names what was ignored in a few plain words, and never what the link held', () => {
    fc.assert(
      fc.property(queryStringArb(vocab, { dataset: true }), (search) => {
        const html = notice(readView(search, fixtureDataset).dropped);
        const expected = expectedIgnored(search, vocab);
        if (expected.length === 0) return void expect(html).toBe('');
        const text = html.replace(/<[^>]*>/g, '');
        expect(text.length).toBeLessThanOrEqual(200);
        for (const p of expected)
          if (!(p === 'h' && expected.includes('s'))) expect(text).toContain(PARAM_WORDS[p]);
        // Only the notice's own markup: nothing from the link, not even escaped.
        expect(html).not.toMatch(/script|onerror|javascript|&lt;|&quot;/i);
      }),
      { seed: 5_2022, numRuns: 300 },
    );
  }, 60_000);

  it('reads as a sentence', () => {
    const { dropped } = readView('c=zz&from=2019-02-30&w=banana&utm_source=x', fixtureDataset);
    expect(notice(dropped)).toContain(
      'Parts of this link were not understood and were ignored: countries, dates and time window.',
    );
  });
});
