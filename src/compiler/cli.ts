/**
 * `npm run compile [-- --sources DIR --curation DIR --out FILE --check --jobs N]`
 * The compiler's file system, argv and exit code live here. The dataset is
 * written atomically (temporary file, then rename), and only when there are
 * no errors, so a failed compile never loses the previous one.
 */
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, type Diagnostic } from './diagnostics';
import { GazetteerSchema } from './curation';
import { compile, extractionJobs, plan, serializeDataset, type InputFile } from './run';
import { decodeUtf8 } from './utf8';
import { extractInParallel, startWorkers } from './workers/pool';

/** From this many articles on, show progress. */
const PROGRESS_FROM = 64;

const DEFAULT_SOURCES = 'data/sources';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: DEFAULT_SOURCES },
    curation: { type: 'string' },
    out: { type: 'string', default: 'data/dataset.json' },
    check: { type: 'boolean', default: false },
    jobs: { type: 'string' },
    /** Write the run's figures as JSON (for the benchmark). */
    stats: { type: 'string' },
  },
});
const { sources: sourcesDir, out } = values;
// Corrections belong to a corpus: the bundled ones apply to the bundled articles.
// Another folder of articles gets the bundled gazetteer and no corrections,
// unless --curation names a folder (whose corrections.json is then optional).
const curationDir = values.curation ?? 'data/curation';
const withCorrections = values.curation !== undefined || sourcesDir === DEFAULT_SOURCES;
const shown = (path: string) => relative(process.cwd(), path) || path;
const problems: Diagnostic[] = [];

function fail(extra: Diagnostic[]): never {
  for (const d of [...problems, ...extra]) console.error(formatDiagnostic(d));
  const n = problems.length + extra.filter((d) => d.level === 'error').length;
  console.error(
    `\nCompile failed with ${n} error${n === 1 ? '' : 's'}; ${out} was left untouched.`,
  );
  process.exit(1);
}

const read = (path: string): InputFile => {
  if (!existsSync(path))
    fail([
      {
        code: 'PARLEY002',
        level: 'error',
        file: shown(path),
        line: null,
        message: 'file not found',
        hint: 'create it, or pass the right folder with --sources / --curation',
      },
    ]);
  return { path: shown(path), text: readFileSync(path, 'utf8') };
};

const manifest = read(join(sourcesDir, 'manifest.json'));
const gazetteer = read(join(curationDir, 'actors.json'));
const correctionsPath = join(curationDir, 'corrections.json');
const corrections: InputFile =
  withCorrections && existsSync(correctionsPath)
    ? read(correctionsPath)
    : { path: '(no corrections)', text: '{ "corrections": [] }' };
const articles = new Map<string, string>();
if (existsSync(sourcesDir))
  for (const name of readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const decoded = decodeUtf8(readFileSync(join(sourcesDir, name)));
    if (decoded.ok) articles.set(name, decoded.text);
    else
      problems.push({
        code: 'PARLEY019',
        level: 'error',
        file: shown(join(sourcesDir, name)),
        line: decoded.line,
        message: `byte ${decoded.byte} (line ${decoded.line}, column ${decoded.column}) is not valid UTF-8`,
        hint: 'save the file as UTF-8 (e.g. `iconv -f windows-1252 -t utf-8`)',
      });
  }
if (problems.length) fail([]);

const input = { manifest, articles, sourcesDir, gazetteer, corrections };
const started = performance.now();
let lastShown = 0;
const progress = (done: number, total: number) => {
  const now = performance.now();
  if (total < PROGRESS_FROM || (now - lastShown < 250 && done < total)) return;
  lastShown = now;
  const rate = done / ((now - started) / 1000);
  const line = `  extracted ${done}/${total} articles · ${rate.toFixed(0)} articles/s`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
  else if (done === total || done % Math.ceil(total / 10) === 0) console.error(line);
};

// One thread unless asked: on the 2-core machine this was measured on, a worker
// made 1,000 articles slower, not faster (`npm run bench:compile` runs both), the
// two threads slowing each other down; `--jobs N` is for machines where they don't.
const threads = Math.max(1, Number.parseInt(values.jobs ?? '1', 10) || 1);
// Workers start loading while the corpus is read and cleaned.
// A gazetteer that is not valid is reported by `plan` with its line; no workers then.
function curatedGazetteer() {
  try {
    const parsed = GazetteerSchema.safeParse(JSON.parse(gazetteer.text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
const curated = threads > 1 ? curatedGazetteer() : null;
const pool = curated ? startWorkers(curated, threads - 1) : null;
const planned = plan(input);
const extractions =
  pool && planned.ready
    ? await extractInParallel(extractionJobs(planned), pool, planned.ready.gazetteer, progress)
    : undefined;
await pool?.close();
const result = compile(input, {
  plan: planned,
  extractions,
  onProgress: extractions ? undefined : progress,
});
const seconds = (performance.now() - started) / 1000;
// Worker threads live in this process, so its peak resident set counts them too.
const peakMb = process.resourceUsage().maxRSS / 1024;

if (!result.dataset || !result.stats) fail(result.diagnostics.items);
for (const d of result.diagnostics.items) console.error(formatDiagnostic(d));

const json = serializeDataset(result.dataset);
const ds = result.dataset;
const st = result.stats;
const summary =
  `${ds.sources.length} articles, ${ds.events.length} events, ${ds.quotes.length} quotes, ` +
  `${ds.actors.length} actors (${ds.actors.filter((a) => a.kind === 'country').length} countries), ` +
  `${st.warnings} warning${st.warnings === 1 ? '' : 's'}\n` +
  `  events: ${st.automatic} found automatically; corrections: ${st.corrected} corrected, ` +
  `${st.added} added, ${st.dropped} dropped, ${st.merged} merged into others\n` +
  `  ${seconds.toFixed(2)} s (${(ds.sources.length / seconds).toFixed(0)} articles/s, ${threads} thread${threads === 1 ? '' : 's'}, peak memory ${peakMb.toFixed(0)} MB)`;
if (values.stats)
  writeFileSync(
    values.stats,
    JSON.stringify({
      articles: ds.sources.length,
      events: ds.events.length,
      quotes: ds.quotes.length,
      seconds,
      articlesPerSecond: ds.sources.length / seconds,
      threads,
      peakMemoryMb: peakMb,
    }),
  );

if (values.check) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (current !== json) {
    console.error(`${out} is stale: run \`npm run compile\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${out} is up to date: ${summary}`);
} else {
  const tmp = `${out}.tmp-${process.pid}`;
  writeFileSync(tmp, json);
  renameSync(tmp, out);
  console.log(`Wrote ${out}: ${summary}`);
}
