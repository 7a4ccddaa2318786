/**
 * Extraction spread over threads. Starting a worker costs a second or two
 * (loading the TypeScript modules, compromise and the country data), so the
 * workers are started before the corpus is read and cleaned, and the main
 * thread, which has the modules loaded already, extracts too: it works through
 * the queue from the first moment and the workers join in when they are ready.
 * Each takes the next article as soon as it is free; results are keyed by
 * source id, so the order of completion does not matter.
 */
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Gazetteer } from '../curation';
import { extractArticle, type ArticleExtraction, type ExtractJob } from '../extract-article';
import type { GazetteerIndex } from '../stages/gazetteer';

export interface Pool {
  workers: Worker[];
  /** Stop the workers: once extraction is done, or when the input turned out to be bad. */
  close(): Promise<void>;
}

/** Start `count` workers, each building its own gazetteer index. */
export function startWorkers(gazetteer: Gazetteer, count: number): Pool {
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const workers = Array.from(
    { length: count },
    () => new Worker(new URL('./boot.mjs', import.meta.url), { workerData: { entry, gazetteer } }),
  );
  return {
    workers,
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * Extract every job on the pool's workers and on this thread; `onProgress`
 * hears of each article done. Results are keyed by source id.
 */
export async function extractInParallel(
  jobs: readonly ExtractJob[],
  pool: Pool,
  index: GazetteerIndex,
  onProgress: (done: number, total: number) => void,
): Promise<Map<string, ArticleExtraction>> {
  const results = new Map<string, ArticleExtraction>();
  let next = 0;
  const done = (id: string, extraction: ArticleExtraction) => {
    results.set(id, extraction);
    onProgress(results.size, jobs.length);
  };

  const drive = (w: Worker) =>
    new Promise<void>((resolve, reject) => {
      const feed = () => {
        if (next >= jobs.length) resolve();
        else w.postMessage(jobs[next++]);
      };
      w.on('message', (m: { id: string; extraction: ArticleExtraction }) => {
        done(m.id, m.extraction);
        feed();
      });
      w.on('error', reject);
      feed(); // queued until the worker is up
    });

  const inMain = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      done(job.id, extractArticle(job.text, job.published, index));
      // Let the workers' messages in between articles.
      await yieldToEvents();
    }
  };

  await Promise.all([inMain(), ...pool.workers.map(drive)]);
  return results;
}
