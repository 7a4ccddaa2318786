import { useDeferredValue, useMemo } from 'react';
import type { Dataset } from '../shared/schema';
import { useViewStore } from './state/store';
import { selectEventsInWindow, selectFilteredEvents } from './state/selectors';
import { Timeline } from './features/timeline/Timeline';
import { RelationGraph } from './features/graph/RelationGraph';
import { FilterPanel } from './features/filters/FilterPanel';
import { EventList } from './features/list/EventList';
import { EventDetails } from './features/details/EventDetails';
import { SourceReader } from './features/reader/SourceReader';
import { LinkNotice } from './features/filters/LinkNotice';
import { useUrlSync } from './state/useUrlSync';
import { indexDataset } from './data/indexes';
import { useSettledValue } from './hooks/useSettledValue';
import { ThemeSelect } from './theme/ThemeSelect';

/** How long the timeline's window must rest before the graph follows it. */
const GRAPH_SETTLE_MS = 200;

/** The explorer: one store, pure selectors, and the views that render them. */
export function Explorer({ dataset }: { dataset: Dataset }) {
  const filters = useViewStore((s) => s.filters);
  const window = useViewStore((s) => s.window);
  const selected = useViewStore((s) => s.selected);
  const source = useViewStore((s) => s.source);
  const select = useViewStore((s) => s.select);
  const setWindow = useViewStore((s) => s.setWindow);
  const toggleCountry = useViewStore((s) => s.toggleCountry);
  const setPair = useViewStore((s) => s.setPair);
  const openSource = useViewStore((s) => s.openSource);
  const closeSource = useViewStore((s) => s.closeSource);

  const { dropped, dismiss } = useUrlSync(dataset);
  // The index behind the selectors builds its search text on the first search, not at load.
  const events = useMemo(() => selectFilteredEvents(dataset, filters), [dataset, filters]);
  // The graph shows the events in the timeline's window once a zoom or pan settles.
  // …and re-renders in the background (interruptible), so it never holds up a frame of the timeline.
  const graphWindow = useDeferredValue(useSettledValue(window, GRAPH_SETTLE_MS));
  const inWindow = useMemo(() => selectEventsInWindow(events, graphWindow), [events, graphWindow]);
  const selectedEvent = useMemo(
    () => (selected === null ? null : (indexDataset(dataset).events.get(selected) ?? null)),
    [dataset, selected],
  );

  return (
    <div className="explorer">
      <header className="app-header">
        <h1>Parley</h1>
        <p className="app-summary">
          {dataset.sources.length} articles · {dataset.events.length} events ·{' '}
          {dataset.quotes.length} quotes
        </p>
        <ThemeSelect />
      </header>
      <LinkNotice dropped={dropped} onDismiss={dismiss} />
      <FilterPanel dataset={dataset} />
      <main className="workspace">
        <Timeline
          dataset={dataset}
          events={events}
          selectedId={selected}
          onSelect={select}
          window={window}
          onWindowChange={setWindow}
        />
        <div className="workspace-lower">
          <RelationGraph
            dataset={dataset}
            events={inWindow}
            selectedCountries={filters.countries}
            selectedEvent={selectedEvent}
            onToggleCountry={toggleCountry}
            onSelectPair={setPair}
          />
          <EventList dataset={dataset} events={events} selectedId={selected} onSelect={select} />
        </div>
      </main>
      <aside className="side">
        <EventDetails
          dataset={dataset}
          event={selectedEvent}
          onShowInSource={(sourceId: string, start: number, end: number) =>
            openSource({ id: sourceId, highlight: { start, end } })
          }
        />
        <SourceReader
          dataset={dataset}
          source={source}
          onSelectEvent={select}
          onClose={closeSource}
        />
      </aside>
    </div>
  );
}
