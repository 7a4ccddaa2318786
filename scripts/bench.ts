/**
 * `npm run bench [-- --no-build --runs N --only 10000 --trace-dir DIR]`: the
 * explorer's speed on the production build in headless Chromium, for the
 * bundled dataset and synthetic ones of 1,000, 10,000 and 100,000 events
 * (scripts/generate.ts, fixed seeds). For each, in fresh 1280×800 pages: load
 * time, main-thread work per frame while zooming and panning (from a CDP
 * trace), the time a country filter takes to reach every view, and the JS heap.
 * Prints a Markdown table and the bars; writes results/bench.json and
 * results/bench.md. Exits non-zero only when something could not be measured,
 * never because a bar was missed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { prepareDatasets } from './bench/datasets';
import { FRAME_WORK_DEFINITION } from './bench/frames';
import { measureDataset, type Measured, type MeasureOptions } from './bench/measure';
import { SEQUENCE } from './bench/page';
import { bars, FRAME_BUDGET_MS, machine, markdown } from './bench/report';
import { freePort, type Preview } from './bench/server';
import { startStatic } from './bench/static';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    /** Runs per dataset at most (the median is reported). */
    runs: { type: 'string', default: '3' },
    /** Seconds: no further run of a dataset starts after it has taken this long. */
    'repeat-within': { type: 'string', default: '60' },
    /** Synthetic sizes to measure, e.g. "10000,100000" (the bundled dataset always runs). */
    only: { type: 'string' },
    generator: { type: 'string', default: 'scripts/generate.ts' },
    /** Also write each zoom/pan trace there (open them in DevTools › Performance). */
    'trace-dir': { type: 'string' },
  },
});

function build() {
  if (values['no-build']) {
    if (!existsSync('dist/index.html'))
      throw new Error('dist/index.html is missing: run `npm run build` or drop --no-build.');
    return;
  }
  console.log('building (npm run build)…');
  const run = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`npm run build failed (exit ${run.status})`);
}

function write(
  measured: readonly Measured[],
  report: string,
  m: ReturnType<typeof machine>,
  when: string,
) {
  const results = measured.map((x) => x.result);
  mkdirSync('results', { recursive: true });
  writeFileSync('results/bench.md', report);
  const json = {
    when,
    machine: m,
    definitions: {
      frameWork: FRAME_WORK_DEFINITION,
      frameBudgetMs: FRAME_BUDGET_MS,
      sequence: SEQUENCE,
    },
    datasets: measured.map((x) => ({ ...x.result, error: x.error, perRun: x.runs })),
    bars: bars(results),
  };
  writeFileSync('results/bench.json', `${JSON.stringify(json, null, 2)}\n`);
  console.log('wrote results/bench.json and results/bench.md');
}

async function main() {
  const found = findChromium();
  if (!found)
    throw new Error(
      'no Chromium for Playwright. Run `npm run ensure-browser` (or set CHROMIUM_PATH).',
    );
  build();

  // A private copy of the build with the synthetic datasets in its bench/, served
  // same-origin: someone else's `npm run build` empties dist/ and must not pull the
  // site away mid-run.
  const site = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  let preview: Preview | null = null;
  let browser: Browser | null = null;
  const cleanUp = () => {
    preview?.stop();
    rmSync(site, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      cleanUp();
      process.exit(130);
    });
  try {
    cpSync('dist', site, { recursive: true });
    const only = values.only?.split(',').map((s) => Number(s.replace(/_/g, ''))) ?? null;
    const datasets = prepareDatasets(values.generator, site, only);
    preview = await startStatic(site, await freePort());
    browser = await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS });
    const m = machine(browser.version());
    console.log(
      `serving a copy of dist/ (datasets pre-compressed) at ${preview.origin}; Chromium ${m.chromium}`,
    );

    const options: MeasureOptions = {
      origin: preview.origin,
      maxRuns: Math.max(1, Number.parseInt(values.runs, 10) || 1),
      repeatWithinMs: Number(values['repeat-within']) * 1000,
      loadTimeoutMs: 120_000,
      filterTimeoutMs: 60_000,
      traceDir: values['trace-dir'] ?? null,
    };
    const measured: Measured[] = [];
    for (const ds of datasets) {
      console.log(`${ds.label} (${ds.events.toLocaleString('en-US')} events)…`);
      measured.push(await measureDataset(browser, ds, options));
    }
    // The bench's own timestamp, for the record; nothing is computed from it.
    const when = new Date().toISOString();
    const report = markdown(
      measured.map((x) => x.result),
      m,
      when,
    );
    console.log(`\n${report}`);
    write(measured, report, m, when);

    const failed = measured.filter((x) => x.error !== null);
    if (failed.length > 0)
      throw new Error(
        failed.map((x) => `${x.result.label} could not be measured: ${x.error}`).join('\n'),
      );
  } finally {
    await browser?.close();
    cleanUp();
  }
}

main().catch((err: unknown) => {
  console.error(`\nnpm run bench failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
