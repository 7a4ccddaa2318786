import { useCallback, useSyncExternalStore } from 'react';

/**
 * Where the phone layout begins: one view at a time. layout.css uses the same
 * width in its @media rules; keep the two together.
 */
export const PHONE_QUERY = '(max-width: 640px)';

const media = (query: string): MediaQueryList | null =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(query)
    : null;

/** Whether a media query matches, following it as the window resizes or the phone turns. */
function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (notify: () => void) => {
      const list = media(query);
      list?.addEventListener('change', notify);
      return () => list?.removeEventListener('change', notify);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => media(query)?.matches ?? false,
    () => false,
  );
}

/** Whether the screen is phone-narrow (PHONE_QUERY). */
export const useNarrow = (): boolean => useMediaQuery(PHONE_QUERY);
