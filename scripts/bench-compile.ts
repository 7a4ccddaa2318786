/**
 * `npm run bench:compile [-- --articles N]`: a corpus of N articles (1,000 by
 * default) made from the bundled five (the originals, then copies each under
 * its own publisher and published a week later than the last), compiled with
 * the real corrections by the real command line.
 * Prints articles per second and peak memory; writes results/bench-compile.json.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { addDays } from '../src/shared/dates';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' } } });
const count = Number.parseInt(values.articles, 10);
const manifest = JSON.parse(readFileSync('data/sources/manifest.json', 'utf8')) as {
  file: string;
  publisher: string;
  published: string;
}[];

const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
const sources = join(dir, 'sources');
mkdirSync(sources);
const entries = Array.from({ length: count }, (_, i) => {
  const original = manifest[i % manifest.length]!;
  const copy = Math.floor(i / manifest.length);
  const file = `${String(i).padStart(5, '0')}-${original.file}`;
  copyFileSync(join('data/sources', original.file), join(sources, file));
  // The first five are the originals, so that the real corrections apply to them; the
  // others get a publisher per copy, as identical copies under one publisher would look
  // like site chrome.
  return copy === 0
    ? { ...original, file }
    : {
        ...original,
        file,
        publisher: `${original.publisher} ${copy}`,
        published: addDays(original.published, 7 * copy),
      };
});
writeFileSync(join(sources, 'manifest.json'), JSON.stringify(entries, null, 2));

/** Compile the corpus with the real command line on `threads` threads. */
function compileWith(threads: number) {
  const stats = join(dir, `stats-${threads}.json`);
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/compiler/cli.ts',
      '--sources',
      sources,
      '--curation',
      'data/curation',
      '--out',
      join(dir, 'dataset.json'),
      '--stats',
      stats,
      '--jobs',
      String(threads),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(run.stdout);
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`the compile failed (exit ${run.status})`);
  }
  const figures = JSON.parse(readFileSync(stats, 'utf8')) as Record<string, number>;
  return {
    threads,
    articles: figures.articles!,
    compileSeconds: figures.seconds!,
    wallSecondsIncludingStartup: wall,
    articlesPerSecond: figures.articlesPerSecond!,
    peakMemoryMb: figures.peakMemoryMb!,
    events: figures.events!,
    quotes: figures.quotes!,
  };
}

// One thread is the default; two show whether worker threads pay off here.
const runs = [compileWith(1), compileWith(2)];
rmSync(dir, { recursive: true, force: true });
for (const r of runs)
  console.log(
    `${r.articles} articles compiled in ${r.compileSeconds.toFixed(2)} s ` +
      `(${r.wallSecondsIncludingStartup.toFixed(2)} s with start-up) on ${r.threads} ` +
      `thread${r.threads === 1 ? '' : 's'}: ${r.articlesPerSecond.toFixed(0)} articles/s, ` +
      `peak memory ${r.peakMemoryMb.toFixed(0)} MB; ${r.events} events, ${r.quotes} quotes.`,
  );
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
mkdirSync('results', { recursive: true });
writeFileSync('results/bench-compile.json', `${JSON.stringify({ machine, runs }, null, 2)}\n`);
console.log('Wrote results/bench-compile.json');
