/**
 * TanStack Query options for the compiled dataset. The schema check happens in
 * the queryFn so that an invalid dataset reaches the error view like a failed
 * fetch does, and is never half-drawn. Performance marks (parley:fetched,
 * parsed, validated) let the benchmark split load time into its stages.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Dataset } from '../../shared/schema';
import {
  DatasetError,
  httpError,
  jsonError,
  networkError,
  schemaError,
  versionError,
} from './errors';
import { checkVersion, judgeDataset, type Verdict } from './judge';
import { BUNDLED_DATASET_URL } from './bundled';
import { takePrefetched } from './prefetch';
import { validateInWorker } from './verdict';

export { BUNDLED_DATASET_URL };

/**
 * Work that only needs the parsed data (indexes, layouts), run while the
 * worker validates. It sees data that may yet be rejected, so it must not
 * show anything, and whatever it throws is ignored: the verdict decides.
 */
export type Prepare = (data: Dataset) => void;

/** What the worker (or the main thread) found, as the error the user sees. */
function rejection(url: string, verdict: Exclude<Verdict, { ok: true }>): DatasetError {
  switch (verdict.code) {
    case 'json':
      return jsonError(url);
    case 'version':
      return versionError(url, verdict.found);
    case 'schema':
      return schemaError(url, verdict.problems);
  }
}

export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  prepare?: Prepare,
): Promise<Dataset> {
  let text: string;
  try {
    const response = await (takePrefetched(url) ?? fetch(url, { signal }));
    if (!response.ok) throw httpError(url, response.status, response.statusText);
    text = await response.text();
  } catch (err) {
    if (err instanceof DatasetError) throw err;
    throw networkError(url, err);
  }
  performance.mark('parley:fetched');
  // The worker parses and validates its own copy while this thread parses and prepares.
  // It is stopped as soon as its answer cannot matter: the query was cancelled, or this
  // thread has already found the text wanting (a large file would keep a core busy).
  const stop = new AbortController();
  signal?.addEventListener('abort', () => stop.abort(), { once: true });
  const verdict = validateInWorker(text, stop.signal);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    stop.abort();
    throw jsonError(url);
  }
  performance.mark('parley:parsed');
  // Another version is told apart before anything else, on this thread too: one
  // sentence, not the dozens of rules a different format breaks.
  const version = checkVersion(json);
  if (!version.ok) {
    stop.abort();
    throw rejection(url, version);
  }
  if (verdict) {
    try {
      prepare?.(json as Dataset);
    } catch {
      // Invalid data can break preparation; the verdict below reports it properly.
    }
    const v = await verdict;
    performance.mark('parley:validated');
    if (!v.ok) throw rejection(url, v);
    return json as Dataset;
  }
  const v = judgeDataset(json);
  performance.mark('parley:validated');
  if (!v.ok) throw rejection(url, v);
  return json as Dataset;
}

export const datasetQuery = (url: string = BUNDLED_DATASET_URL, prepare?: Prepare) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal, prepare),
  });
