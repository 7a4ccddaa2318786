interface RetryButtonProps {
  onRetry: () => void;
  retrying: boolean;
  /** What it says when idle: "Retry" unless retrying cannot help. */
  label?: string;
}

/**
 * Retry for the error views. While a retry is under way it says so and
 * ignores presses, but stays focusable (aria-disabled, not disabled): a
 * disabled button drops the keyboard focus onto the page body.
 */
export function RetryButton({ onRetry, retrying, label = 'Retry' }: RetryButtonProps) {
  return (
    <button
      type="button"
      aria-disabled={retrying || undefined}
      onClick={() => {
        if (!retrying) onRetry();
      }}
    >
      {retrying ? 'Retrying…' : label}
    </button>
  );
}
