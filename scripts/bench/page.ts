/** The three interactions the bench times, driven from Node with Playwright. */
import type { Page } from '@playwright/test';
import type { ViewState } from './datasets';
import type { LoafEntry, SeenState, WaitResult } from './inpage';

/** Resolves after the next frame has been rendered (see inpage.ts afterPaint). */
export const nextFrame = (page: Page) =>
  page.evaluate('window.__parleyBench.afterPaint()') as Promise<number>;

export const pageNow = (page: Page) => page.evaluate('performance.now()') as Promise<number>;

const timelineStatus = async (page: Page) =>
  ((await page.evaluate("window.__parleyBench.read('')")) as SeenState).timelineStatus;

export interface LoadTimes {
  /** Navigation start → the Timeline's aria-busy turned "false". */
  busyFalseMs: number;
  /** … → the frame after it was rendered. */
  paintedMs: number;
}

/** Opens `url` (the init script must be installed) and waits for the timeline. */
export async function load(page: Page, url: string, timeoutMs: number): Promise<LoadTimes> {
  await page.goto(url, { waitUntil: 'commit' });
  try {
    await page.waitForFunction(
      'window.__parleyBench.paintedAt !== null || document.querySelector(\'[role="alert"]\') !== null',
      undefined,
      { timeout: timeoutMs, polling: 100 },
    );
  } catch {
    const text = await page
      .locator('body')
      .innerText({ timeout: 5_000 })
      .catch(() => '');
    throw new Error(
      `the Timeline did not report aria-busy="false" within ${timeoutMs} ms at ${url}.\n` +
        `The page shows: ${text.slice(0, 400)}`,
    );
  }
  const alert = page.getByRole('alert');
  if ((await alert.count()) > 0)
    throw new Error(`the app showed an error at ${url}:\n${await alert.innerText()}`);
  return (await page.evaluate(
    '({ busyFalseMs: window.__parleyBench.busyFalseAt, paintedMs: window.__parleyBench.paintedAt })',
  )) as LoadTimes;
}

const label = (name: string, n: number) => `${name}, ${n} ${n === 1 ? 'event' : 'events'}`;

/** The in-page form of a ViewState (what B.waitForState compares). */
const expected = (s: ViewState) => ({
  countryName: s.countryName,
  listed: s.listed,
  graphLabel: `${s.liveCountries} countries, ${s.pairs} pairs`,
  nodeLabel: label(s.countryName, s.countryEvents),
  nodePressed: String(s.chosen),
});

export interface FilterTime {
  /** Click → list, timeline and graph all show `state`, and that frame was rendered. */
  ms: number;
  /** Click → the first frame whose rAF saw the whole new state. */
  seenMs: number;
}

/**
 * Clicks the country's checkbox (by role and exact name) and times it until the
 * list heading, the timeline's "of N events in view" and the graph (the country's
 * node pressed with its count, and its "N countries, M pairs") show `state`.
 */
export async function toggleCountry(
  page: Page,
  state: ViewState,
  timeoutMs: number,
): Promise<FilterTime> {
  const box = page
    .getByRole('group', { name: 'Countries' })
    .getByRole('checkbox', { name: state.countryName, exact: true });
  await box.scrollIntoViewIfNeeded();
  await page.evaluate('window.__parleyBench.clickAt = null');
  const waiting = page.evaluate(
    `window.__parleyBench.waitForState(${JSON.stringify(expected(state))}, ${timeoutMs})`,
  ) as Promise<WaitResult>;
  await box.click({ timeout: timeoutMs });
  const result = await waiting;
  if (!result.ok) throw new Error(describeMismatch(state, result.seen));
  return { ms: result.paintedAt - result.clickAt, seenMs: result.metAt - result.clickAt };
}

function describeMismatch(state: ViewState, seen: SeenState): string {
  const want = expected(state);
  const rows = [
    ['timeline aria-busy', 'false', seen.timelineBusy],
    ['list heading "Events N"', want.listed, seen.listed],
    ['timeline "of N events in view"', want.listed, seen.timelineTotal],
    ['graph group label', want.graphLabel, seen.graphLabel],
    [`graph node of ${state.countryName}`, want.nodeLabel, seen.nodeLabel],
    ['graph node aria-pressed', want.nodePressed, seen.nodePressed],
  ].filter(([, w, s]) => w !== s);
  return (
    `after ${state.chosen ? 'choosing' : 'clearing'} ${state.countryName}, some views never ` +
    `showed the expected state:\n` +
    rows.map(([what, w, s]) => `  ${what}: expected ${String(w)}, saw ${String(s)}`).join('\n')
  );
}

export interface SequenceOptions {
  /** Wheel delta per notch (d3-zoom: 2^(delta × 0.002) per notch). */
  wheelDelta: number;
  dragPx: number;
  dragSteps: number;
  /** Pause after each input once its frame is rendered, like a hand on a wheel. */
  gapMs: number;
  /** Stop issuing inputs after this long (a very slow build would take forever). */
  budgetMs: number;
}

export const SEQUENCE: SequenceOptions = {
  wheelDelta: 200,
  dragPx: 160,
  dragSteps: 6,
  gapMs: 20,
  budgetMs: 120_000,
};

export interface SequenceRun {
  wheels: number;
  drags: number;
  /** Inputs left out because the time budget ran out. */
  truncated: boolean;
  /** performance.now() in the page at the start and end. */
  start: number;
  end: number;
  wallMs: number;
}

/**
 * 40 wheel zooms and 20 drag pans over the middle of the plot, in four rounds of
 * five zooms in, five pans (alternating direction) and five zooms out, so that
 * the pans happen zoomed in and the view ends where it started.
 */
export async function zoomAndPan(page: Page, o: SequenceOptions = SEQUENCE): Promise<SequenceRun> {
  const plot = page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('group', { name: 'Events by country and date' });
  await plot.scrollIntoViewIfNeeded();
  // The plot group itself, not an <svg> or <canvas> in it: how it draws may change.
  const box = await plot.boundingBox();
  if (!box) throw new Error('the timeline plot has no box');
  // The middle of the part on screen (a tall plot scrolls its lanes).
  const viewport = page.viewportSize()!;
  const x = box.x + box.width / 2;
  const y = (Math.max(box.y, 0) + Math.min(box.y + box.height, viewport.height)) / 2;
  await page.mouse.move(x, y);

  const wall0 = Date.now();
  const start = await pageNow(page);
  let wheels = 0;
  let drags = 0;
  const late = () => Date.now() - wall0 > o.budgetMs;
  const settle = async () => {
    await nextFrame(page);
    await page.waitForTimeout(o.gapMs);
  };
  const wheel = async (sign: number) => {
    await page.mouse.wheel(0, sign * o.wheelDelta);
    wheels++;
    await settle();
  };
  const drag = async (dir: number) => {
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let s = 1; s <= o.dragSteps; s++) {
      await page.mouse.move(x + (dir * o.dragPx * s) / o.dragSteps, y);
      await nextFrame(page);
    }
    await page.mouse.up();
    drags++;
    await settle();
  };

  // Guards against a vacuous run: zooms and pans that miss the plot change nothing.
  let status = await timelineStatus(page);
  const mustHaveMoved = async (what: string) => {
    const now = await timelineStatus(page);
    if (now === status)
      throw new Error(`${what} over the plot did not change the timeline's window ("${now}")`);
    status = now;
  };

  outer: for (let round = 0; round < 4; round++) {
    for (let i = 0; i < 5; i++) {
      if (late()) break outer;
      await wheel(-1); // negative deltaY zooms in
    }
    if (round === 0) await mustHaveMoved('five wheel zooms');
    for (let i = 0; i < 5; i++) {
      if (late()) break outer;
      await drag((round + i) % 2 === 0 ? -1 : 1);
    }
    if (round === 0) await mustHaveMoved('five drag pans');
    for (let i = 0; i < 5; i++) {
      if (late()) break outer;
      await wheel(1);
    }
  }
  await page.mouse.move(x, box.y - 20); // leave the plot: no tooltip left open
  // Let throttled window reports and the URL write (150 and 250 ms) land in the trace.
  await page.waitForTimeout(400);
  await nextFrame(page);
  const end = await pageNow(page);
  return {
    wheels,
    drags,
    truncated: wheels < 40 || drags < 20,
    start,
    end,
    wallMs: Date.now() - wall0,
  };
}

/** Long-animation-frame entries that started between `start` and `end` (page time). */
export async function longFrames(page: Page, start: number, end: number) {
  const all = (await page.evaluate('window.__parleyBench.loaf')) as LoafEntry[] | null;
  if (all === null) return null;
  const inside = all.filter((e) => e.start >= start && e.start <= end);
  return {
    count: inside.length,
    maxMs: Math.max(0, ...inside.map((e) => e.duration)),
    blockingMs: inside.reduce((n, e) => n + e.blocking, 0),
  };
}
