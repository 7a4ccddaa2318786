/**
 * Keeps the URL and the view store in step, so that a link reproduces the view
 * and Back/Forward step through it. The URL is read once on mount (and on
 * popstate); after that the store is the source of truth and the URL follows.
 */
import { useCallback, useLayoutEffect, useState } from 'react';
import type { Dataset } from '../../shared/schema';
import { selectView, useViewStore } from './store';
import { encodeView, readView, VIEW_PARAMS, type ParsedView } from './urlCodec';
import type { View } from './view';

export interface UrlSync {
  /** Parts of the link that were not understood and were ignored (empty when none). */
  dropped: string[];
  /** Hide the notice about dropped parts. */
  dismiss: () => void;
}

const OWNED = new Set<string>(VIEW_PARAMS);

/**
 * Window changes arrive once a frame while zooming; browsers throttle (Chrome)
 * or refuse (Safari: 100 calls in 30 s) that many history writes, so the URL
 * follows the window once zooming pauses.
 */
export const WINDOW_WRITE_DELAY_MS = 250;

/** The view in the current URL, checked against the dataset. */
export function readUrlView(ds: Dataset, search: string = window.location.search): ParsedView {
  return readView(search, ds);
}

// The `?` keeps a part's own leading `?` from being taken for the query's (as parseView reads it).
const keyOf = (part: string): string => [...new URLSearchParams(`?${part}`).keys()][0] ?? '';

/**
 * The query string with our parameters replaced by `encoded`. Parameters we do
 * not own (e.g. `dataset=`) are kept byte for byte, in their order, first.
 */
export function mergeSearch(search: string, encoded: string): string {
  const foreign = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && !OWNED.has(keyOf(part)));
  const query = [...foreign, ...(encoded ? [encoded] : [])].join('&');
  return query ? `?${query}` : '';
}

const urlWith = (encoded: string): string => {
  const { pathname, search, hash } = window.location;
  return `${pathname}${mergeSearch(search, encoded)}${hash}`;
};

/** Write a history entry; a browser refusing one (rate limits) must not break the app. */
function write(kind: 'push' | 'replace', url: string): void {
  try {
    if (kind === 'push') history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  } catch {
    // The view still works; only this step of the URL is lost.
  }
}

const withoutWindow = (v: View): View => ({ ...v, window: null });
const withoutText = (v: View): View => ({
  ...v,
  window: null,
  filters: { ...v.filters, text: '' },
});

/**
 * Sync the view store with the URL. Filters, selection and the open source push
 * a history entry (consecutive search-text edits share one); a time-window change
 * replaces the current entry once zooming pauses, so it does not flood the history.
 */
export function useUrlSync(dataset: Dataset): UrlSync {
  const [dropped, setDropped] = useState<string[]>(() => readUrlView(dataset).dropped);
  const dismiss = useCallback(() => setDropped([]), []);

  useLayoutEffect(() => {
    let applying = false;
    const apply = (view: View) => {
      applying = true;
      try {
        useViewStore.getState().setView(view);
      } finally {
        applying = false;
      }
    };

    apply(readUrlView(dataset).view);
    let prev = selectView(useViewStore.getState());
    let last = encodeView(prev);
    let typing = false; // whether the current history entry came from a search-text edit
    let pending: ReturnType<typeof setTimeout> | undefined; // a window change not yet written
    const flush = () => {
      if (pending === undefined) return;
      clearTimeout(pending);
      pending = undefined;
      write('replace', urlWith(last));
    };
    // Show the canonical link: ignored parts disappear, foreign parameters stay.
    const canonical = urlWith(last);
    if (canonical !== `${location.pathname}${location.search}${location.hash}`)
      write('replace', canonical);

    const unsubscribe = useViewStore.subscribe((state) => {
      const next = selectView(state);
      const encoded = encodeView(next);
      if (encoded === last) return;
      const windowOnly = encodeView(withoutWindow(next)) === encodeView(withoutWindow(prev));
      const textOnly = encodeView(withoutText(next)) === encodeView(withoutText(prev));
      prev = next;
      last = encoded;
      if (applying) return;
      if (windowOnly) {
        clearTimeout(pending);
        pending = setTimeout(flush, WINDOW_WRITE_DELAY_MS);
        return;
      }
      // This write carries the latest window too.
      clearTimeout(pending);
      pending = undefined;
      write(textOnly && typing ? 'replace' : 'push', urlWith(encoded));
      typing = textOnly;
    });

    const onPopState = () => {
      clearTimeout(pending);
      pending = undefined;
      const read = readUrlView(dataset);
      typing = false;
      apply(read.view);
      if (read.dropped.length) setDropped(read.dropped);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      flush();
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [dataset]);

  return { dropped, dismiss };
}
