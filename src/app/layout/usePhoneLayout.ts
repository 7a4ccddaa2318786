/**
 * The explorer's phone layout as a hook: which view shows (phoneView.ts),
 * whether the filter sheet is open, and the attributes that turn the
 * explorer's views into tab panels. On a wider screen it changes nothing: the
 * panels are plain wrappers (display: contents) and every view shows.
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
  filtersId: string;
  filtersButton: RefObject<HTMLButtonElement | null>;
  toggleFilters: () => void;
  /** Keys inside the filter sheet: Escape closes it and gives the focus back to its button. */
  onFiltersKeyDown: (e: KeyboardEvent) => void;
  closeFilters: () => void;
}

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
  const filtersButton = useRef<HTMLButtonElement | null>(null);
  const focusPanel = useRef(false);

  const tabId = useCallback((v: PhoneView) => `${uid}-tab-${v}`, [uid]);
  const panelId = useCallback((v: PhoneView) => `${uid}-panel-${v}`, [uid]);

  const choose = useCallback((v: PhoneView) => {
    dispatch({ type: 'choose', view: v });
    setFiltersOpen(false);
  }, []);
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
          inert: v !== view,
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
    filtersId: `${uid}-filters`,
    filtersButton,
    toggleFilters: () => setFiltersOpen((open) => !open),
    onFiltersKeyDown: (e) => {
      if (e.key !== 'Escape' || !narrow) return;
      e.stopPropagation();
      closeFilters();
    },
    closeFilters,
  };
}
