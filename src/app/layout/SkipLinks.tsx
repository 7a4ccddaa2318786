import type { MouseEvent } from 'react';

/** Where the skip links go: the ids of the views' regions. */
const SKIP_TARGETS = [
  { id: 'timeline', label: 'Skip to the timeline' },
  { id: 'event-list', label: 'Skip to the event list' },
] as const;

/**
 * Links that let a keyboard user jump past the filters (some forty stops) to a
 * view. Hidden until focused, as usual. They move the focus themselves rather
 * than follow the fragment: the URL belongs to the view (useUrlSync), and a
 * fragment would add a history step that undoes nothing.
 */
export function SkipLinks() {
  const go = (id: string) => (e: MouseEvent) => {
    e.preventDefault();
    document.getElementById(id)?.focus();
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      {SKIP_TARGETS.map(({ id, label }) => (
        <a key={id} href={`#${id}`} onClick={go(id)}>
          {label}
        </a>
      ))}
    </nav>
  );
}
