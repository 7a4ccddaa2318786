import { DatasetError } from './data/errors';

interface ErrorViewProps {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
  /** What the button says: "Retry" unless retrying cannot help. */
  actionLabel?: string;
}

/** The one fallback for data that could not be loaded: what went wrong, where, and Retry. */
export function ErrorView({ error, onRetry, retrying, actionLabel = 'Retry' }: ErrorViewProps) {
  const problems = error instanceof DatasetError ? error.problems : [];
  const url = error instanceof DatasetError ? error.url : null;
  return (
    <main className="app-status">
      <section role="alert" aria-labelledby="error-title" className="error-view">
        <h1 id="error-title">The dataset could not be loaded</h1>
        <p>{error.message}</p>
        {url && (
          <p>
            File: <code>{url}</code>
          </p>
        )}
        {problems.length > 0 && (
          <>
            <p>The first problems found:</p>
            <ul>
              {problems.map((p) => (
                <li key={p}>
                  <code>{p}</code>
                </li>
              ))}
            </ul>
          </>
        )}
        <button type="button" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : actionLabel}
        </button>
      </section>
    </main>
  );
}
