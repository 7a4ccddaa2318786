import './filters.css';

/**
 * A short, dismissible notice that parts of a shared link were ignored (see
 * useUrlSync's `dropped`). Renders nothing when nothing was dropped.
 */
export function LinkNotice({ dropped, onDismiss }: { dropped: string[]; onDismiss: () => void }) {
  if (dropped.length === 0) return null;
  return (
    <div className="link-notice" role="note">
      <p>Some parts of the link were not understood and were ignored: {dropped.join(', ')}.</p>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
