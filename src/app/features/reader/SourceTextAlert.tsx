import { SourceTextError } from '../../data/sourceText';
import { RetryButton } from '../../RetryButton';
import { ProblemList } from '../../ProblemList';

interface SourceTextAlertProps {
  /** The article's title, as the reader's heading shows it. */
  title: string;
  error: Error;
  onRetry: () => void;
  retrying: boolean;
}

/**
 * Inside the reader, when an article's text cannot be shown: what went wrong,
 * in which file, and Retry. Only the reader says so; the rest of the explorer
 * carries on.
 */
export function SourceTextAlert({ title, error, onRetry, retrying }: SourceTextAlertProps) {
  const known = error instanceof SourceTextError ? error : null;
  return (
    <div role="alert" className="reader-error">
      <p className="reader-error-title">
        The text of <cite>{title}</cite> could not be loaded
      </p>
      <p>{error.message}</p>
      {known && (
        <p>
          File: <code>{known.file}</code>
        </p>
      )}
      <ProblemList problems={known?.problems ?? []} />
      <RetryButton onRetry={onRetry} retrying={retrying} />
    </div>
  );
}
