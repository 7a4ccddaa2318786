/**
 * The synthetic dataset generator: valid, repeatable, and shaped like news
 * (skewed countries, 30 bursty years, mostly day-precise, mostly bilateral,
 * quotes that are exact slices). One 3,000-event dataset serves every check.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/generate/synthetic';
import {
  DatasetSchema,
  describeIssues,
  type InlineDataset,
  type Event,
} from '../../src/shared/schema';
import { PLOVER_TYPES } from '../../src/shared/plover';
import { compareByDate } from '../../src/shared/order';

const EVENTS = 3000;
let ds: InlineDataset;
let sourceText: Map<string, string>;

beforeAll(() => {
  ds = generateDataset({ events: EVENTS, seed: 7 });
  sourceText = new Map(ds.sources.map((s) => [s.id, s.text]));
});

const share = (f: (e: Event) => boolean) => ds.events.filter(f).length / ds.events.length;
const countBy = <T>(items: readonly T[], key: (t: T) => string) => {
  const counts = new Map<string, number>();
  for (const it of items) counts.set(key(it), (counts.get(key(it)) ?? 0) + 1);
  return counts;
};

describe('generateDataset', () => {
  it('is valid under DatasetSchema, with the number of events asked for', () => {
    const parsed = DatasetSchema.safeParse(ds);
    expect(parsed.success ? [] : describeIssues(parsed.error)).toEqual([]);
    expect(ds.events).toHaveLength(EVENTS);
  });

  it('gives the same JSON for the same seed and different JSON for another', () => {
    const json = JSON.stringify(ds);
    expect(JSON.stringify(generateDataset({ events: EVENTS, seed: 7 }))).toBe(json);
    expect(JSON.stringify(generateDataset({ events: EVENTS, seed: 8 }))).not.toBe(json);
  });

  it('refuses a count that is not a positive whole number', () => {
    expect(() => generateDataset({ events: 0, seed: 1 })).toThrow(RangeError);
    expect(() => generateDataset({ events: 2.5, seed: 1 })).toThrow(RangeError);
  });

  it('sorts events with compareByDate, ids in the schema form', () => {
    const sorted = [...ds.events].sort(compareByDate);
    expect(sorted.map((e) => e.id)).toEqual(ds.events.map((e) => e.id));
    expect(ds.events[0]!.id).toBe('e000000');
    for (const e of ds.events) expect(e.id).toMatch(/^e\d{6}$/);
  });

  it('has 40 real countries, the top three in well over half the events', () => {
    const countries = ds.actors.filter((a) => a.kind === 'country');
    expect(countries).toHaveLength(40);
    expect(countries.find((c) => c.id === 'us')?.name).toBe('United States');
    expect(countries.find((c) => c.id === 'kp')?.name).toBe('North Korea');
    const perCountry = countBy(
      ds.events.flatMap((e) => e.countries),
      (id) => id,
    );
    expect(perCountry.size).toBeGreaterThan(30);
    const top3 = new Set(
      [...perCountry]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([id]) => id),
    );
    expect(share((e) => e.countries.some((id) => top3.has(id)))).toBeGreaterThan(0.6);
  });

  it('spreads events over 1995–2024, every year, with bursts', () => {
    const starts = ds.events.map((e) => e.date.start);
    const ends = ds.events.map((e) => e.date.end);
    expect(starts.every((d) => d >= '1995-01-01')).toBe(true);
    expect(ends.every((d) => d <= '2024-12-31')).toBe(true);
    expect(new Set(starts.map((d) => d.slice(0, 4))).size).toBe(30);
    // Uniform dates would put about 8 events in each of the 360 months; a burst piles up more.
    const months = countBy(ds.events, (e) => e.date.start.slice(0, 7));
    expect(Math.max(...months.values())).toBeGreaterThan((3 * EVENTS) / 360);
  });

  it('mixes precisions about 70/8/15/7', () => {
    const of = (p: string) => share((e) => e.date.precision === p);
    expect(of('day')).toBeGreaterThan(0.62);
    expect(of('day')).toBeLessThan(0.78);
    expect(of('week')).toBeGreaterThan(0.04);
    expect(of('week')).toBeLessThan(0.12);
    expect(of('month')).toBeGreaterThan(0.1);
    expect(of('month')).toBeLessThan(0.2);
    expect(of('year')).toBeGreaterThan(0.03);
    expect(of('year')).toBeLessThan(0.11);
  });

  it('has every PLOVER type, verbal ones commoner than material', () => {
    expect(new Set(ds.events.map((e) => e.type))).toEqual(new Set(PLOVER_TYPES));
    expect(share((e) => e.quadClass.startsWith('verbal'))).toBeGreaterThan(0.55);
  });

  it('makes most events bilateral, some national, some among 3–4 countries', () => {
    const k = (n: (k: number) => boolean) => share((e) => n(e.countries.length));
    expect(k((n) => n === 2)).toBeGreaterThan(0.6);
    expect(k((n) => n === 1)).toBeGreaterThan(0.08);
    expect(k((n) => n >= 3)).toBeGreaterThan(0.08);
    expect(k((n) => n > 4)).toBe(0);
    for (const e of ds.events) expect(e.countries).toEqual([...new Set(e.countries)].sort());
  });

  it('gives people a country and uses them as actors and speakers', () => {
    const people = new Map(ds.actors.filter((a) => a.kind === 'person').map((a) => [a.id, a]));
    expect(people.size).toBeGreaterThanOrEqual(80);
    for (const p of people.values()) expect(p.country).toMatch(/^[a-z]{2}$/);
    expect(share((e) => [...e.sources, ...e.targets].some((id) => people.has(id)))).toBeGreaterThan(
      0.05,
    );
    expect(ds.quotes.some((q) => q.speakerId !== null && people.has(q.speakerId))).toBe(true);
  });

  it('writes quotes for about 30% of events, each an exact slice with its speaker', () => {
    expect(share((e) => e.quoteIds.length > 0)).toBeGreaterThan(0.25);
    expect(share((e) => e.quoteIds.length > 0)).toBeLessThan(0.35);
    expect(Math.max(...ds.events.map((e) => e.quoteIds.length))).toBe(2);
    for (const q of ds.quotes) {
      const text = sourceText.get(q.sourceId)!;
      expect(text.slice(q.start, q.end)).toBe(q.text);
      const m = q.speakerMention!;
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(q.speakerId).not.toBeNull();
    }
    expect(ds.quotes.some((q) => q.fragment)).toBe(true);
  });

  it('dates each event by its first article: words in the sentence, or the publication', () => {
    const published = new Map(ds.sources.map((s) => [s.id, s.published]));
    for (const e of ds.events) {
      const d = e.date;
      expect(d.resolvedAgainst).toBe(published.get(d.sourceId));
      expect(d.end <= d.resolvedAgainst).toBe(true);
      const first = e.mentions[0]!;
      expect(first.sourceId).toBe(d.sourceId);
      const words = sourceText.get(first.sourceId)!.slice(first.start, first.end);
      expect(words).toMatch(/^[A-Z].*\.$/);
      if (d.basis === 'publication') {
        expect([d.text, d.start, d.precision]).toEqual([null, d.resolvedAgainst, 'day']);
      } else {
        expect(words).toContain(d.text);
      }
    }
    expect(share((e) => e.date.basis === 'publication')).toBeGreaterThan(0.05);
  });

  it('puts 20–50 events in an article (the last may take a short remainder)', () => {
    const perSource = countBy(ds.events, (e) => e.date.sourceId);
    expect(perSource.size).toBe(ds.sources.length);
    for (const n of perSource.values()) {
      expect(n).toBeGreaterThanOrEqual(20);
      expect(n).toBeLessThan(70);
    }
    expect(share((e) => new Set(e.mentions.map((m) => m.sourceId)).size > 1)).toBeGreaterThan(0);
    expect(new Set(ds.sources.map((s) => s.title)).size).toBeGreaterThan(ds.sources.length / 2);
  });
});
