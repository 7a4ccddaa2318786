import { useState } from 'react';
import { EventList } from '../../../src/app/features/list/EventList';
import type { Dataset, Event } from '../../../src/shared/schema';

/** The list wired to local state, as the store would do it. */
export function ListHarness({
  dataset,
  events,
  onSelect,
  initial = null,
}: {
  dataset: Dataset;
  events: Event[];
  onSelect: (id: string) => void;
  initial?: string | null;
}) {
  const [selected, setSelected] = useState<string | null>(initial);
  return (
    <EventList
      dataset={dataset}
      events={events}
      selectedId={selected}
      onSelect={(id) => {
        onSelect(id);
        setSelected(id);
      }}
    />
  );
}
