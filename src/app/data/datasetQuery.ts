/**
 * TanStack Query options for the compiled dataset. The schema check happens in
 * the queryFn so that an invalid dataset reaches the error view like a failed
 * fetch does, and is never half-drawn. Performance marks (parley:fetched,
 * parsed, validated) let the benchmark split load time into its stages.
 */
import { queryOptions } from '@tanstack/react-query';
import { DatasetSchema, describeIssues, type Dataset } from '../../shared/schema';
import { DatasetError } from './errors';
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

const NOT_JSON = 'The dataset is not valid JSON (is the file truncated?).';
const NOT_PARLEY = 'The dataset does not match the Parley schema.';

export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  prepare?: Prepare,
): Promise<Dataset> {
  let text: string;
  try {
    const response = await (takePrefetched(url) ?? fetch(url, { signal }));
    if (!response.ok)
      throw new DatasetError(
        'http',
        url,
        `The server answered ${response.status} ${response.statusText} for the dataset.`,
      );
    text = await response.text();
  } catch (err) {
    if (err instanceof DatasetError) throw err;
    throw new DatasetError('network', url, `The dataset could not be fetched: ${(err as Error).message}.`);
  }
  performance.mark('parley:fetched');
  // The worker parses and validates its own copy while this thread parses and prepares.
  const verdict = validateInWorker(text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DatasetError('json', url, NOT_JSON);
  }
  performance.mark('parley:parsed');
  if (verdict) {
    try {
      prepare?.(json as Dataset);
    } catch {
      // Invalid data can break preparation; the verdict below reports it properly.
    }
    const v = await verdict;
    performance.mark('parley:validated');
    if (!v.ok)
      throw v.code === 'json'
        ? new DatasetError('json', url, NOT_JSON)
        : new DatasetError('schema', url, NOT_PARLEY, v.problems);
    return json as Dataset;
  }
  const parsed = DatasetSchema.safeParse(json);
  performance.mark('parley:validated');
  if (!parsed.success)
    throw new DatasetError('schema', url, NOT_PARLEY, describeIssues(parsed.error));
  return parsed.data;
}

export const datasetQuery = (url: string = BUNDLED_DATASET_URL, prepare?: Prepare) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal, prepare),
  });
