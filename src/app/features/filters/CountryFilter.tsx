import { useId, useMemo } from 'react';
import type { Dataset } from '../../../shared/schema';
import { useViewStore } from '../../state/store';
import type { Filters } from '../../state/view';
import { OptionList } from './OptionList';
import { countryRows } from './options';

interface Props {
  dataset: Dataset;
  filters: Filters;
  /** Events per country under the other filters (selectCountryCounts). */
  counts: Map<string, number>;
}

/** Country checkboxes (named exactly by the country) and the any/all match. */
export function CountryFilter({ dataset, filters, counts }: Props) {
  const uid = useId();
  const toggleCountry = useViewStore((s) => s.toggleCountry);
  const setMatch = useViewStore((s) => s.setMatch);
  const rows = useMemo(
    () => countryRows(dataset, counts, filters.countries),
    [dataset, counts, filters.countries],
  );

  return (
    <fieldset className="filter-group">
      <legend>Countries</legend>
      <OptionList
        idPrefix={`${uid}-c`}
        rows={rows}
        chosen={filters.countries}
        onToggle={toggleCountry}
      />
      <div
        className="filter-match"
        role="radiogroup"
        aria-labelledby={`${uid}-m`}
        aria-describedby={`${uid}-mh`}
      >
        <span id={`${uid}-m`} className="filter-match-label">
          Match
        </span>
        {(['any', 'all'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name={`${uid}-match`}
              value={m}
              checked={filters.match === m}
              onChange={() => setMatch(m)}
            />
            {m === 'any' ? 'Any' : 'All'}
          </label>
        ))}
        <span id={`${uid}-mh`} className="filter-hint">
          {filters.match === 'any'
            ? 'Events involving any chosen country'
            : 'Events involving every chosen country'}
        </span>
      </div>
    </fieldset>
  );
}
