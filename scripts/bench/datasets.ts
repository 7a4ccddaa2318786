/**
 * The bench's datasets (the bundled one and synthetic ones written under the
 * served site's bench/ so that `vite preview` serves them same-origin), and what the views must show
 * once a country filter is applied, computed here from the data and not by
 * the app's own code.
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/shared/schema';

export interface BenchDataset {
  label: string;
  /** Path and query to open in the app ('/' for the bundled dataset). */
  path: string;
  file: string;
  events: number;
  seed: number | null;
}

/** Synthetic sizes and their fixed seeds. */
export const SYNTHETIC = [
  { events: 1_000, seed: 1 },
  { events: 10_000, seed: 2 },
  { events: 100_000, seed: 3 },
] as const;

/**
 * Writes `<site>/bench/synthetic-N.json` with the generator's command line
 * (`--events N --seed S --out FILE`) and returns the four datasets.
 */
export function prepareDatasets(
  generator: string,
  site: string,
  only: readonly number[] | null,
): BenchDataset[] {
  if (!existsSync(generator))
    throw new Error(
      `The dataset generator ${generator} does not exist. ` +
        'Pass --generator <file> (it must accept --events N --seed S --out FILE).',
    );
  mkdirSync(join(site, 'bench'), { recursive: true });
  const bundled = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as Dataset;
  const list: BenchDataset[] = [
    {
      label: 'bundled',
      path: '/',
      file: 'data/dataset.json',
      events: bundled.events.length,
      seed: null,
    },
  ];
  for (const { events, seed } of SYNTHETIC) {
    if (only && !only.includes(events)) continue;
    const file = join(site, 'bench', `synthetic-${events}.json`);
    const t0 = performance.now();
    const run = spawnSync(
      'node_modules/.bin/tsx',
      [generator, '--events', String(events), '--seed', String(seed), '--out', file],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    if (run.status !== 0 || !existsSync(file))
      throw new Error(
        `${generator} failed for ${events} events (exit ${run.status}):\n${run.stderr || run.stdout}`,
      );
    // Pre-compressed, as a production host serves large static files (see static.ts).
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 6 }));
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`generated bench/synthetic-${events}.json (seed ${seed}) in ${seconds} s`);
    list.push({
      label: `synthetic-${events}`,
      path: `/?dataset=/bench/synthetic-${events}.json`,
      file,
      events,
      seed,
    });
  }
  return list;
}

/** What the list, the timeline and the graph show for a filter state. */
export interface ViewState {
  /** The country's accessible name (its checkbox and its graph node). */
  countryName: string;
  /** Whether the country's checkbox (and graph node) is pressed. */
  chosen: boolean;
  /** "Events N" in the list heading; "… of N events in view" in the timeline. */
  listed: number;
  /** "Name, N events" on the country's graph node. */
  countryEvents: number;
  /** "N countries, M pairs" on the graph. */
  liveCountries: number;
  pairs: number;
}

export interface FilterPlan {
  countryId: string;
  countryName: string;
  on: ViewState;
  off: ViewState;
}

/**
 * The busiest country (most events, then name: the panel's order) and the views'
 * state with only that country chosen (`on`) and with no filter (`off`). The
 * timeline's window is the fit view (a fresh page), so the graph shows every
 * filtered event.
 */
export function planFilter(ds: Dataset): FilterPlan {
  const counts = new Map<string, number>();
  for (const e of ds.events)
    for (const c of new Set(e.countries)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const countries = ds.actors
    .filter((a) => a.kind === 'country')
    .map((a) => ({ id: a.id, name: a.name, count: counts.get(a.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'));
  const busiest = countries[0];
  if (!busiest || busiest.count === 0) throw new Error('the dataset has no country with events');
  const chosen = ds.events.filter((e) => e.countries.includes(busiest.id));
  const state = (events: readonly Dataset['events'][number][], on: boolean): ViewState => {
    const live = new Set<string>();
    const pairs = new Set<string>();
    for (const e of events) {
      const ids = [...new Set(e.countries)].sort();
      ids.forEach((a, i) => {
        live.add(a);
        for (const b of ids.slice(i + 1)) pairs.add(`${a}|${b}`);
      });
    }
    return {
      countryName: busiest.name,
      chosen: on,
      listed: events.length,
      countryEvents: busiest.count,
      liveCountries: live.size,
      pairs: pairs.size,
    };
  };
  return {
    countryId: busiest.id,
    countryName: busiest.name,
    on: state(chosen, true),
    off: state(ds.events, false),
  };
}

export function readDataset(file: string): Dataset {
  return JSON.parse(readFileSync(file, 'utf8')) as Dataset;
}
