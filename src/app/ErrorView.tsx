import { DatasetError } from './data/errors';
import { RetryButton } from './RetryButton';
import { ProblemList } from './ProblemList';

interface ErrorViewProps {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
  /** What the button says: "Retry" unless retrying cannot help. */
  actionLabel?: string;
}

/** Advice with `backticked` commands set as code; every part stays text. */
function Advice({ text }: { text: string }) {
  return (
    <p className="error-advice">
      {text.split('`').map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part))}
    </p>
  );
}

/**
 * The one fallback for data that could not be loaded: what went wrong and in
 * which file, the first problems found, what to do, and Retry.
 */
export function ErrorView({ error, onRetry, retrying, actionLabel = 'Retry' }: ErrorViewProps) {
  const known = error instanceof DatasetError ? error : null;
  const problems = known?.problems ?? [];
  return (
    <main className="app-status">
      <section role="alert" aria-labelledby="error-title" className="error-view">
        <h1 id="error-title">The dataset could not be loaded</h1>
        <p>{error.message}</p>
        <ProblemList problems={problems} />
        {known?.advice && <Advice text={known.advice} />}
        <RetryButton onRetry={onRetry} retrying={retrying} label={actionLabel} />
      </section>
    </main>
  );
}
