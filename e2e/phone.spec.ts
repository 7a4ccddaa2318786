/**
 * From a 360-pixel phone to a wide desktop. On the phone: one view at a time,
 * chosen with tabs; the filters in a sheet; an event picked in the list opens
 * its details; and the timeline pinches, pans and lets the page scroll.
 * Gestures are real touch input (CDP's Input.dispatchTouchEvent goes through
 * the browser's own gesture handling, touch-action included); Playwright has
 * no pinch of its own.
 */
import type { CDPSession, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { generateDataset } from '../src/generate/synthetic';
import { dataset, eventsOf } from './dataset';

type Point = [number, number];

const VIEWS = [
  { tab: 'Timeline', region: 'Timeline' },
  { tab: 'Graph', region: 'Relationship graph' },
  { tab: 'List', region: 'Event list' },
  { tab: 'Details', region: 'Event details' },
] as const;

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Which of the four views can be seen (hidden ones included in the search, so none escapes). */
async function visibleViews(page: Page): Promise<string[]> {
  const shown: string[] = [];
  for (const { region } of VIEWS) {
    const view = page.getByRole('region', { name: region, exact: true, includeHidden: true });
    if (await view.isVisible()) shown.push(region);
  }
  return shown;
}

/** The days the timeline's toolbar says it shows, as [start, end] in ms (UTC). */
async function shownRange(timeline: Locator): Promise<[number, number]> {
  const text = await timeline.getByText(/^\d{1,2} \w+ \d{4} – \d{1,2} \w+ \d{4}$/).textContent();
  const [a, b] = text!.split(' – ').map((d) => Date.parse(`${d} UTC`));
  return [a!, b!];
}

/** One touch gesture: every finger moves in a straight line from `from` to `to`. */
async function gesture(cdp: CDPSession, from: Point[], to: Point[], steps = 8) {
  const at = (s: number) =>
    from.map(([x, y], id) => ({
      x: x + ((to[id]![0] - x) * s) / steps,
      y: y + ((to[id]![1] - y) * s) / steps,
      id,
    }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let s = 1; s <= steps; s++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(s) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test.describe('on a 360-pixel phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('one view at a time, chosen with tabs, none wider than the screen', async ({ page }) => {
    await page.goto('/');
    const tabs = page.getByRole('tablist', { name: 'Views' });
    await expect(tabs.getByRole('tab', { name: 'Timeline' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    for (const { tab, region } of VIEWS) {
      await tabs.getByRole('tab', { name: tab }).tap();
      await expect(tabs.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('tabpanel')).toHaveCount(1);
      await expect(page.getByRole('tabpanel')).toHaveAccessibleName(tab);
      await expect.poll(() => visibleViews(page)).toEqual([region]);
      expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    }
    // The tabs' keys: the arrows move along them (and wrap), showing each view.
    await tabs.getByRole('tab', { name: 'Details' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(tabs.getByRole('tab', { name: 'Timeline' })).toBeFocused();
    await expect(tabs.getByRole('tab', { name: 'Timeline' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect.poll(() => visibleViews(page)).toEqual(['Timeline']);

    // The controls a finger needs are at least 24 by 24 px (WCAG 2.2 target size).
    const targets = [
      ...(await tabs.getByRole('tab').all()),
      page.getByRole('button', { name: /^Filters/ }),
      ...['System', 'Light', 'Dark'].map((t) => page.locator('label', { hasText: t })),
      ...['Zoom in', 'Zoom out', 'Fit'].map((name) => page.getByRole('button', { name })),
    ];
    for (const target of targets) {
      const box = (await target.boundingBox())!;
      const name = (await target.textContent()) ?? '';
      expect(box.width, name).toBeGreaterThanOrEqual(24);
      expect(box.height, name).toBeGreaterThanOrEqual(24);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
  });

  test('the filters open as a sheet, filter, close, and the button counts them', async ({
    page,
  }) => {
    await page.goto('/');
    const button = page.getByRole('button', { name: /^Filters/ });
    const filters = page.getByRole('complementary', { name: 'Filters' });
    await expect(filters).toBeHidden();
    await button.tap();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(filters).toBeVisible();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    for (const label of await filters.locator('label').all())
      expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(24);

    const japan = eventsOf('jp').length;
    await filters.getByRole('checkbox', { name: 'Japan', exact: true }).tap();
    await page.getByRole('button', { name: `Show ${japan} events` }).tap();
    await expect(filters).toBeHidden();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveAccessibleName('Filters, 1 active');
    await expect(button).toBeFocused();

    await page.getByRole('tab', { name: 'List' }).tap();
    await expect(page.getByRole('option')).toHaveCount(japan);
  });

  test('the open filter sheet keeps the keyboard: Tab never reaches the views under it', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Timeline' })).toHaveAttribute(
      'aria-busy',
      'false',
    );
    const button = page.getByRole('button', { name: /^Filters/ });
    const filters = page.getByRole('complementary', { name: 'Filters' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(filters).toBeVisible();
    // Opening moves the focus into the sheet, on its heading.
    await expect(filters.getByRole('heading', { name: 'Filters' })).toBeFocused();
    // What the sheet covers is out of reach (WCAG 2.2, 2.4.11: nothing focused is hidden):
    // the header and every view, whether the one shown or not.
    await expect(page.getByRole('banner')).toHaveAttribute('inert');
    for (const { region } of VIEWS) {
      const view = page.getByRole('region', { name: region, exact: true, includeHidden: true });
      expect(await view.evaluate((el) => el.closest('[inert]') !== null), region).toBe(true);
    }

    // Where the focus is: in the sheet, in the bar, or (a failure) somewhere else, named.
    const sheetId = (await button.getAttribute('aria-controls'))!;
    const focused = () =>
      page.evaluate((sheetId) => {
        const el = document.activeElement;
        if (!el || el === document.body) return { where: 'body', stop: '' };
        const stop = `${el.tagName} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`;
        if (el.closest(`[id="${sheetId}"]`)) return { where: 'sheet', stop };
        if (el.closest('.phone-bar')) return { where: 'bar', stop };
        const region = el.closest('[role="region"], section[aria-label]');
        return { where: `behind: ${region?.getAttribute('aria-label') ?? el.tagName}`, stop };
      }, sheetId);

    // Forward and back, round and round: every stop is the sheet's or the bar's.
    for (const key of ['Tab', 'Shift+Tab']) {
      const stops = new Set<string>();
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press(key);
        const { where, stop } = await focused();
        expect(['sheet', 'bar'], `${key} ×${i + 1}: ${stop}`).toContain(where);
        stops.add(`${where}: ${stop}`);
      }
      // It went all the way round: the bar's tab and button, and the sheet's first and last controls.
      expect([...stops]).toEqual(
        expect.arrayContaining([
          'bar: BUTTON Timeline',
          'bar: BUTTON Filters',
          'sheet: INPUT ',
          expect.stringMatching(/^sheet: BUTTON Show \d+ events$/),
        ]),
      );
    }

    // Escape closes it and gives the focus back to the Filters button; the page is in reach again.
    await page.keyboard.press('Escape');
    await expect(filters).toBeHidden();
    await expect(button).toBeFocused();
    await expect(page.getByRole('main')).not.toHaveAttribute('inert');
    // So does the Filters button itself, and "Show N events".
    await page.keyboard.press('Enter');
    await expect(filters.getByRole('heading', { name: 'Filters' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(filters).toBeHidden();
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Show \d+ events$/ }).focus();
    await page.keyboard.press('Enter');
    await expect(filters).toBeHidden();
    await expect(button).toBeFocused();
    await expect(page.getByRole('banner')).not.toHaveAttribute('inert');
  });

  test('a tapped event opens its details, then its source; Close and Back return', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('tab', { name: 'List' }).tap();
    const { title } = dataset.events[0]!;
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await page.getByRole('option', { name: new RegExp(`^${escaped},`) }).tap();

    const details = page.getByRole('region', { name: 'Event details' });
    await expect(page.getByRole('tab', { name: 'Details' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(details.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.getByRole('tabpanel')).toBeFocused();

    await details.getByRole('button', { name: 'Show in source' }).first().tap();
    const reader = page.getByRole('region', { name: 'Source' });
    await expect(reader.locator('mark').first()).toBeInViewport();
    await expect(details).toBeHidden(); // the article covers the details…
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await reader.getByRole('button', { name: 'Close source' }).tap();
    await expect(reader).toBeHidden();
    await expect(details.getByRole('heading', { name: title })).toBeVisible(); // …until closed

    // Back steps out as a phone's Back does: the source again, then the list it came from.
    await page.goBack();
    await expect(reader).toBeVisible();
    await page.goBack();
    await expect(reader).toBeHidden();
    await page.goBack();
    await expect(page.getByRole('tab', { name: 'List' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('region', { name: 'Event list' })).toBeVisible();
  });

  test('another event linked from the article opens its details', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('tab', { name: 'List' }).tap();
    await page.getByRole('option').first().tap();
    await page.getByRole('button', { name: 'Show in source' }).first().tap();
    const reader = page.getByRole('region', { name: 'Source' });
    const link = reader.getByRole('button', { name: /^Go to event: / }).last();
    const title = (await link.getAttribute('aria-label'))!.replace(/^Go to event: /, '');
    await link.tap();
    await expect(reader).toBeHidden();
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(title);
  });

  test('the timeline pinches to zoom, pans with one finger, and lets the page scroll', async ({
    page,
  }) => {
    await page.goto('/');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const plot = timeline.getByRole('group', { name: 'Events by country and date' });
    await expect(timeline).toHaveAttribute('aria-busy', 'false');
    await plot.scrollIntoViewIfNeeded();
    const box = (await plot.boundingBox())!;
    // The middle of the drawing area (the lane names take the left 130 px).
    const [cx, cy] = [box.x + 130 + (box.width - 130) / 2, box.y + box.height / 2];
    const cdp = await page.context().newCDPSession(page);

    const [s0, e0] = await shownRange(timeline);
    await gesture(
      cdp,
      [
        [cx - 20, cy],
        [cx + 20, cy],
      ],
      [
        [cx - 90, cy],
        [cx + 90, cy],
      ],
    );
    await expect.poll(async () => (await shownRange(timeline)).join()).not.toBe([s0, e0].join());
    const [s1, e1] = await shownRange(timeline);
    expect(e1 - s1).toBeLessThan((e0 - s0) / 2); // fingers 4.5 times as far apart: zoomed in
    expect(s1).toBeGreaterThan(s0);
    expect(e1).toBeLessThan(e0);

    // One finger dragged to the left brings later days into view.
    await gesture(cdp, [[cx + 60, cy]], [[cx - 60, cy]]);
    await expect.poll(async () => (await shownRange(timeline))[0]).toBeGreaterThan(s1);
    const [s2, e2] = await shownRange(timeline);
    expect(e2).toBeGreaterThan(e1);

    // Up and down is the page's: it scrolls, and the timeline stays where it was.
    const scrolled = await page.evaluate(() => window.scrollY);
    await gesture(cdp, [[cx, cy + 100]], [[cx + 4, cy - 100]]);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
    expect(await shownRange(timeline)).toEqual([s2, e2]);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
  });

  test('lanes beyond the plot scroll under a finger', async ({ page }) => {
    // Forty countries: far more lanes than the plot's height holds.
    const many = generateDataset({ events: 400, seed: 3 });
    await page.route(
      (url) => url.pathname === '/many.json',
      (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(many) }),
    );
    await page.goto('/?dataset=/many.json');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline).toHaveAttribute('aria-busy', 'false');
    const plot = timeline.getByRole('group', { name: 'Events by country and date' });
    await plot.scrollIntoViewIfNeeded();

    // The busiest country has the first lane; its name sits in the gutter.
    const counts = new Map<string, number>();
    for (const e of many.events)
      for (const c of e.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
    const [busiest] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const name = many.actors.find((a) => a.id === busiest)!.name.slice(0, 10);
    const firstLane = plot.getByText(name, { exact: false }).first();
    const offset = async () => (await firstLane.boundingBox())!.y - (await plot.boundingBox())!.y;
    const before = await offset();

    const box = (await plot.boundingBox())!;
    const x = box.x + box.width / 2;
    const cdp = await page.context().newCDPSession(page);
    await gesture(cdp, [[x, box.y + 320]], [[x, box.y + 120]]);
    await expect.poll(offset).toBeLessThan(before - 100);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
  });
});

test.describe('on a wide desktop', () => {
  test.use({ viewport: { width: 2560, height: 1440 } });

  test('every view shows at once, with no tabs and nothing overflowing', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Timeline' })).toHaveAttribute(
      'aria-busy',
      'false',
    );
    await expect.poll(() => visibleViews(page)).toEqual(VIEWS.map((v) => v.region));
    await expect(page.getByRole('complementary', { name: 'Filters' })).toBeVisible();
    await expect(page.getByRole('tablist')).toHaveCount(0);
    const size = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
    }));
    expect(size).toEqual({ width: 2560, height: 1440 });
    // The timeline takes the width the side columns leave.
    const timeline = (await page.getByRole('region', { name: 'Timeline' }).boundingBox())!;
    expect(timeline.width).toBeGreaterThan(1500);
  });
});
