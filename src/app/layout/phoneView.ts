/**
 * Which view a phone shows. A phone has room for one view at a time, picked
 * with tabs; this is the pure state behind them. It is UI state of the phone
 * only (a wide screen shows every view at once), so it lives in the explorer
 * rather than in the store and the URL: a shared link means the same on any
 * screen. What it follows from the URL is the selection: a link to an event
 * opens on its details.
 */

/** The views, in the order of their tabs. */
export const PHONE_VIEWS = ['timeline', 'graph', 'list', 'details'] as const;
export type PhoneView = (typeof PHONE_VIEWS)[number];

/** The tabs' names. */
export const PHONE_VIEW_LABELS: Record<PhoneView, string> = {
  timeline: 'Timeline',
  graph: 'Graph',
  list: 'List',
  details: 'Details',
};

export interface PhoneState {
  /** The view the user chose, or null until they choose (then the selection decides). */
  chosen: PhoneView | null;
  /** Where the user came from when picking an event took them to its details. */
  returnTo: PhoneView | null;
}

export const PHONE_START: PhoneState = { chosen: null, returnTo: null };

export type PhoneAction =
  /** A tab. */
  | { type: 'choose'; view: PhoneView }
  /** An event picked in a view (the list, the timeline): its details are what they asked for. */
  | { type: 'picked'; from: PhoneView }
  /** The selection went away (Back, mostly): return to where the event was picked. */
  | { type: 'cleared' };

/** The phone state after an action. */
export function phoneReducer(state: PhoneState, action: PhoneAction): PhoneState {
  switch (action.type) {
    case 'choose':
      return { chosen: action.view, returnTo: null };
    case 'picked':
      return action.from === 'details' ? state : { chosen: 'details', returnTo: action.from };
    case 'cleared':
      return state.chosen === 'details' && state.returnTo
        ? { chosen: state.returnTo, returnTo: null }
        : state;
  }
}

/**
 * The view on screen: the user's choice, or, before they have made one, the
 * details when the link names an event or a source and the timeline otherwise.
 */
export function shownView(
  state: PhoneState,
  view: { selected: string | null; source: unknown },
): PhoneView {
  if (state.chosen) return state.chosen;
  return view.selected !== null || view.source !== null ? 'details' : 'timeline';
}

/**
 * The tab a key moves to in a tablist (ARIA's pattern: arrows wrap, Home and
 * End go to the ends), or null for a key that is not the tablist's.
 */
export function tabAfter(key: string, current: PhoneView): PhoneView | null {
  const i = PHONE_VIEWS.indexOf(current);
  const n = PHONE_VIEWS.length;
  switch (key) {
    case 'ArrowRight':
      return PHONE_VIEWS[(i + 1) % n]!;
    case 'ArrowLeft':
      return PHONE_VIEWS[(i - 1 + n) % n]!;
    case 'Home':
      return PHONE_VIEWS[0];
    case 'End':
      return PHONE_VIEWS[n - 1]!;
    default:
      return null;
  }
}
