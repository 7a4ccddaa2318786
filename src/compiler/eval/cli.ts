/**
 * `npm run eval`: precision, recall and F1 of automatic extraction on the five
 * bundled articles (quotes, speakers, dates, countries, events) and date
 * values on MEANTIME (../shared/eval/meantime-timex.json, when present: it is
 * evaluation data, read in place and never copied into the project).
 * Prints a table and writes results/eval.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extractArticle, type ArticleExtraction } from '../extract-article';
import { extractionJobs, plan } from '../run';
import { extractDates } from '../stages/extract-dates';
import { GoldDatesSchema, GoldSchema, scoreFiveArticles } from './five-articles';
import { scoreMeantime } from './meantime';
import type { Score } from './score';

const MEANTIME = '../shared/eval/meantime-timex.json';
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const read = (path: string) => ({ path, text: readFileSync(path, 'utf8') });

const articles = new Map<string, string>();
const manifest = read('data/sources/manifest.json');
for (const e of JSON.parse(manifest.text) as { file: string }[])
  articles.set(e.file, readFileSync(`data/sources/${e.file}`, 'utf8'));
const gazetteerFile = read('data/curation/actors.json');
const planned = plan({
  manifest,
  articles,
  sourcesDir: 'data/sources',
  gazetteer: gazetteerFile,
  corrections: { path: '(none)', text: '{"corrections": []}' },
});
if (!planned.ready)
  throw new Error('the bundled corpus does not compile: run `npm run compile` to see why');
const jobs = extractionJobs(planned);
const gazetteer = planned.ready.gazetteer;
const extractions = new Map<string, ArticleExtraction>(
  jobs.map((j) => [j.id, extractArticle(j.text, j.published, gazetteer)]),
);
const five = scoreFiveArticles(
  GoldSchema.parse(readJson('data/eval/five-articles.gold.json')),
  GoldDatesSchema.parse(readJson('data/eval/five-articles.dates.json')),
  jobs,
  extractions,
);
const meantime = existsSync(MEANTIME)
  ? scoreMeantime(readJson(MEANTIME), (text, published) => extractDates(text, published))
  : null;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
const row = (name: string, s: Pick<Score, 'precision' | 'recall' | 'f1'> & { gold: number }) =>
  `${name.padEnd(30)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}${String(s.gold).padStart(7)}`;
console.log(
  `${'five articles (automatic only)'.padEnd(30)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}${'gold'.padStart(7)}`,
);
for (const key of ['quotes', 'speakers', 'dates', 'countries', 'events'] as const)
  console.log(row(`  ${key}`, five[key]));
for (const miss of five.quoteMisses) console.log(`    ${miss}`);
if (meantime) console.log(row('MEANTIME DATE values', meantime));
else
  console.log(
    `MEANTIME: ${MEANTIME} is absent, so date values on MEANTIME were not measured. ` +
      'It is evaluation data kept outside the project (see ../shared/eval/README.md).',
  );

mkdirSync('results', { recursive: true });
writeFileSync(
  'results/eval.json',
  `${JSON.stringify(
    {
      fiveArticles: five,
      // The misses quote MEANTIME's text, which stays outside the project.
      meantime: meantime && { ...meantime, misses: meantime.misses.length },
    },
    null,
    2,
  )}\n`,
);
console.log('Wrote results/eval.json');
