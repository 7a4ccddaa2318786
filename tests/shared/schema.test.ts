import { describe, expect, it } from 'vitest';
import { DatasetSchema, describeIssues, type Dataset } from '../../src/shared/schema';
import { fixtureDataset } from '../fixtures/dataset';

const clone = (): Dataset => structuredClone(fixtureDataset);
const problems = (ds: unknown) => {
  const r = DatasetSchema.safeParse(ds);
  return r.success ? [] : describeIssues(r.error, 20);
};

describe('DatasetSchema', () => {
  it('accepts a valid dataset', () => expect(problems(fixtureDataset)).toEqual([]));

  const breakages: [string, (ds: Dataset) => void, RegExp][] = [
    [
      'a different schema version',
      (ds) => ((ds as { schemaVersion: number }).schemaVersion = 2),
      /schemaVersion/,
    ],
    ['an impossible date', (ds) => (ds.events[0]!.date.start = '2019-02-30'), /calendar date/],
    [
      'a date range that ends before it starts',
      (ds) => (ds.events[0]!.date.end = '2000-01-01'),
      /starts after it ends/,
    ],
    ['a duplicate id', (ds) => (ds.events[1]!.id = ds.events[0]!.id), /duplicate id/],
    [
      'an unknown actor',
      (ds) => ds.events[0]!.targets.push('atlantis'),
      /unknown actor "atlantis"/,
    ],
    [
      'a non-country in countries',
      (ds) => ds.events[0]!.countries.push('state-department'),
      /not a country actor/,
    ],
    [
      'a quad class that does not fit the type',
      (ds) => (ds.events[0]!.quadClass = 'material-conflict'),
      /AGREE is verbal-cooperation/,
    ],
    [
      'an offset past the end of the text',
      (ds) => (ds.events[0]!.mentions[0]!.end = 10_000),
      /outside source/,
    ],
    [
      'a quote that is not its slice',
      (ds) => (ds.quotes[0]!.text = 'We were never ready,'),
      /not the slice/,
    ],
    [
      'a quote in an unknown source',
      (ds) => (ds.quotes[0]!.sourceId = 'nowhere'),
      /unknown source "nowhere"/,
    ],
    [
      'a quote of an unknown event',
      (ds) => (ds.quotes[0]!.eventId = 'nothing'),
      /unknown event "nothing"/,
    ],
    [
      'an event listing a quote of another event',
      (ds) => ds.events[1]!.quoteIds.push('q-ready'),
      /belongs to "us-ready"/,
    ],
    [
      'a speaker mention that is not its slice',
      (ds) => (ds.quotes[0]!.speakerMention!.text = 'a spokesman'),
      /speaker mention/,
    ],
    ['an upper-case id', (ds) => (ds.actors[0]!.id = 'US'), /lower-case/],
  ];
  it.each(breakages)('rejects %s', (_name, breakIt, message) => {
    const ds = clone();
    breakIt(ds);
    const found = problems(ds);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });

  it('lists at most the first problems, then says how many more', () => {
    const ds = clone();
    ds.quotes.forEach((q) => (q.text = 'wrong'));
    ds.events.forEach((e) => e.targets.push('atlantis'));
    const parsed = DatasetSchema.safeParse(ds);
    if (parsed.success) throw new Error('the broken dataset was accepted');
    const lines = describeIssues(parsed.error, 3);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/^… and \d+ more$/);
  });
});
