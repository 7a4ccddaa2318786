/**
 * The explorer's phone layout as a hook: which view shows (phoneView.ts),
 * whether the filter sheet is open, and the attributes that turn the
 * explorer's views into tab panels. On a wider screen it changes nothing: the
 * panels are plain wrappers (display: contents) and every view shows.
 *
 * The open sheet keeps the keyboard with it: what it covers is inert, so Tab
 * never reaches a control hidden under it (WCAG 2.2, 2.4.11); opening moves
 * the focus in; Tab goes round the bar and the sheet; closing gives the focus
 * back to the Filters button.
 */
import {
  useCallback,
  useId,
  useLayoutEffect,
  useReducer,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { phoneReducer, PHONE_START, shownView, type PhoneView } from './phoneView';
import { useNarrow } from './useNarrow';
import './layout.css';

/** Attributes for a view's wrapper. */
export interface PanelProps {
  className: string;
  id?: string;
  role?: 'tabpanel';
  'aria-labelledby'?: string;
  tabIndex?: number;
  inert?: boolean;
}

export interface PhoneLayout {
  narrow: boolean;
  view: PhoneView;
  choose: (view: PhoneView) => void;
  /** An event was picked in `from`: on a phone, its details take the screen. */
  picked: (from: PhoneView) => void;
  tabId: (view: PhoneView) => string;
  panelId: (view: PhoneView) => string;
  panelProps: (view: PhoneView, className: string) => PanelProps;
  filtersOpen: boolean;
  /** The sheet is open over the views (a phone only): what it covers must be `inert`. */
  sheetOpen: boolean;
  filtersId: string;
  filtersButton: RefObject<HTMLButtonElement | null>;
  /** The sheet's last control ("Show N events"): Tab from it goes round to the bar. */
  doneButton: RefObject<HTMLButtonElement | null>;
  toggleFilters: () => void;
  /**
   * Keys inside the filter sheet: Escape closes it and gives the focus back to
   * its button; Tab from its last control goes round to the bar.
   */
  onFiltersKeyDown: (e: KeyboardEvent) => void;
  /**
   * Keys in the bar while the sheet is open: Escape closes it (as inside it);
   * Shift+Tab from the bar's first stop goes round to the sheet's last control.
   */
  onBarKeyDown: (e: KeyboardEvent) => void;
  closeFilters: () => void;
}

/** Tab (or Shift+Tab, `back`) with no other modifier. */
const isTab = (e: KeyboardEvent, back: boolean): boolean =>
  e.key === 'Tab' && e.shiftKey === back && !e.altKey && !e.ctrlKey && !e.metaKey;

export function usePhoneLayout(selected: string | null, source: unknown): PhoneLayout {
  const narrow = useNarrow();
  const uid = useId();
  const [state, dispatch] = useReducer(phoneReducer, PHONE_START);
  const view = shownView(state, { selected, source });

  // The selection going away (Back after picking an event) returns to where it was picked,
  // as Back does in a phone app. Adjusted while rendering, so no frame shows the empty details.
  const [lastSelected, setLastSelected] = useState(selected);
  if (selected !== lastSelected) {
    setLastSelected(selected);
    if (selected === null) dispatch({ type: 'cleared' });
  }

  const [filtersOpen, setFiltersOpen] = useState(false);
  const sheetOpen = narrow && filtersOpen;
  const filtersButton = useRef<HTMLButtonElement | null>(null);
  const doneButton = useRef<HTMLButtonElement | null>(null);
  const focusPanel = useRef(false);
  const focusSheet = useRef(false);

  const tabId = useCallback((v: PhoneView) => `${uid}-tab-${v}`, [uid]);
  const panelId = useCallback((v: PhoneView) => `${uid}-panel-${v}`, [uid]);
  const filtersId = `${uid}-filters`;

  const choose = useCallback(
    (v: PhoneView) => {
      dispatch({ type: 'choose', view: v });
      setFiltersOpen(false);
      // A tap focuses no button in Safari: focus left in the closing sheet would fall to the body.
      if (document.getElementById(filtersId)?.contains(document.activeElement))
        document.getElementById(tabId(v))?.focus();
    },
    [filtersId, tabId],
  );
  const picked = useCallback(
    (from: PhoneView) => {
      if (!narrow) return;
      if (from === 'details') return;
      dispatch({ type: 'picked', from });
      setFiltersOpen(false);
      // What was tapped is about to be hidden: the focus goes to the details, not the page body.
      focusPanel.current = true;
    },
    [narrow],
  );
  const closeFilters = useCallback(() => {
    setFiltersOpen(false);
    filtersButton.current?.focus();
  }, []);
  const toggleFilters = useCallback(() => {
    if (filtersOpen) return closeFilters();
    setFiltersOpen(true);
    focusSheet.current = true;
  }, [filtersOpen, closeFilters]);

  // The opened sheet takes the focus, on its heading: the first control is the search box, and
  // focusing it would bring up a phone's keyboard unasked. (FilterPanel's heading is a target
  // for the focus, tabindex -1, not a stop of the Tab order.)
  useLayoutEffect(() => {
    if (!sheetOpen || !focusSheet.current) return;
    focusSheet.current = false;
    const heading = document.getElementById(filtersId)?.querySelector<HTMLElement>('h2');
    (heading ?? doneButton.current)?.focus();
  }, [sheetOpen, filtersId]);

  // A new view starts at its top, like a new screen, and takes the focus if it was asked for.
  useLayoutEffect(() => {
    if (!narrow) return;
    const panel = document.getElementById(panelId(view));
    if (!panel) return;
    if (panel.getBoundingClientRect().top < 0) panel.scrollIntoView?.({ block: 'start' });
    if (focusPanel.current) panel.focus({ preventScroll: true });
    focusPanel.current = false;
  }, [narrow, view, panelId]);

  // The class names a view's element keeps on every screen, plus `view` (and `is-hidden` for
  // the views not shown) on a phone.
  const panelProps = (v: PhoneView, className: string): PanelProps =>
    narrow
      ? {
          className: v === view ? `${className} view` : `${className} view is-hidden`,
          id: panelId(v),
          role: 'tabpanel',
          'aria-labelledby': tabId(v),
          tabIndex: -1,
          inert: v !== view || filtersOpen,
        }
      : { className };

  return {
    narrow,
    view,
    choose,
    picked,
    tabId,
    panelId,
    panelProps,
    filtersOpen,
    sheetOpen,
    filtersId,
    filtersButton,
    doneButton,
    toggleFilters,
    onFiltersKeyDown: (e) => {
      if (!narrow) return;
      if (e.key === 'Escape') {
        e.stopPropagation();
        closeFilters();
      } else if (isTab(e, false) && e.target === doneButton.current) {
        // Past the sheet the page has nothing to reach (the rest is inert): round to the bar.
        e.preventDefault();
        document.getElementById(tabId(view))?.focus();
      }
    },
    onBarKeyDown: (e) => {
      if (!sheetOpen) return;
      if (e.key === 'Escape') {
        closeFilters();
      } else if (isTab(e, true) && e.target === document.getElementById(tabId(view))) {
        e.preventDefault();
        doneButton.current?.focus();
      }
    },
    closeFilters,
  };
}
