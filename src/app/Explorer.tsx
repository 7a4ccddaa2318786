import { useCallback, useDeferredValue, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
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
import { filterChips, countEvents } from './features/filters/chips';
import { usePhoneLayout } from './layout/usePhoneLayout';
import { PhoneBar } from './layout/PhoneBar';
import { ViewBoundary } from './ViewBoundary';
import { SkipLinks } from './layout/SkipLinks';

/** How long the timeline's window must rest before the graph follows it. */
const GRAPH_SETTLE_MS = 200;

/**
 * The explorer: one store, pure selectors, and the views that render them. A
 * wide screen shows every view at once; a phone one at a time, chosen with
 * tabs, and the filters in a sheet (layout/usePhoneLayout.ts).
 */
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
  const selectFromSource = useViewStore((s) => s.selectFromSource);

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
  const phone = usePhoneLayout(selected, source);
  const { narrow, picked, doneButton } = phone;
  // On a phone, picking an event shows its details: the view it was picked in has no room for
  // them, and a list opening the item tapped is what phone apps do (Back returns to the list).
  const selectOnTimeline = useCallback(
    (id: string) => {
      select(id);
      picked('timeline');
    },
    [select, picked],
  );
  // The list selects as its arrow keys move, so only a tap on a row, or Enter, opens the details.
  const onListClick = (e: MouseEvent) => {
    if ((e.target as Element).closest('[role="option"]')) picked('list');
  };
  const onListKeyDown = (e: KeyboardEvent) => {
    if (
      e.key === 'Enter' &&
      selected !== null &&
      (e.target as Element).getAttribute('role') === 'listbox'
    )
      picked('list');
  };
  // On a phone the article covers the details; going to another of its events closes it to show
  // that event. A wide screen shows both, so the article stays open beside the new event.
  const selectInSource = useCallback(
    (id: string) => (narrow ? selectFromSource(id) : select(id)),
    [select, selectFromSource, narrow],
  );

  return (
    <div className="explorer">
      {/* On a phone the tab bar is the way to a view. */}
      {!narrow && <SkipLinks />}
      {/* On a phone, the open filter sheet covers the rest: out of reach until it closes. */}
      <header className="app-header" inert={phone.sheetOpen}>
        <h1>Parley</h1>
        <p className="app-summary">
          {dataset.sources.length} articles · {dataset.events.length} events ·{' '}
          {dataset.quotes.length} quotes
        </p>
        <ThemeSelect />
      </header>
      <div className="inert-slot" inert={phone.sheetOpen}>
        <LinkNotice dropped={dropped} onDismiss={dismiss} />
      </div>
      {narrow && (
        <PhoneBar
          view={phone.view}
          onChoose={phone.choose}
          tabId={phone.tabId}
          panelId={phone.panelId}
          filtersOpen={phone.filtersOpen}
          activeFilters={filterChips(filters, dataset).length}
          filtersId={phone.filtersId}
          onToggleFilters={phone.toggleFilters}
          filtersButton={phone.filtersButton}
          onKeyDown={phone.onBarKeyDown}
        />
      )}
      <div
        id={phone.filtersId}
        className={
          phone.filtersOpen ? 'filters-sheet view-slot is-open' : 'filters-sheet view-slot'
        }
        onKeyDown={phone.onFiltersKeyDown}
      >
        <ViewBoundary name="filters" resetKeys={[filters]}>
          <FilterPanel dataset={dataset} />
        </ViewBoundary>
        {narrow && (
          <button
            ref={doneButton}
            type="button"
            className="filters-done"
            onClick={phone.closeFilters}
          >
            Show {countEvents(events.length)}
          </button>
        )}
      </div>
      {/* Its views are tab panels on a phone, each inert while the filter sheet covers it. */}
      <main className="workspace">
        <div {...phone.panelProps('timeline', 'view-slot')}>
          {/* Each view fails alone, and tries again when what it shows changes. */}
          <ViewBoundary name="timeline" resetKeys={[events, window]}>
            <Timeline
              dataset={dataset}
              events={events}
              selectedId={selected}
              onSelect={selectOnTimeline}
              window={window}
              onWindowChange={setWindow}
            />
          </ViewBoundary>
        </div>
        <div className="workspace-lower">
          <div {...phone.panelProps('graph', 'view-slot')}>
            <ViewBoundary name="relationship graph" resetKeys={[inWindow]}>
              <RelationGraph
                dataset={dataset}
                events={inWindow}
                selectedCountries={filters.countries}
                selectedEvent={selectedEvent}
                onToggleCountry={toggleCountry}
                onSelectPair={setPair}
              />
            </ViewBoundary>
          </div>
          <div
            {...phone.panelProps('list', 'view-slot')}
            onClick={onListClick}
            onKeyDown={onListKeyDown}
          >
            <ViewBoundary name="event list" resetKeys={[events]}>
              <EventList
                dataset={dataset}
                events={events}
                selectedId={selected}
                onSelect={select}
              />
            </ViewBoundary>
          </div>
        </div>
      </main>
      <aside {...phone.panelProps('details', source ? 'side has-reader' : 'side')}>
        <ViewBoundary name="event details" resetKeys={[selectedEvent]}>
          <EventDetails
            dataset={dataset}
            event={selectedEvent}
            onShowInSource={(sourceId: string, start: number, end: number) =>
              openSource({ id: sourceId, highlight: { start, end } })
            }
          />
        </ViewBoundary>
        <ViewBoundary name="article" resetKeys={[source]}>
          <SourceReader
            dataset={dataset}
            source={source}
            onSelectEvent={selectInSource}
            onClose={closeSource}
          />
        </ViewBoundary>
      </aside>
    </div>
  );
}
