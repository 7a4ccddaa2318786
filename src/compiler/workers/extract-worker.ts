/**
 * A worker thread's side of parallel extraction: build the gazetteer once,
 * then extract each article it is sent and post the result back. Extraction
 * is pure, so the results are the same as in the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Gazetteer } from '../curation';
import { extractArticle, type ExtractJob } from '../extract-article';
import { buildGazetteer } from '../stages/gazetteer';

const gazetteer = buildGazetteer((workerData as { gazetteer: Gazetteer }).gazetteer);
parentPort!.on('message', (job: ExtractJob) => {
  parentPort!.postMessage({
    id: job.id,
    extraction: extractArticle(job.text, job.published, gazetteer),
  });
});
