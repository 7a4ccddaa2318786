// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import {
  MAX_LANES_HEIGHT,
  Timeline,
  type TimelineProps,
} from '../../../src/app/features/timeline/Timeline';
import { PROXY_CAP } from '../../../src/app/features/timeline/proxies';
import type { Actor, Dataset } from '../../../src/shared/schema';
import { eventAccessibleName } from '../../../src/app/format';
import { compareByDate } from '../../../src/app/state/selectors';
import { fixtureDataset as ds } from '../../fixtures/dataset';
import { daily, ev } from './helpers';

const events = [...ds.events].sort(compareByDate);

function renderTimeline(over: Partial<TimelineProps> = {}) {
  const props: TimelineProps = {
    dataset: ds,
    events,
    selectedId: null,
    onSelect: vi.fn(),
    window: null,
    onWindowChange: vi.fn(),
    ...over,
  };
  return { props, ...render(<Timeline {...props} />) };
}

/** Fourteen countries, one event each: 14 lanes of 40px, taller than the plot shows. */
const manyLanes: Dataset = (() => {
  const ids = Array.from({ length: 14 }, (_, i) => `c${String(i).padStart(2, '0')}`);
  const actors: Actor[] = ids.map((id) => ({
    id,
    kind: 'country',
    name: `Country ${id}`,
    aliases: [],
    country: id,
    role: null,
  }));
  const events = ids.map((id, i) =>
    ev(`e-${id}`, `2019-04-${String(i + 1).padStart(2, '0')}`, undefined, [id]),
  );
  return { ...ds, actors: [...ds.actors, ...actors], events };
})();

// jsdom has no canvas: the timeline must skip painting (jsdom would report getContext as
// not implemented) and render without React warnings or errors.
let consoleError: MockInstance<typeof console.error>;
let getContext: MockInstance<HTMLCanvasElement['getContext']>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
  getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext');
});
afterEach(() => {
  cleanup();
  expect(consoleError).not.toHaveBeenCalled();
  expect(getContext).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

describe('Timeline', () => {
  it('is a region named Timeline, drawn (aria-busy false)', () => {
    renderTimeline();
    const region = screen.getByRole('region', { name: 'Timeline' });
    expect(region.getAttribute('aria-busy')).toBe('false');
  });

  it('exposes exactly one accessible mark per event, named title first', () => {
    renderTimeline();
    const region = screen.getByRole('region', { name: 'Timeline' });
    for (const e of events) {
      const marks = within(region).getAllByRole('button', { name: eventAccessibleName(ds, e) });
      expect(marks).toHaveLength(1);
      expect(marks[0]!.getAttribute('aria-label')!.startsWith(`${e.title}, `)).toBe(true);
    }
    const named = within(region)
      .getAllByRole('button')
      .filter((b) => b.getAttribute('data-event') !== null);
    expect(named).toHaveLength(events.length);
  });

  it.each([
    // At the fitted zoom the April days are a pixel or so apart: clustered in North Korea's
    // lane (kp-missile, us-ready) and in the US's (jp-us-meet, whose busiest lane it is).
    ['the fitted view', null, ['jp-us-meet', 'kp-missile', 'us-ready'], 6],
    ['two April weeks', { start: '2019-04-10', end: '2019-04-25' }, [], 3],
  ] as const)(
    'exposes every event in %s, flagging those drawn inside a cluster',
    (_, window, clustered, shown) => {
      const { container } = renderTimeline({ window });
      const proxies = [...container.querySelectorAll('[data-event]')];
      expect(proxies).toHaveLength(shown);
      for (const p of proxies) {
        expect(p.getAttribute('role')).toBe('button');
        expect(p.getAttribute('transform')).toMatch(/^translate\([\d.]+,[\d.]+\)$/);
      }
      const flagged = proxies.filter((p) => p.classList.contains('is-clustered'));
      expect(flagged.map((p) => p.getAttribute('data-event')).sort()).toEqual(clustered);
    },
  );

  it('past the proxy cap exposes only the tab stop, clustered until it is focused', () => {
    // 400 events a day apart in one lane, all in view: strips of heat, too many for a button each.
    const many = daily(PROXY_CAP + 100, '2019-01-01');
    const big: Dataset = { ...ds, events: many };
    renderTimeline({ dataset: big, events: many });
    const buttons = () => screen.getAllByRole('button').filter((b) => b.hasAttribute('data-event'));
    expect(buttons()).toHaveLength(1);
    const [stop] = buttons();
    expect(stop!.getAttribute('data-event')).toBe(many[0]!.id);
    expect(stop!.getAttribute('tabindex')).toBe('0');
    // Drawn inside the strip: the pointer goes to the cluster (which zooms in), not this event.
    expect(stop!.classList.contains('is-clustered')).toBe(true);
    act(() => stop!.focus());
    // Focused, it is drawn as its own mark, and its proxy is the mark's.
    expect(buttons()[0]!.classList.contains('is-clustered')).toBe(false);
  });

  it.each([
    // Two-row lanes (the Koreas, whose events overlap) are 52px tall, the others 40px.
    ['few lanes fit', ds, 224, 224],
    ['many lanes scroll', manyLanes, MAX_LANES_HEIGHT, 14 * 40],
  ])('sizes the lanes: %s', (_, dataset, height, lanesHeight) => {
    const { container } = renderTimeline({
      dataset,
      events: [...dataset.events].sort(compareByDate),
    });
    const scroll = container.querySelector<HTMLElement>('.tl-scroll')!;
    expect(scroll.style.height).toBe(`${height}px`);
    // The proxies' layer is as tall as all the lanes: the ones below scroll into view.
    expect(scroll.querySelector('.tl-svg')!.getAttribute('height')).toBe(String(lanesHeight));
    const names = container.querySelectorAll('.tl-lane-name');
    expect(names).toHaveLength(new Set(dataset.events.flatMap((e) => e.countries)).size);
  });

  it('has the zoom buttons and a legend of the four quad classes', () => {
    renderTimeline();
    for (const name of ['Zoom in', 'Zoom out', 'Fit'])
      expect(screen.getByRole('button', { name })).toBeTruthy();
    const legend = screen.getByRole('list', { name: 'Legend' });
    for (const label of [
      'Verbal cooperation',
      'Material cooperation',
      'Verbal conflict',
      'Material conflict',
    ])
      expect(within(legend).getByText(label)).toBeTruthy();
  });

  it('calls onSelect when a mark is clicked or activated with Enter', () => {
    const { props } = renderTimeline();
    const e = events.find((x) => x.id === 'kp-missile')!;
    const mark = screen.getByRole('button', { name: eventAccessibleName(ds, e) });
    fireEvent.click(mark);
    expect(props.onSelect).toHaveBeenCalledWith('kp-missile');
    fireEvent.keyDown(mark, { key: 'Enter' });
    expect(props.onSelect).toHaveBeenCalledTimes(2);
  });

  it('marks the selected event as pressed and makes it the tab stop', () => {
    renderTimeline({ selectedId: 'jp-us-meet' });
    const e = events.find((x) => x.id === 'jp-us-meet')!;
    const mark = screen.getByRole('button', { name: eventAccessibleName(ds, e) });
    expect(mark.getAttribute('aria-pressed')).toBe('true');
    expect(mark.getAttribute('tabindex')).toBe('0');
    const others = screen
      .getAllByRole('button')
      .filter((b) => b.getAttribute('data-event') && b !== mark);
    for (const b of others) {
      expect(b.getAttribute('aria-pressed')).toBe('false');
      expect(b.getAttribute('tabindex')).toBe('-1');
    }
  });

  it('reports a window when zoomed in by button, and clears it on Fit', () => {
    const { props } = renderTimeline({ window: { start: '2018-06-01', end: '2019-03-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(props.onWindowChange).toHaveBeenCalledTimes(1);
    const w = vi.mocked(props.onWindowChange).mock.calls[0]![0]!;
    expect(w.start > '2018-06-01' && w.end < '2019-03-31').toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Fit' }));
    expect(props.onWindowChange).toHaveBeenLastCalledWith(null);
  });

  it('culls marks outside the window', () => {
    renderTimeline({ window: { start: '2019-04-10', end: '2019-04-25' } });
    const names = screen
      .getAllByRole('button')
      .map((b) => b.getAttribute('data-event'))
      .filter(Boolean);
    expect(names.sort()).toEqual(['jp-us-meet', 'kp-missile', 'us-ready']);
  });

  it('applies a window from outside without reporting it back', () => {
    const { props, rerender } = renderTimeline();
    const status = () => screen.getByText(/ – /).textContent;
    expect(status()).toMatch(/2017 – .*2019/);
    rerender(<Timeline {...props} window={{ start: '2019-04-01', end: '2019-04-30' }} />);
    expect(status()).toBe('1 April 2019 – 30 April 2019');
    rerender(<Timeline {...props} window={null} />);
    expect(status()).toMatch(/2017 – .*2019/);
    expect(props.onWindowChange).not.toHaveBeenCalled();
  });

  it('does not move the view when the reported window comes back', () => {
    // An odd number of days: zooming in about the middle leaves the view off midnight.
    const { props, rerender } = renderTimeline({
      window: { start: '2018-06-01', end: '2019-03-30' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    const reported = vi.mocked(props.onWindowChange).mock.calls[0]![0]!;
    // The reported window is rounded to days; re-applying it would shift marks a little.
    const where = () =>
      screen
        .getAllByRole('button')
        .filter((b) => b.getAttribute('data-event'))
        .map((b) => b.getAttribute('transform'));
    const before = where();
    rerender(<Timeline {...props} window={{ ...reported }} />);
    expect(where()).toEqual(before);
    expect(props.onWindowChange).toHaveBeenCalledTimes(1);
    rerender(<Timeline {...props} window={{ ...reported, end: '2019-03-31' }} />);
    expect(where()).not.toEqual(before);
  });

  it('zooms with + and − and fits with 0 from a focused mark', () => {
    const { props } = renderTimeline({ window: { start: '2018-06-01', end: '2019-03-31' } });
    const mark = screen.getAllByRole('button').find((b) => b.getAttribute('tabindex') === '0')!;
    mark.focus();
    fireEvent.keyDown(mark, { key: '+' });
    const zoomedIn = vi.mocked(props.onWindowChange).mock.calls.at(-1)![0]!;
    fireEvent.keyDown(mark, { key: '-' });
    const zoomedOut = vi.mocked(props.onWindowChange).mock.calls.at(-1)![0]!;
    expect(zoomedOut.start < zoomedIn.start).toBe(true);
    fireEvent.keyDown(mark, { key: '0' });
    expect(props.onWindowChange).toHaveBeenLastCalledWith(null);
  });

  it('moves focus between events in time with the arrow keys (roving tab stop)', () => {
    renderTimeline();
    const first = screen.getByRole('button', { name: eventAccessibleName(ds, events[0]!) });
    expect(first.getAttribute('tabindex')).toBe('0');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    const second = screen.getByRole('button', { name: eventAccessibleName(ds, events[1]!) });
    expect(document.activeElement).toBe(second);
    expect(second.getAttribute('tabindex')).toBe('0');
    expect(first.getAttribute('tabindex')).toBe('-1');
    fireEvent.keyDown(second, { key: 'End' });
    expect(document.activeElement?.getAttribute('data-event')).toBe(events.at(-1)!.id);
  });

  it('leaves the view alone when an off-screen event is selected, offering Show selected', () => {
    const win = { start: '2019-04-10', end: '2019-04-25' };
    const { props, rerender } = renderTimeline({ window: win });
    expect(screen.queryByRole('button', { name: 'Show selected' })).toBeNull();
    rerender(<Timeline {...props} selectedId="cn-urges" />);
    expect(screen.getByText(/ – /).textContent).toBe('10 April 2019 – 25 April 2019');
    fireEvent.click(screen.getByRole('button', { name: 'Show selected' }));
    const shown = vi.mocked(props.onWindowChange).mock.calls.at(-1)![0]!;
    expect(shown.start <= '2018-08-31' && shown.end >= '2018-08-01').toBe(true);
  });
});
