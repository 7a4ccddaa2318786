/**
 * Each test of the store and the URL starts from the app's first state: the
 * store as created and the page at "/". Call once at the top of a test file.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { useViewStore } from '../../../src/app/state/store';

/** The page's path and query, as the URL sync writes them. */
export const here = () => `${location.pathname}${location.search}`;

export function startEachTestFresh(): void {
  const initial = useViewStore.getState();
  beforeEach(() => {
    useViewStore.setState(initial, true);
    history.replaceState(null, '', '/');
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });
}
