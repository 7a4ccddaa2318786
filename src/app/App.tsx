import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { BUNDLED_DATASET_URL, datasetQuery } from './data/datasetQuery';
import { chooseDataset, DATASET_PARAM } from './data/datasetUrl';
import { DatasetUrlContext } from './data/datasetUrlContext';
import { refusedError } from './data/errors';
import { ErrorView } from './ErrorView';
import { useRefocusAfterRetry } from './hooks/useRefocusAfterRetry';
import { Explorer } from './Explorer';
import { prepareExplorer } from './prepare';

/** The same page without `?dataset=`: where a refused link can still take the reader. */
function bundledHref(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete(DATASET_PARAM);
  return url.pathname + url.search + url.hash;
}

/**
 * Loads the dataset (the bundled one, or `?dataset=<url>` from the same site),
 * then hands it to the explorer; a failure gets the error view.
 */
export function App() {
  // Read once: the explorer rewrites the query string but keeps this parameter.
  const [choice] = useState(() =>
    chooseDataset(window.location.search, window.location.href, BUNDLED_DATASET_URL),
  );
  const query = useQuery({
    ...datasetQuery(choice.ok ? choice.url : '', prepareExplorer),
    enabled: choice.ok,
  });
  // A Retry that succeeds replaces the error view: the focus goes on to the timeline.
  const retrying = useRefocusAfterRetry(query.isSuccess, () => document.getElementById('timeline'));
  if (!choice.ok)
    return (
      <ErrorView
        error={refusedError(choice.given, choice.reason)}
        onRetry={() => window.location.assign(bundledHref())}
        retrying={false}
        actionLabel="Open the bundled dataset"
      />
    );
  if (query.isPending)
    return (
      <main className="app-status" aria-busy="true">
        <p role="status">Loading the dataset…</p>
      </main>
    );
  if (query.isError)
    return (
      <ErrorView
        error={query.error}
        onRetry={() => {
          retrying();
          void query.refetch();
        }}
        retrying={query.isFetching}
      />
    );
  // Source texts kept in files of their own are found relative to the dataset's URL.
  return (
    <DatasetUrlContext value={choice.url}>
      <Explorer dataset={query.data} />
    </DatasetUrlContext>
  );
}
