/**
 * The whole extraction of one article, on arbitrary text: it never throws and
 * every offset it returns is a slice of the text it was given, including the
 * offsets `parley` maps back into a raw file through furniture removal.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GazetteerSchema } from '../../src/compiler/curation';
import { extractArticle } from '../../src/compiler/extract-article';
import { datesOf, extractionOf, inspect, quotesOf } from '../../src/compiler/inspect';
import { buildGazetteer } from '../../src/compiler/stages/gazetteer';

const gazetteer = buildGazetteer(
  GazetteerSchema.parse(JSON.parse(readFileSync('data/curation/actors.json', 'utf8'))),
);

/** Text made of news-like pieces, so that the stages have something to find. */
const PIECES = [
  'North Korea',
  'Pyongyang',
  'the United States',
  'Kim Jong Un',
  'Sung Kim',
  'he said',
  'said on Thursday',
  'last week',
  'in February 2019',
  'urged',
  'met',
  'test-fired a missile',
  '“',
  '”',
  '"',
  "'",
  ', ',
  '. ',
  '\n',
  '\n\n',
  'SEOUL (Yonhap) — ',
  'according to state media',
  'Back To Top',
];
const newsText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 40 })
  .map((parts) => parts.join(' '));
const published = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const slices = (text: string, s: { start: number; end: number; text: string }) =>
  expect(text.slice(s.start, s.end)).toBe(s.text);

describe('extractArticle on arbitrary text', () => {
  it('never throws, and every span slices to its text', () => {
    fc.assert(
      fc.property(newsText, published, (text, pub) => {
        const x = extractArticle(text, pub, gazetteer);
        for (const m of x.actors.mentions) slices(text, m);
        for (const d of x.dates) slices(text, d);
        for (const q of x.quotes) {
          slices(text, q);
          if (q.speakerMention) slices(text, q.speakerMention);
        }
        for (const e of x.events) {
          slices(text, e.trigger);
          expect(e.sentence.start).toBeLessThan(e.sentence.end);
          expect(e.sentence.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('inspect (what parley prints) on arbitrary files', () => {
  it('maps every offset back into the file’s own text', () => {
    fc.assert(
      fc.property(newsText, published, fc.boolean(), (fileText, pub, raw) => {
        const i = inspect(fileText, gazetteer, { published: pub, raw });
        for (const d of datesOf(i)) slices(fileText, d);
        for (const q of quotesOf(i)) {
          slices(fileText, q);
          if (q.speakerMention) slices(fileText, q.speakerMention);
        }
        const x = extractionOf(i, gazetteer);
        for (const a of x.actors) slices(fileText, a);
        for (const e of x.events) slices(fileText, e.sentence);
      }),
      { numRuns: 200 },
    );
  });
});
