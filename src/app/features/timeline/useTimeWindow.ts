/**
 * The zoom as a two-way binding with the `window` prop (the store and URL).
 * Gestures report the window they show, throttled and once more at their end;
 * a window arriving from outside (URL load, back/forward, Fit) is applied as
 * the zoom. The view remembers which (width, base, window) it shows, so the
 * window it just reported, coming back as a prop, changes nothing.
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { TimeWindow } from '../../state/view';
import { prefersReducedMotion } from './motion';
import {
  domainToWindow,
  domainToZoom,
  IDENTITY,
  sameWindow,
  windowToDomain,
  zoomToDomain,
  type Domain,
  type Range,
  type ZoomState,
} from './scales';
import { throttle, type Throttled } from './throttle';
import { useZoom, type ZoomCause, type ZoomControls } from './useZoom';

/** At most one report (one URL update) per this many ms during a gesture. */
export const REPORT_MS = 150;

export interface TimeWindowOptions {
  base: Domain;
  /** What "fit" (window === null) shows. */
  fit: Domain;
  range: Range;
  width: number;
  height: number;
  maxK: number;
  window: TimeWindow | null;
  onWindowChange: (w: TimeWindow | null) => void;
  /** Input the zoom leaves to the browser (see useZoom). */
  ignore?: (e: Event) => boolean;
}

export interface TimeWindowState {
  zoom: ZoomState;
  /** A wheel, drag or pinch is under way (until its end). */
  moving: boolean;
  controls: ZoomControls;
  /** Show the fit view and clear the window. */
  fitView: () => void;
}

const viewKey = (width: number, base: Domain, w: TimeWindow | null, fit: Domain) =>
  `${width}|${base[0]}|${base[1]}|${w ? `${w.start}/${w.end}` : `fit ${fit[0]}/${fit[1]}`}`;

export function useTimeWindow(
  target: RefObject<HTMLElement | null>,
  opts: TimeWindowOptions,
): TimeWindowState {
  const { base, fit, range, width, height, maxK, window: shown, onWindowChange, ignore } = opts;
  const [zoom, setZoom] = useState<ZoomState>(IDENTITY);
  const [moving, setMoving] = useState(false);
  const movingRef = useRef(false);
  // What the view shows, what was last sent, and whether a gesture moved it since.
  const sync = useRef({
    key: null as string | null,
    sent: null as TimeWindow | null,
    dirty: false,
  });
  const latest = useRef({ ...opts, zoom: IDENTITY });
  useLayoutEffect(() => {
    Object.assign(latest.current, opts);
  });

  const report = useCallback(() => {
    const s = sync.current;
    if (!s.dirty) return;
    s.dirty = false;
    const { zoom: z, base: b, range: r, width: w, fit: f, onWindowChange: send } = latest.current;
    const win = domainToWindow(zoomToDomain(z, b, r));
    if (sameWindow(win, s.sent)) return;
    s.sent = win;
    s.key = viewKey(w, b, win, f);
    send(win);
  }, []);
  const reporter = useRef<Throttled | null>(null);
  useLayoutEffect(() => {
    const t = throttle(report, REPORT_MS);
    reporter.current = t;
    return () => t.cancel();
  }, [report]);

  // A gesture can deliver several wheel or pointer events between two frames; the
  // view is rendered once per frame, with the latest zoom, not once per event.
  const frame = useRef(0);
  const render = useCallback((z: ZoomState, now: boolean) => {
    if (now || typeof requestAnimationFrame === 'undefined') {
      if (frame.current) cancelAnimationFrame(frame.current);
      frame.current = 0;
      setZoom(z);
    } else if (!frame.current)
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        setZoom(latest.current.zoom);
      });
  }, []);
  useLayoutEffect(() => () => cancelAnimationFrame(frame.current), []);

  const onZoom = useCallback(
    (z: ZoomState, cause: ZoomCause) => {
      latest.current.zoom = z;
      render(z, cause !== 'gesture');
      if (cause === 'gesture') {
        sync.current.dirty = true;
        reporter.current?.call();
      } else if (cause === 'gesture-end') reporter.current?.flush();
      // Only on a change: a same-value setState per wheel event still costs a render.
      const nowMoving = cause === 'gesture';
      if (nowMoving !== movingRef.current) {
        movingRef.current = nowMoving;
        setMoving(nowMoving);
      }
    },
    [render],
  );

  const controls = useZoom(target, { range, height, maxK, onZoom, ignore });
  const { moveTo } = controls;

  const key = viewKey(width, base, shown, fit);
  useLayoutEffect(() => {
    const s = sync.current;
    if (key === s.key) return;
    reporter.current?.cancel();
    Object.assign(s, { key, sent: shown, dirty: false });
    moveTo(domainToZoom(shown ? windowToDomain(shown) : fit, base, range, maxK), {
      animate: false,
      user: false,
    });
  }, [key, shown, fit, base, range, maxK, moveTo]);

  const fitView = useCallback(() => {
    reporter.current?.cancel();
    Object.assign(sync.current, { key: viewKey(width, base, null, fit), sent: null, dirty: false });
    moveTo(domainToZoom(fit, base, range, maxK), { animate: !prefersReducedMotion(), user: false });
    if (shown !== null) onWindowChange(null);
  }, [width, base, fit, range, maxK, moveTo, shown, onWindowChange]);

  return { zoom, moving, controls, fitView };
}
