/**
 * A held-out corpus, the way Parley is judged: twelve made-up wire stories
 * (tests/fixtures/wire, in the styles of Reuters, AP, AFP, Yonhap, Xinhua,
 * Kyodo, Al Jazeera and two newspaper pages with their furniture), compiled
 * with the bundled gazetteer and no corrections, against what a careful reader
 * codes in them (expected.json, written before the pipeline ever ran on them).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, type CompileInput } from '../../src/compiler/run';

const DIR = 'tests/fixtures/wire';

interface ExpectedQuote {
  opening: string;
  speaker: string | null;
  country: string | null;
  fragment: boolean;
}
interface ExpectedEvent {
  type: string;
  countries: string[];
}
interface ExpectedStory {
  file: string;
  quotes: ExpectedQuote[];
  events: ExpectedEvent[];
}

const read = (path: string) => ({ path, text: readFileSync(path, 'utf8') });
const articles = new Map<string, string>();
for (const f of readdirSync(DIR)
  .filter((n) => n.endsWith('.txt'))
  .sort())
  articles.set(f, readFileSync(`${DIR}/${f}`, 'utf8'));
const input: CompileInput = {
  manifest: read(`${DIR}/manifest.json`),
  articles,
  sourcesDir: DIR,
  gazetteer: read('data/curation/actors.json'),
  corrections: { path: '(no corrections)', text: '{ "corrections": [] }' },
};
const stories = (
  JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as { stories: ExpectedStory[] }
).stories;
const result = compile(input);
const dataset = result.dataset;
const sourceOf = new Map(result.sources.map((p) => [p.source.file, p.source.id]));

/** Case, accents, curly quotes and spacing do not matter when comparing words. */
const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Attributed statements the pipeline still gets wrong, named so that a fix
 * shows up here (and a new failure fails the test):
 * - "Prince Faisal said": a royal named by title and first name is not linked
 *   to "Prince Faisal bin Abdullah" named earlier;
 * - Pak Chol-min, "a vice department director of the ruling Workers' Party's
 *   Central Committee": nothing in the words names his country.
 */
const KNOWN_MISSES = [
  '08_yonhap_koreas.txt: "The U.S. and its puppet forces" → Pak Chol-min/null',
  '08_yonhap_koreas.txt: "They will pay a dear price" → Pak Chol-min/null',
  '10_xinhua_saudi_iran.txt: "The Kingdom is committed" → Prince Faisal/null',
];

/**
 * Events a reader codes that the pipeline finds with the same PLOVER type and
 * the same set of countries: 45 of 95 (47.4%) when this test was written.
 * Before that round's fixes the corpus did not compile at all (an event with
 * no country), and article by article the extractor found 42 (44.2%). Finding
 * the party a rejection or condemnation answers ("rejected the allegation",
 * "a charge Washington denied") raised it to 52 (54.7%).
 */
const MIN_EVENT_RECALL = 0.54;

describe('held-out wire corpus', () => {
  it('compiles with no errors', () => {
    expect(result.diagnostics.errors).toEqual([]);
    expect(dataset).not.toBeNull();
    expect(dataset!.sources).toHaveLength(stories.length);
  });

  it('gives every attributed statement its speaker and the speaker’s country', () => {
    const actors = new Map(dataset!.actors.map((a) => [a.id, a]));
    const wrong: string[] = [];
    let checked = 0;
    for (const story of stories) {
      const quotes = dataset!.quotes.filter((q) => q.sourceId === sourceOf.get(story.file));
      for (const e of story.quotes) {
        if (e.fragment || e.speaker === null) continue;
        checked++;
        const q = quotes.find((x) => norm(x.text).includes(norm(e.opening)));
        const actor = q?.speakerId ? actors.get(q.speakerId) : undefined;
        const name = actor?.name ?? q?.speakerMention?.text ?? null;
        const country = actor?.country ?? null;
        if (!q || name === null || norm(name) !== norm(e.speaker) || country !== e.country)
          wrong.push(`${story.file}: "${e.opening}" → ${q ? `${name}/${country}` : 'not found'}`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(wrong).toEqual(KNOWN_MISSES);
  });

  it(`finds at least ${MIN_EVENT_RECALL * 100}% of the events a reader codes (type and countries)`, () => {
    let found = 0;
    let total = 0;
    for (const story of stories) {
      const id = sourceOf.get(story.file);
      const events = dataset!.events.filter((e) => e.mentions.some((m) => m.sourceId === id));
      const used = new Set<number>();
      for (const e of story.events) {
        total++;
        const key = [...e.countries].sort().join();
        const i = events.findIndex(
          (x, k) => !used.has(k) && x.type === e.type && [...x.countries].sort().join() === key,
        );
        if (i >= 0) {
          used.add(i);
          found++;
        }
      }
    }
    expect(total).toBe(95);
    expect(found / total).toBeGreaterThanOrEqual(MIN_EVENT_RECALL);
  });
});
