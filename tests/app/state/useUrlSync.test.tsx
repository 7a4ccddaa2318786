// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { mergeSearch, useUrlSync, WINDOW_WRITE_DELAY_MS } from '../../../src/app/state/useUrlSync';
import { useViewStore } from '../../../src/app/state/store';
import { DEFAULT_VIEW } from '../../../src/app/state/view';
import { fixtureDataset as ds } from '../../fixtures/dataset';
import { here, startEachTestFresh } from './freshView';

startEachTestFresh();

function mount(url: string) {
  history.replaceState(null, '', url);
  const push = vi.spyOn(history, 'pushState');
  const replace = vi.spyOn(history, 'replaceState');
  const hook = renderHook(() => useUrlSync(ds));
  push.mockClear();
  replace.mockClear();
  return { ...hook, push, replace };
}

describe('useUrlSync', () => {
  it('reads the view from the URL on mount', () => {
    mount('/?c=jp,us&m=all&t=CONSULT&e=jp-us-meet&w=2019-01-01..2019-06-01');
    const s = useViewStore.getState();
    expect(s.filters.countries).toEqual(['jp', 'us']);
    expect(s.filters.match).toBe('all');
    expect(s.filters.types).toEqual(['CONSULT']);
    expect(s.selected).toBe('jp-us-meet');
    expect(s.window).toEqual({ start: '2019-01-01', end: '2019-06-01' });
  });

  it('reports ignored parts, cleans them from the URL and keeps foreign params', () => {
    const { result } = mount('/?dataset=data%2Fother.json&c=jp,zz&t=NOPE&e=ghost#top');
    expect(result.current.dropped).toEqual([
      'event type “NOPE”',
      'unknown country “zz”',
      'unknown event “ghost”',
    ]);
    expect(useViewStore.getState().filters.countries).toEqual(['jp']);
    expect(here()).toBe('/?dataset=data%2Fother.json&c=jp');
    expect(location.hash).toBe('#top');
    act(() => result.current.dismiss());
    expect(result.current.dropped).toEqual([]);
  });

  it('pushes a history entry when filters, selection or source change', () => {
    const { push, replace } = mount('/');
    act(() => useViewStore.getState().toggleCountry('jp'));
    expect(push).toHaveBeenCalledTimes(1);
    expect(here()).toBe('/?c=jp');
    act(() => useViewStore.getState().select('jp-us-meet'));
    act(() => useViewStore.getState().openSource({ id: 'src-a', highlight: { start: 0, end: 5 } }));
    expect(push).toHaveBeenCalledTimes(3);
    expect(replace).not.toHaveBeenCalled();
    expect(here()).toBe('/?c=jp&e=jp-us-meet&s=src-a&h=0-5');
  });

  it('replaces the entry when only the time window changes, once zooming pauses', () => {
    vi.useFakeTimers();
    const { push, replace } = mount('/?c=jp');
    act(() => useViewStore.getState().setWindow({ start: '2019-01-01', end: '2019-02-01' }));
    act(() => vi.advanceTimersByTime(WINDOW_WRITE_DELAY_MS - 1));
    act(() => useViewStore.getState().setWindow({ start: '2019-01-05', end: '2019-02-01' }));
    act(() => vi.advanceTimersByTime(WINDOW_WRITE_DELAY_MS - 1));
    expect(replace).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(push).not.toHaveBeenCalled();
    expect(replace).toHaveBeenCalledTimes(1);
    expect(here()).toBe('/?c=jp&w=2019-01-05..2019-02-01');
  });

  it('lets a pushed change carry a pending window with it', () => {
    vi.useFakeTimers();
    const { push, replace } = mount('/');
    act(() => useViewStore.getState().setWindow({ start: '2019-01-01', end: '2019-02-01' }));
    act(() => useViewStore.getState().select('kp-missile'));
    expect(push).toHaveBeenCalledTimes(1);
    expect(here()).toBe('/?w=2019-01-01..2019-02-01&e=kp-missile');
    act(() => vi.advanceTimersByTime(WINDOW_WRITE_DELAY_MS * 2));
    expect(replace).not.toHaveBeenCalled();
  });

  it('writes a pending window when unmounted', () => {
    vi.useFakeTimers();
    const { unmount } = mount('/');
    act(() => useViewStore.getState().setWindow({ start: '2019-01-01', end: '2019-02-01' }));
    unmount();
    expect(here()).toBe('/?w=2019-01-01..2019-02-01');
  });

  it('survives a browser refusing a history write', () => {
    const { push } = mount('/');
    push.mockImplementation(() => {
      throw new DOMException('too many calls', 'SecurityError');
    });
    expect(() => act(() => useViewStore.getState().toggleCountry('jp'))).not.toThrow();
    expect(useViewStore.getState().filters.countries).toEqual(['jp']);
  });

  it('coalesces consecutive search-text edits into one entry', () => {
    const { push, replace } = mount('/');
    act(() => useViewStore.getState().setText('sum'));
    act(() => useViewStore.getState().setText('summit'));
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledTimes(1);
    act(() => useViewStore.getState().toggleType('CONSULT'));
    act(() => useViewStore.getState().setText('talks'));
    expect(push).toHaveBeenCalledTimes(3);
    expect(here()).toBe('/?t=CONSULT&q=talks');
  });

  it('writes nothing when a change leaves the view the same', () => {
    const { push, replace } = mount('/?c=jp');
    act(() => useViewStore.getState().setDateRange(null, null));
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
  });

  it('applies the URL on popstate without pushing again', () => {
    const { push, result } = mount('/?c=jp');
    history.replaceState(null, '', '/?t=AGREE&e=nope');
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    const s = useViewStore.getState();
    expect(s.filters.countries).toEqual([]);
    expect(s.filters.types).toEqual(['AGREE']);
    expect(s.selected).toBeNull();
    expect(push).not.toHaveBeenCalled();
    expect(result.current.dropped).toEqual(['unknown event “nope”']);
  });

  it('stops listening when unmounted', () => {
    const { push, unmount } = mount('/');
    unmount();
    act(() => useViewStore.getState().toggleCountry('jp'));
    expect(push).not.toHaveBeenCalled();
    history.replaceState(null, '', '/?c=us');
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(useViewStore.getState().filters.countries).toEqual(['jp']);
  });

  it('resets to the default view for an empty URL', () => {
    useViewStore.getState().toggleCountry('jp');
    mount('/');
    const { filters, window: w, selected, source } = useViewStore.getState();
    expect({ filters, window: w, selected, source }).toEqual(DEFAULT_VIEW);
  });
});

describe('mergeSearch', () => {
  it.each([
    ['', '', ''],
    ['', 'c=jp', '?c=jp'],
    ['?c=us&dataset=a%2Fb.json', 'c=jp', '?dataset=a%2Fb.json&c=jp'],
    ['?dataset=x&q=old&e=y', '', '?dataset=x'],
    ['?a=1&&b&c=us', 't=AGREE', '?a=1&b&t=AGREE'],
  ])('%s + %s', (search, encoded, expected) => {
    expect(mergeSearch(search, encoded)).toBe(expected);
  });
});
