import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from './data/datasetQuery';
import { ErrorView } from './ErrorView';
import { Explorer } from './Explorer';

/** Loads the dataset, then hands it to the explorer; a failure gets the error view. */
export function App() {
  const query = useQuery(datasetQuery());
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
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  return <Explorer dataset={query.data} />;
}
