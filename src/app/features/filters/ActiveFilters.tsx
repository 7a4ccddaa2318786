import type { Dataset } from '../../../shared/schema';
import { useViewStore } from '../../state/store';
import type { Filters } from '../../state/view';
import { filterChips } from './chips';

/** The active filters as chips; each chip is a button that removes its filter. */
export function ActiveFilters({ dataset, filters }: { dataset: Dataset; filters: Filters }) {
  const chips = filterChips(filters, dataset);
  if (chips.length === 0) return null;
  return (
    <ul className="filter-chips" aria-label="Active filters">
      {chips.map((c) => (
        <li key={c.key}>
          <button
            type="button"
            className="filter-chip"
            aria-label={c.name}
            title={c.name}
            onClick={() => useViewStore.setState({ filters: c.without })}
          >
            {c.label}
            <span aria-hidden="true" className="filter-chip-x">
              ×
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
