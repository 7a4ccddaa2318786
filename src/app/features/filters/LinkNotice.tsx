import { noticeWords } from '../../state/urlNotice';
import './filters.css';

/** "countries", "countries and dates", "countries, dates and time window". */
const listed = (words: string[]): string =>
  words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

/**
 * A short, dismissible notice that parts of a shared link were ignored (see
 * useUrlSync's `dropped`). It names the parts in plain words ("countries",
 * "dates") and never repeats what the link held: that can be 10,000 characters
 * of someone's script. Renders nothing when nothing was dropped.
 */
export function LinkNotice({ dropped, onDismiss }: { dropped: string[]; onDismiss: () => void }) {
  if (dropped.length === 0) return null;
  const words = noticeWords(dropped);
  return (
    <div className="link-notice" role="note">
      <p>
        Parts of this link were not understood and were ignored
        {words.length > 0 ? `: ${listed(words)}.` : '.'}
      </p>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
