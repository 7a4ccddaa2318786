// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { selectView, useViewStore } from '../../../src/app/state/store';
import { useUrlSync } from '../../../src/app/state/useUrlSync';
import type { View } from '../../../src/app/state/view';
import { fixtureDataset as ds } from '../../fixtures/dataset';
import { here, startEachTestFresh } from './freshView';

const article = { id: 'src-a', highlight: { start: 0, end: 5 } };

startEachTestFresh();

describe('selectFromSource', () => {
  it('selects the event and closes the article, leaving the rest of the view', () => {
    const { toggleCountry, setWindow, select, openSource } = useViewStore.getState();
    toggleCountry('jp');
    setWindow({ start: '2019-04-01', end: '2019-05-01' });
    select('us-ready');
    openSource(article);
    const before = selectView(useViewStore.getState());

    useViewStore.getState().selectFromSource('kp-missile');

    expect(selectView(useViewStore.getState())).toEqual<View>({
      ...before,
      selected: 'kp-missile',
      source: null,
    });
  });

  it('is one change of the store: no state has the new event under the old article', () => {
    useViewStore.getState().select('us-ready');
    useViewStore.getState().openSource(article);
    const seen: View[] = [];
    const unsubscribe = useViewStore.subscribe((s) => seen.push(selectView(s)));
    useViewStore.getState().selectFromSource('kp-missile');
    unsubscribe();
    expect(seen.map((v) => [v.selected, v.source])).toEqual([['kp-missile', null]]);
  });

  it('takes one step of history, and Back reopens the article on the event it came from', () => {
    history.replaceState(null, '', '/?e=us-ready&s=src-a&h=0-5');
    const push = vi.spyOn(history, 'pushState');
    renderHook(() => useUrlSync(ds));
    expect(useViewStore.getState().source).toEqual(article);

    act(() => useViewStore.getState().selectFromSource('kp-missile'));
    expect(push).toHaveBeenCalledTimes(1);
    expect(here()).toBe('/?e=kp-missile');

    // Back: the browser restores the previous URL and tells the page.
    history.replaceState(null, '', '/?e=us-ready&s=src-a&h=0-5');
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    const { selected, source } = useViewStore.getState();
    expect({ selected, source }).toEqual({ selected: 'us-ready', source: article });
  });
});
