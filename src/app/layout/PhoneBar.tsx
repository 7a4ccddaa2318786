import type { KeyboardEvent, Ref } from 'react';
import type { PhoneView } from './phoneView';
import { ViewTabs } from './ViewTabs';

export interface PhoneBarProps {
  view: PhoneView;
  onChoose: (view: PhoneView) => void;
  tabId: (view: PhoneView) => string;
  panelId: (view: PhoneView) => string;
  filtersOpen: boolean;
  /** How many filters are active (the chips the panel shows). */
  activeFilters: number;
  /** The id of the filter sheet the button discloses. */
  filtersId: string;
  onToggleFilters: () => void;
  filtersButton: Ref<HTMLButtonElement>;
  /** Keys anywhere in the bar (the Tab order's way round the open sheet). */
  onKeyDown?: (e: KeyboardEvent) => void;
}

/**
 * The phone's bar, fixed at the bottom where a thumb reaches it, as phone apps
 * have theirs: the view tabs, and the Filters button with the number of active
 * filters, which opens the filters as a sheet above the bar and closes it again.
 */
export function PhoneBar({
  view,
  onChoose,
  tabId,
  panelId,
  filtersOpen,
  activeFilters,
  filtersId,
  onToggleFilters,
  filtersButton,
  onKeyDown,
}: PhoneBarProps) {
  return (
    <div className="phone-bar" onKeyDown={onKeyDown}>
      <ViewTabs current={view} onChoose={onChoose} tabId={tabId} panelId={panelId} />
      <button
        ref={filtersButton}
        type="button"
        className="phone-filters"
        aria-expanded={filtersOpen}
        aria-controls={filtersId}
        // The badge alone would be read as "Filters 2": say what the number counts.
        aria-label={activeFilters > 0 ? `Filters, ${activeFilters} active` : undefined}
        onClick={onToggleFilters}
      >
        Filters
        {activeFilters > 0 && <span className="phone-filters-count">{activeFilters}</span>}
      </button>
    </div>
  );
}
