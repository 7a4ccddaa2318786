import { useId, useMemo } from 'react';
import { PLOVER, QUAD_LABELS, type PloverType } from '../../../shared/plover';
import type { Dataset } from '../../../shared/schema';
import { useViewStore } from '../../state/store';
import { OptionList } from './OptionList';
import { typeGroups } from './options';
import { QuadSwatch } from '../../theme/QuadSwatch';

interface Props {
  dataset: Dataset;
  chosen: PloverType[];
  /** Events per type under the other filters (selectTypeCounts). */
  counts: Map<PloverType, number>;
}

const covers = (t: PloverType) => PLOVER[t].covers;

/** PLOVER type checkboxes, grouped under their quad classes with the timeline's shape and colour. */
export function TypeFilter({ dataset, chosen, counts }: Props) {
  const uid = useId();
  const toggleType = useViewStore((s) => s.toggleType);
  const groups = useMemo(() => typeGroups(dataset, counts, chosen), [dataset, counts, chosen]);

  return (
    <fieldset className="filter-group">
      <legend>Event types</legend>
      {groups.map((g) => (
        <fieldset key={g.quadClass} className="filter-subgroup">
          <legend>
            <QuadSwatch quadClass={g.quadClass} />
            {QUAD_LABELS[g.quadClass]}
          </legend>
          <OptionList
            idPrefix={`${uid}-${g.quadClass}`}
            rows={g.types}
            chosen={chosen}
            onToggle={toggleType}
            hint={covers}
          />
        </fieldset>
      ))}
    </fieldset>
  );
}
