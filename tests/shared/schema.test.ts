import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { externalizeTexts } from '../../src/generate/externalTexts';
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

describe('SourceSchema: a text inline or in a file of its own', () => {
  const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
  /** The fixture with every text moved out to texts/<id>.txt, as `generate --texts-dir` does. */
  const external = (): Dataset => externalizeTexts(fixtureDataset, 'texts', sha256).dataset;
  const source = (ds: Dataset, i: number) => ds.sources[i] as Record<string, unknown>;

  it('accepts external texts, and a mix of both forms', () => {
    const ds = external();
    expect(ds.sources[0]).toMatchObject({ textFile: 'texts/src-a.txt', textLength: 197 });
    expect(source(ds, 0).text).toBeUndefined();
    expect(problems(ds)).toEqual([]);
    ds.sources[1] = fixtureDataset.sources[1]!;
    expect(problems(ds)).toEqual([]);
  });

  const wrongs: [string, (ds: Dataset) => void, RegExp][] = [
    [
      'both text and textFile',
      (ds) => (source(ds, 0).text = fixtureDataset.sources[0]!.text),
      /sources.0.?: a source has both "text" and "textFile"/,
    ],
    [
      'neither text nor textFile',
      (ds) => delete source(ds, 0).textFile,
      /sources.0.?: a source needs its text: "text" inline, or "textFile"/,
    ],
    [
      'a textFile without its length',
      (ds) => delete source(ds, 1).textLength,
      /sources.1.?: "textFile" needs "textLength"/,
    ],
    [
      'a hash that is not hex SHA-256',
      (ds) => (source(ds, 0).textSha256 = 'not-a-hash'),
      /sources.0.{1,2}textSha256: textSha256 must be 64 lower-case hex digits/,
    ],
    [
      'a textFile on another site',
      (ds) => (source(ds, 0).textFile = 'https://elsewhere.example/a.txt'),
      /sources.0.{1,2}textFile: textFile must be a path relative to the dataset file/,
    ],
    [
      'a textFile from the site root',
      (ds) => (source(ds, 0).textFile = '/etc/passwd'),
      /textFile must be a path relative/,
    ],
    [
      'a span past the textLength',
      (ds) => (source(ds, 0).textLength = 20),
      /span \d+–\d+ is outside source "src-a" \(length 20\)/,
    ],
  ];
  it.each(wrongs)('rejects %s, saying which', (_name, breakIt, message) => {
    const ds = external();
    breakIt(ds);
    expect(problems(ds).join('\n')).toMatch(message);
  });

  it('checks quotes of an external text when it arrives, not at load', () => {
    // The dataset alone cannot know the words: src/app/data/sourceText.ts checks them.
    const ds = external();
    ds.quotes[0]!.text = 'We were never ready,';
    expect(problems(ds)).toEqual([]);
    const inline = clone();
    inline.quotes[0]!.text = 'We were never ready,';
    expect(problems(inline).join('\n')).toMatch(/not the slice/);
  });
});
