/**
 * Extraction spread over worker threads: each worker takes the next article
 * as soon as it is free, so a long article does not hold up a whole batch.
 * Results are keyed by source id; order of completion does not matter.
 */
import { Worker } from 'node:worker_threads';
import type { Gazetteer } from '../curation';
import type { ArticleExtraction } from '../extract-article';
import type { ExtractJob } from './extract-worker';

export async function extractInWorkers(
  jobs: readonly ExtractJob[],
  gazetteer: Gazetteer,
  threads: number,
  onProgress: (done: number, total: number) => void,
): Promise<Map<string, ArticleExtraction>> {
  const results = new Map<string, ArticleExtraction>();
  let next = 0;
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./boot.mjs', import.meta.url), {
        workerData: { entry, gazetteer },
      });
      const feed = () => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage(jobs[next++]);
      };
      worker.on('message', (m: { id: string; extraction: ArticleExtraction }) => {
        results.set(m.id, m.extraction);
        onProgress(results.size, jobs.length);
        feed();
      });
      worker.on('error', reject);
      worker.on('online', feed);
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(threads, jobs.length)) }, run));
  return results;
}
