import { describe, expect, it } from 'vitest';
import {
  PHONE_START,
  PHONE_VIEWS,
  phoneReducer,
  shownView,
  tabAfter,
  type PhoneAction,
  type PhoneState,
  type PhoneView,
} from '../../../src/app/layout/phoneView';

const run = (actions: PhoneAction[], from: PhoneState = PHONE_START) =>
  actions.reduce(phoneReducer, from);
const none = { selected: null, source: null };

describe('shownView', () => {
  it('starts on the timeline, or on the details when the link names an event or a source', () => {
    expect(shownView(PHONE_START, none)).toBe('timeline');
    expect(shownView(PHONE_START, { selected: 'e1', source: null })).toBe('details');
    expect(shownView(PHONE_START, { selected: null, source: { id: 's1' } })).toBe('details');
  });

  it('shows what the user chose, whatever the selection', () => {
    const graph = run([{ type: 'choose', view: 'graph' }]);
    expect(shownView(graph, none)).toBe('graph');
    expect(shownView(graph, { selected: 'e1', source: null })).toBe('graph');
  });
});

describe('phoneReducer', () => {
  it('opens the details when an event is picked, remembering where', () => {
    const s = run([
      { type: 'choose', view: 'list' },
      { type: 'picked', from: 'list' },
    ]);
    expect(s).toEqual({ chosen: 'details', returnTo: 'list' });
  });

  it('returns to where the event was picked when the selection goes away (Back)', () => {
    const s = run([{ type: 'picked', from: 'timeline' }, { type: 'cleared' }]);
    expect(s).toEqual({ chosen: 'timeline', returnTo: null });
  });

  it('stays put when the selection goes away after the user chose a view themselves', () => {
    const s = run([
      { type: 'picked', from: 'list' },
      { type: 'choose', view: 'details' },
      { type: 'cleared' },
    ]);
    expect(s).toEqual({ chosen: 'details', returnTo: null });
    expect(run([{ type: 'choose', view: 'graph' }, { type: 'cleared' }])).toEqual({
      chosen: 'graph',
      returnTo: null,
    });
  });

  it('ignores a pick made in the details themselves', () => {
    const s = run([{ type: 'picked', from: 'list' }]);
    expect(phoneReducer(s, { type: 'picked', from: 'details' })).toBe(s);
  });
});

describe('tabAfter', () => {
  it.each([
    ['ArrowRight', 'timeline', 'graph'],
    ['ArrowRight', 'details', 'timeline'],
    ['ArrowLeft', 'timeline', 'details'],
    ['ArrowLeft', 'list', 'graph'],
    ['Home', 'list', 'timeline'],
    ['End', 'graph', 'details'],
  ] as const)('%s from %s goes to %s', (key, from, to) => {
    expect(tabAfter(key, from)).toBe(to);
  });

  it('leaves other keys alone', () => {
    for (const key of ['Enter', ' ', 'ArrowDown', 'Tab', 'a'])
      expect(tabAfter(key, 'graph')).toBeNull();
  });

  it('visits every view going right, and comes back', () => {
    let v: PhoneView = 'timeline';
    const seen: PhoneView[] = [v];
    for (let i = 1; i < PHONE_VIEWS.length; i++) seen.push((v = tabAfter('ArrowRight', v)!));
    expect(seen).toEqual([...PHONE_VIEWS]);
    expect(tabAfter('ArrowRight', v)).toBe('timeline');
  });
});
