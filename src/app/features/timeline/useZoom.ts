/**
 * d3-zoom owns the plot's input (wheel, drag, pinch, double-click); React owns
 * its DOM. The behaviour is created once, its extents updated when the size or
 * data change, and its listeners removed on unmount. d3-selection is used only
 * to `.call(zoom)` on the element that React rendered.
 */
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { easeOut, GLIDE_MS, interpolateZoom, prefersReducedMotion } from './motion';
import { clampZoom, IDENTITY, panBy, type Range, type ZoomState } from './scales';
import { nextTouchMode, zoomHandles, type TouchMode } from './touchIntent';

/**
 * gesture: the user is zooming or panning; gesture-end: they stopped (also sent
 * after a move made on their behalf); program: a move the app made to follow
 * its props, which must not be reported back.
 */
export type ZoomCause = 'gesture' | 'gesture-end' | 'program';

export interface ZoomOptions {
  /** The plot's pixel range (the zoom's viewport in x). */
  range: Range;
  height: number;
  maxK: number;
  onZoom: (z: ZoomState, cause: ZoomCause) => void;
  /** Input the zoom must leave to the browser (a wheel over the lane names scrolls them). */
  ignore?: (e: Event) => boolean;
}

export interface ZoomControls {
  /** Go to a zoom (clamped). `animate` glides; `user` reports it like a gesture. */
  moveTo: (z: ZoomState, opts: { animate: boolean; user: boolean }) => void;
  /** Where the view is, or is gliding to (so quick repeated zooms compound). */
  current: () => ZoomState;
}

// A sideways wheel (trackpad swipe, Shift+wheel) pans; d3-zoom's wheel only zooms.
const isSideways = (e: WheelEvent) => Math.abs(e.deltaX) > Math.abs(e.deltaY);
const WHEEL_IDLE_MS = 150;

export function useZoom(ref: RefObject<HTMLElement | null>, opts: ZoomOptions): ZoomControls {
  const behavior = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const latest = useRef(opts);
  const now = useRef<ZoomState>(IDENTITY);
  const dest = useRef<ZoomState>(IDENTITY);
  const cause = useRef<ZoomCause>('program');
  const frame = useRef(0);
  const idle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useLayoutEffect(() => {
    latest.current = opts;
  });

  const apply = useCallback(
    (z: ZoomState, why: ZoomCause) => {
      const node = ref.current;
      if (!node || !behavior.current) return;
      cause.current = why;
      behavior.current.transform(select(node), zoomIdentity.translate(z.x, 0).scale(z.k));
      cause.current = 'program';
    },
    [ref],
  );

  // Create and destroy.
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const stopGlide = () => cancelAnimationFrame(frame.current);
    const b = zoom<HTMLElement, unknown>()
      .filter((e: Event) => {
        if (latest.current.ignore?.(e)) return false;
        if (e.type === 'wheel') return !isSideways(e as WheelEvent);
        const m = e as MouseEvent;
        return !m.ctrlKey && !m.button;
      })
      .clickDistance(4)
      .duration(prefersReducedMotion() ? 0 : GLIDE_MS)
      .on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) => {
        now.current = { k: e.transform.k, x: e.transform.x };
        if (e.sourceEvent) {
          stopGlide();
          dest.current = now.current;
        }
        latest.current.onZoom(now.current, e.sourceEvent ? 'gesture' : cause.current);
      })
      .on('end', (e: D3ZoomEvent<HTMLElement, unknown>) => {
        if (e.sourceEvent) latest.current.onZoom(now.current, 'gesture-end');
      });
    behavior.current = b;
    const { range, height, maxK } = latest.current;
    b.extent([
      [range[0], 0],
      [range[1], height],
    ])
      .translateExtent([
        [range[0], 0],
        [range[1], height],
      ])
      .scaleExtent([1, maxK]);
    const sel = select(node).call(b);
    sel.on(
      'wheel.pan',
      (e: WheelEvent) => {
        if (!isSideways(e) || latest.current.ignore?.(e)) return;
        e.preventDefault();
        stopGlide();
        const { range: r, maxK: k } = latest.current;
        apply(panBy(now.current, e.deltaX, r, k), 'gesture');
        dest.current = now.current;
        clearTimeout(idle.current);
        idle.current = setTimeout(
          () => latest.current.onZoom(now.current, 'gesture-end'),
          WHEEL_IDLE_MS,
        );
      },
      { passive: false },
    );
    // Touch: one finger moving up or down scrolls the lanes or the page instead of reaching
    // d3-zoom, which would cancel the scroll (see touchIntent.ts). Listening in the capture
    // phase runs this before d3-zoom's own listeners on the same node; passive, since it never
    // cancels anything, it only decides who hears the move.
    let touchMode: TouchMode = 'undecided';
    let origin = { id: -1, x: 0, y: 0 };
    const onTouch = (e: TouchEvent) => {
      if (e.type === 'touchstart' && e.touches.length === e.changedTouches.length) {
        const t = e.touches[0]!;
        touchMode = 'undecided';
        origin = { id: t.identifier, x: t.clientX, y: t.clientY };
      }
      if (e.type === 'touchend' || e.type === 'touchcancel') {
        if (e.touches.length === 0) touchMode = 'undecided';
        return;
      }
      const first = Array.from(e.touches).find((t) => t.identifier === origin.id);
      const dx = first ? first.clientX - origin.x : 0;
      const dy = first ? first.clientY - origin.y : 0;
      touchMode = nextTouchMode(touchMode, e.touches.length, dx, dy);
      // A finger that has not shown its direction yet is held back too: d3-zoom picks up from
      // where the touch landed, so a pan loses nothing by starting a few pixels late.
      if (e.type === 'touchmove' ? !zoomHandles(touchMode) : touchMode === 'scroll')
        e.stopImmediatePropagation();
    };
    const touchTypes = ['touchstart', 'touchmove', 'touchend', 'touchcancel'] as const;
    for (const type of touchTypes)
      node.addEventListener(type, onTouch, { capture: true, passive: true });
    return () => {
      stopGlide();
      clearTimeout(idle.current);
      for (const type of touchTypes) node.removeEventListener(type, onTouch, { capture: true });
      sel.on('.zoom', null).on('wheel.pan', null);
      behavior.current = null;
    };
  }, [ref, apply]);

  // Update: the viewport and limits follow the plot's size and the data.
  const [r0, r1] = opts.range;
  useLayoutEffect(() => {
    behavior.current
      ?.extent([
        [r0, 0],
        [r1, opts.height],
      ])
      .translateExtent([
        [r0, 0],
        [r1, opts.height],
      ])
      .scaleExtent([1, opts.maxK]);
  }, [r0, r1, opts.height, opts.maxK]);

  const moveTo = useCallback<ZoomControls['moveTo']>(
    (target, { animate, user }) => {
      cancelAnimationFrame(frame.current);
      const { range, maxK } = latest.current;
      const to = clampZoom(target, range, maxK);
      const from = now.current;
      // Nothing to do (say, revealing an event already in view): nothing to report either.
      if (Math.abs(to.k - from.k) < 1e-9 && Math.abs(to.x - from.x) < 1e-6) return;
      dest.current = to;
      const why: ZoomCause = user ? 'gesture' : 'program';
      const finish = () => {
        apply(to, why);
        if (user) latest.current.onZoom(to, 'gesture-end');
      };
      if (!animate) return finish();
      const t0 = performance.now();
      const step = (t: number) => {
        const s = Math.min(1, (t - t0) / GLIDE_MS);
        if (s >= 1) return finish();
        apply(interpolateZoom(from, to, range, easeOut(s)), 'program');
        frame.current = requestAnimationFrame(step);
      };
      frame.current = requestAnimationFrame(step);
    },
    [apply],
  );

  const current = useCallback(() => dest.current, []);
  return { moveTo, current };
}
