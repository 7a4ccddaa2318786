/**
 * What runs inside the page, as source text: an init script that installs
 * `window.__parleyBench`. Kept as a string because tsx compiles functions with
 * helpers (`__name`) that do not exist in the page, so a serialised function
 * would not run there.
 *
 * Every time is performance.now(), which counts from navigation start.
 *  - busyFalseAt: when the Timeline region's aria-busy first reads "false"
 *    (a MutationObserver, so the time of the DOM change itself);
 *  - paintedAt: after the frame that follows it was rendered: a message posted
 *    from the next requestAnimationFrame callback is delivered only after that
 *    frame's style, layout and paint, which run in the same task as rAF;
 *  - clickAt: the last click, from a capturing listener on the document, so
 *    before the app's own handlers;
 *  - loaf: long-animation-frame entries (frames over 50 ms), for a cross-check.
 *  - read(name) / waitForState(expected, timeoutMs): what the list, timeline and
 *    graph show, read the way assistive technology would (region names, headings,
 *    aria-label, aria-pressed, and the timeline's aria-busy, which stays "true"
 *    until its drawing shows the current events), polled once a frame.
 */
export const INIT_SCRIPT = String.raw`
(() => {
  const B = { busyFalseAt: null, paintedAt: null, clickAt: null, loaf: [] };
  window.__parleyBench = B;

  B.afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  const timelineReady = () =>
    document.querySelector('section[aria-label="Timeline"][aria-busy="false"]') !== null;
  const observer = new MutationObserver(() => {
    if (B.busyFalseAt !== null || !timelineReady()) return;
    B.busyFalseAt = performance.now();
    observer.disconnect();
    B.afterPaint().then((t) => (B.paintedAt = t));
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        B.loaf.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    B.loaf = null; // not supported: reported as such
  }

  document.addEventListener('click', () => (B.clickAt = performance.now()), { capture: true });

  const digits = (s) => (s ? Number(s.replace(/\D/g, '')) : null);
  B.read = (countryName) => {
    const heading = document.querySelector('section[aria-label="Event list"] h2');
    const timeline = document.querySelector('section[aria-label="Timeline"]');
    let timelineTotal = null;
    let timelineStatus = null;
    for (const p of timeline ? timeline.querySelectorAll('p') : []) {
      const m = /of\s+([\d,.\s\u202f]+?)\s+events? in view/.exec(p.textContent || '');
      if (m) [timelineTotal, timelineStatus] = [digits(m[1]), p.textContent];
    }
    const graph = document.querySelector('section[aria-label="Relationship graph"]');
    const group = graph && graph.querySelector('[role="group"][aria-label$=" pairs"]');
    const node =
      graph &&
      [...graph.querySelectorAll('[role="button"][aria-pressed]')].find((n) =>
        (n.getAttribute('aria-label') || '').startsWith(countryName + ', '),
      );
    return {
      timelineBusy: timeline ? timeline.getAttribute('aria-busy') : null,
      timelineStatus,
      listed: heading ? digits(heading.textContent) : null,
      timelineTotal,
      graphLabel: group ? group.getAttribute('aria-label') : null,
      nodeLabel: node ? node.getAttribute('aria-label') : null,
      nodePressed: node ? node.getAttribute('aria-pressed') : null,
    };
  };

  const matches = (s, x) =>
    s.timelineBusy === 'false' &&
    s.listed === x.listed &&
    s.timelineTotal === x.listed &&
    s.graphLabel === x.graphLabel &&
    s.nodeLabel === x.nodeLabel &&
    s.nodePressed === x.nodePressed;

  // Resolves once a click has happened and every view shows the expected state,
  // with the time right after the frame that shows it.
  B.waitForState = (x, timeoutMs) =>
    new Promise((resolve) => {
      const started = performance.now();
      const tick = () => {
        const seen = B.read(x.countryName);
        if (B.clickAt !== null && matches(seen, x)) {
          const clickAt = B.clickAt;
          const metAt = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () =>
            resolve({ ok: true, clickAt, metAt, paintedAt: performance.now() });
          channel.port2.postMessage(null);
          return;
        }
        if (performance.now() - started > timeoutMs) return resolve({ ok: false, seen });
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
})();
`;

/** What B.read returns and B.waitForState expects (see datasets.ts ViewState). */
export interface SeenState {
  timelineBusy: string | null;
  /** The toolbar line: the dates shown and "N of M events in view". */
  timelineStatus: string | null;
  listed: number | null;
  timelineTotal: number | null;
  graphLabel: string | null;
  nodeLabel: string | null;
  nodePressed: string | null;
}

export type WaitResult =
  { ok: true; clickAt: number; metAt: number; paintedAt: number } | { ok: false; seen: SeenState };

export interface LoafEntry {
  start: number;
  duration: number;
  blocking: number;
}
