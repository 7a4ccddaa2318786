import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/** What a panel that opens on request needs for its focus: where to land, and Escape. */
export interface PanelFocus {
  /** A key handler for the panel: Escape closes it. */
  onKeyDown: (e: KeyboardEvent) => void;
}

const isLost = (el: Element | null) => el === null || el === document.body;

/**
 * Focus for a panel the user opens from a control (the source reader, opened
 * by "Show in source"). When it opens while the user is working somewhere,
 * the focus moves to `landing()` (what they asked to see), so a keyboard or
 * screen-reader user is taken there; when it closes, the focus goes back to
 * the control that opened it instead of being dropped on the page body.
 * A panel opened by a shared link at page load takes no focus: nobody asked.
 *
 * @param openKey what is shown (null when closed); a new key is a new request.
 */
export function usePanelFocus(
  openKey: string | null,
  landing: () => HTMLElement | null,
  panel: RefObject<HTMLElement | null>,
  onClose: () => void,
): PanelFocus {
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (openKey === null) {
      const back = opener.current;
      opener.current = null;
      if (back?.isConnected && isLost(active)) back.focus();
      return;
    }
    if (isLost(active) || !(active instanceof HTMLElement)) return;
    if (!panel.current?.contains(active)) opener.current = active;
    landing()?.focus({ preventScroll: true });
    // `landing` and `panel` are read at the moment of a request; only a new request moves the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openKey]);
  return {
    onKeyDown: (e) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      onClose();
    },
  };
}
