/**
 * The view: everything a shared link reproduces. Filters, the visible time
 * window, the selected event and the open source with its highlight. The URL
 * codec turns it into a query string and back; the store holds it.
 */
import type { PloverType } from '../../shared/plover';

export type CountryMatch = 'any' | 'all';

export interface Filters {
  /** Country actor ids ("us", "kp"), sorted; empty means every country. */
  countries: string[];
  /** With several countries: events involving any of them, or all of them. */
  match: CountryMatch;
  /** PLOVER types, sorted; empty means every type. */
  types: PloverType[];
  /** Inclusive ISO date bounds; an event is kept when its range overlaps. */
  from: string | null;
  to: string | null;
  /** Free text matched against titles and quotes (case- and accent-insensitive). */
  text: string;
}

/** A visible time window in ISO dates, or null to fit all the data. */
export interface TimeWindow {
  start: string;
  end: string;
}

/** An open source, and the span highlighted in it (a quote or a mention). */
export interface OpenSource {
  id: string;
  highlight: { start: number; end: number } | null;
}

export interface View {
  filters: Filters;
  window: TimeWindow | null;
  selected: string | null;
  source: OpenSource | null;
}

export const DEFAULT_FILTERS: Filters = {
  countries: [],
  match: 'any',
  types: [],
  from: null,
  to: null,
  text: '',
};

export const DEFAULT_VIEW: View = {
  filters: DEFAULT_FILTERS,
  window: null,
  selected: null,
  source: null,
};
