import { useMemo, memo } from 'react';
import type { Dataset } from '../../../shared/schema';
import {
  hasActiveFilters,
  selectCountryCounts,
  selectFilteredEvents,
  selectTypeCounts,
} from '../../state/selectors';
import { useViewStore } from '../../state/store';
import { ActiveFilters } from './ActiveFilters';
import { countEvents } from './chips';
import { CountryFilter } from './CountryFilter';
import { DateRangeFilter } from './DateRangeFilter';
import { SearchBox } from './SearchBox';
import { TypeFilter } from './TypeFilter';
import './filters.css';

interface Props {
  dataset: Dataset;
}

/**
 * The filters: countries (any/all), event types by quad class, a date range and
 * free text, with the active ones as removable chips and the result count
 * announced politely. Reads and writes the view store.
 */
// Memoised: the explorer re-renders while the timeline zooms, and this does not depend on the zoom.
export const FilterPanel = memo(function FilterPanel({ dataset }: Props) {
  const filters = useViewStore((s) => s.filters);
  const resetFilters = useViewStore((s) => s.resetFilters);
  const count = useMemo(() => selectFilteredEvents(dataset, filters).length, [dataset, filters]);
  const countryCounts = useMemo(() => selectCountryCounts(dataset, filters), [dataset, filters]);
  const typeCounts = useMemo(() => selectTypeCounts(dataset, filters), [dataset, filters]);
  const active = hasActiveFilters(filters) || filters.match !== 'any';

  return (
    <aside className="filter-panel" aria-label="Filters">
      <div className="filter-head">
        {/* A target for the focus (the phone's filter sheet lands here), not a Tab stop. */}
        <h2 tabIndex={-1}>Filters</h2>
        <p role="status" className="filter-result">
          {countEvents(count)}
        </p>
      </div>
      <SearchBox />
      <ActiveFilters dataset={dataset} filters={filters} />
      <button type="button" className="filter-reset" onClick={resetFilters} disabled={!active}>
        Reset filters
      </button>
      <CountryFilter dataset={dataset} filters={filters} counts={countryCounts} />
      <TypeFilter dataset={dataset} chosen={filters.types} counts={typeCounts} />
      <DateRangeFilter from={filters.from} to={filters.to} />
    </aside>
  );
});
