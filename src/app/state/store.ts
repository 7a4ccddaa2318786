/**
 * The one store of the explorer. It holds the View (what the URL mirrors) and
 * the actions that change it; everything else (filtered events, counts, graph
 * edges) is derived from it by pure selectors.
 */
import { create } from 'zustand';
import type { PloverType } from '../../shared/plover';
import type { CountryMatch, OpenSource, TimeWindow, View } from './view';
import { DEFAULT_FILTERS, DEFAULT_VIEW } from './view';

export interface ViewActions {
  /** Replace the whole view (from the URL on load and on back/forward). */
  setView: (view: View) => void;
  toggleCountry: (id: string) => void;
  /** Show exactly these two countries' dealings with each other. */
  setPair: (a: string, b: string) => void;
  setMatch: (match: CountryMatch) => void;
  toggleType: (type: PloverType) => void;
  setDateRange: (from: string | null, to: string | null) => void;
  setText: (text: string) => void;
  clearCountries: () => void;
  resetFilters: () => void;
  setWindow: (window: TimeWindow | null) => void;
  select: (eventId: string | null) => void;
  /**
   * Go from the open article to one of its events: select it and close the
   * article in one change, so the URL takes one history step (Back reopens
   * the article) and no render shows the new event under the old article.
   */
  selectFromSource: (eventId: string) => void;
  openSource: (source: OpenSource) => void;
  closeSource: () => void;
}

export type ViewStore = View & ViewActions;

const toggle = <T extends string>(list: readonly T[], item: T): T[] =>
  (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]).sort();

export const useViewStore = create<ViewStore>()((set) => ({
  ...DEFAULT_VIEW,
  setView: (view) => set(view),
  toggleCountry: (id) =>
    set((s) => ({ filters: { ...s.filters, countries: toggle(s.filters.countries, id) } })),
  setPair: (a, b) =>
    set((s) => ({ filters: { ...s.filters, countries: [a, b].sort(), match: 'all' } })),
  setMatch: (match) => set((s) => ({ filters: { ...s.filters, match } })),
  toggleType: (type) =>
    set((s) => ({ filters: { ...s.filters, types: toggle(s.filters.types, type) } })),
  setDateRange: (from, to) => set((s) => ({ filters: { ...s.filters, from, to } })),
  setText: (text) => set((s) => ({ filters: { ...s.filters, text } })),
  clearCountries: () => set((s) => ({ filters: { ...s.filters, countries: [] } })),
  resetFilters: () => set({ filters: DEFAULT_FILTERS }),
  setWindow: (window) => set({ window }),
  select: (selected) => set({ selected }),
  selectFromSource: (selected) => set({ selected, source: null }),
  openSource: (source) => set({ source }),
  closeSource: () => set({ source: null }),
}));

/** The View part of the store state (what the URL codec serialises). */
export const selectView = (s: ViewStore): View => ({
  filters: s.filters,
  window: s.window,
  selected: s.selected,
  source: s.source,
});
