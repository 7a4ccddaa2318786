import type { KeyboardEvent } from 'react';
import { PHONE_VIEW_LABELS, PHONE_VIEWS, tabAfter, type PhoneView } from './phoneView';

export interface ViewTabsProps {
  current: PhoneView;
  onChoose: (view: PhoneView) => void;
  /** The ids of a view's tab and of its panel (aria-controls / aria-labelledby). */
  tabId: (view: PhoneView) => string;
  panelId: (view: PhoneView) => string;
}

/**
 * The phone's view switcher: an ARIA tablist with one tab stop; the arrow
 * keys, Home and End move between the tabs and show their views at once (the
 * views are already rendered, so following the focus costs nothing).
 */
export function ViewTabs({ current, onChoose, tabId, panelId }: ViewTabsProps) {
  const onKeyDown = (e: KeyboardEvent) => {
    const next = tabAfter(e.key, current);
    if (!next) return;
    e.preventDefault();
    onChoose(next);
    document.getElementById(tabId(next))?.focus();
  };
  return (
    <div role="tablist" aria-label="Views" className="view-tabs" onKeyDown={onKeyDown}>
      {PHONE_VIEWS.map((view) => (
        <button
          key={view}
          type="button"
          role="tab"
          id={tabId(view)}
          aria-controls={panelId(view)}
          aria-selected={view === current}
          tabIndex={view === current ? 0 : -1}
          className="view-tab"
          onClick={() => onChoose(view)}
        >
          {PHONE_VIEW_LABELS[view]}
        </button>
      ))}
    </div>
  );
}
