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

export { BUNDLED_DATASET_URL };

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await (takePrefetched(url) ?? fetch(url, { signal }));
  } catch (err) {
    throw new DatasetError('network', url, `The dataset could not be fetched: ${(err as Error).message}.`);
  }
  if (!response.ok)
    throw new DatasetError('http', url, `The server answered ${response.status} ${response.statusText} for the dataset.`);
  performance.mark('parley:fetched');
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetError('json', url, 'The dataset is not valid JSON (is the file truncated?).');
  }
  performance.mark('parley:parsed');
  const parsed = DatasetSchema.safeParse(json);
  performance.mark('parley:validated');
  if (!parsed.success)
    throw new DatasetError('schema', url, 'The dataset does not match the Parley schema.', describeIssues(parsed.error));
  return parsed.data;
}

export const datasetQuery = (url: string = BUNDLED_DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
  });
