import { useEffect, useRef, useState } from 'react';
import { useViewStore } from '../../state/store';
import { URL_LIMITS } from '../../state/urlCodec';

/** How long typing must pause before the search runs. */
export const SEARCH_DEBOUNCE_MS = 200;

/**
 * Free-text search over titles and quotes. The input answers every keystroke;
 * the store (and so the filtering, and the URL) follows after a short pause, or
 * at once on Enter.
 */
export function SearchBox() {
  const text = useViewStore((s) => s.filters.text);
  const setText = useViewStore((s) => s.setText);
  const [draft, setDraft] = useState(text);
  // Follow the store when it changes elsewhere (a chip, Reset, Back).
  const [synced, setSynced] = useState(text);
  if (synced !== text) {
    setSynced(text);
    setDraft(text);
  }
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (value: string) => {
    clearTimeout(timer.current);
    setText(value);
  };

  return (
    <form
      className="filter-search"
      role="search"
      aria-label="Search events"
      onSubmit={(e) => {
        e.preventDefault();
        commit(draft);
      }}
    >
      <input
        type="search"
        aria-label="Search"
        placeholder="Search titles and quotes"
        maxLength={URL_LIMITS.text}
        value={draft}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setDraft(value);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => setText(value), SEARCH_DEBOUNCE_MS);
        }}
      />
    </form>
  );
}
