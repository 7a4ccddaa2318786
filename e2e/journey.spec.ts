import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dataset, eventsOf } from './dataset';

const titles = dataset.events.map((e) => e.title);
/** Event marks in the timeline: buttons whose name begins with an event title. */
async function markTitles(page: Page): Promise<string[]> {
  const names = await page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('button')
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? el.textContent ?? ''));
  return names.flatMap((n) => titles.filter((t) => n.startsWith(t)).slice(0, 1)).sort();
}
const region = (page: Page, name: string): Locator => page.getByRole('region', { name });

test('a new user filters to Japan, reads a quote and sees it highlighted in its article', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Parley', level: 1 })).toBeVisible();
  await expect.poll(async () => (await markTitles(page)).length).toBe(dataset.events.length);

  // Filter to Japan.
  const japan = page
    .getByRole('group', { name: 'Countries' })
    .getByRole('checkbox', { name: 'Japan', exact: true });
  await japan.check();
  const japanEvents = eventsOf('jp');
  const japanTitles = japanEvents.map((e) => e.title).sort();
  expect(japanEvents.length).toBeGreaterThan(0);

  // Timeline, list and graph show only Japan's events.
  await expect.poll(() => markTitles(page)).toEqual(japanTitles);
  const options = region(page, 'Event list').getByRole('option');
  await expect(options).toHaveCount(japanEvents.length);
  for (const name of await options.evaluateAll((els) =>
    els.map((el) => el.getAttribute('aria-label') ?? el.textContent ?? ''),
  ))
    expect(japanTitles.some((t) => name.startsWith(t))).toBe(true);
  const graph = region(page, 'Relationship graph');
  const partners = new Set(japanEvents.flatMap((e) => e.countries));
  for (const c of dataset.actors.filter((a) => a.kind === 'country')) {
    const node = graph.getByRole('button', { name: new RegExp(`^${c.name},`) });
    await expect(node).toHaveCount(partners.has(c.id) ? 1 : 0);
  }

  // Open the Japan event that has a quote, and read it.
  const quoted = japanEvents.find((e) => e.quoteIds.length > 0)!;
  const quote = dataset.quotes.find((q) => q.id === quoted.quoteIds[0])!;
  await region(page, 'Event list')
    .getByRole('option', {
      name: new RegExp(`^${quoted.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    })
    .click();
  const details = region(page, 'Event details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(quoted.title);
  const blockquote = page.locator('blockquote', { hasText: quote.text });
  await expect(blockquote).toBeVisible();

  // Show in source: the very words are highlighted in the article.
  await details
    .getByRole('listitem')
    .filter({ has: blockquote })
    .getByRole('button', { name: 'Show in source' })
    .click();
  const source = region(page, 'Source');
  const sourceDoc = dataset.sources.find((s) => s.id === quote.sourceId)!;
  await expect(source.getByRole('heading', { name: sourceDoc.title })).toBeVisible();
  await expect(source.locator('mark')).toHaveText(quote.text);
  await expect(source.locator('mark')).toBeInViewport();

  // Reload: the same view comes back from the URL.
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(
    page
      .getByRole('group', { name: 'Countries' })
      .getByRole('checkbox', { name: 'Japan', exact: true }),
  ).toBeChecked();
  await expect(region(page, 'Event details').getByRole('heading', { level: 2 })).toHaveText(
    quoted.title,
  );
  await expect(region(page, 'Source').locator('mark')).toHaveText(quote.text);
  await expect.poll(() => markTitles(page)).toEqual(japanTitles);

  // Back and forward step through the view.
  await page.goBack();
  await expect(region(page, 'Source')).toHaveCount(0);
  await page.goForward();
  await expect(region(page, 'Source').locator('mark')).toHaveText(quote.text);
});

test('wheel zoom changes the axis from years towards days', async ({ page }) => {
  await page.goto('/');
  const timeline = region(page, 'Timeline');
  await expect(timeline).toHaveAttribute('aria-busy', 'false');
  const ticks = () =>
    timeline.getByRole('list', { name: 'Time axis' }).getByRole('listitem').allTextContents();
  const before = await ticks();
  expect(before.length).toBeGreaterThan(1);
  const plot = timeline.locator('svg').first();
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -400);
  await expect.poll(ticks).not.toEqual(before);
  const after = await ticks();
  // Zoomed in far enough, ticks name months or days rather than bare years.
  expect(after.some((t) => !/^\d{4}$/.test(t))).toBe(true);
  // The zoom is part of the view: the URL now holds a time window.
  await expect
    .poll(() => new URL(page.url()).searchParams.get('w'))
    .toMatch(/^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/);
});

test('Zoom in, Zoom out and Fit buttons drive the same view', async ({ page }) => {
  await page.goto('/');
  const timeline = region(page, 'Timeline');
  const ticks = () =>
    timeline.getByRole('list', { name: 'Time axis' }).getByRole('listitem').allTextContents();
  await expect(timeline).toHaveAttribute('aria-busy', 'false');
  await page.waitForLoadState('networkidle');
  const fit = await ticks();
  await timeline.getByRole('button', { name: 'Zoom in' }).click();
  await timeline.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(ticks).not.toEqual(fit);
  await timeline.getByRole('button', { name: 'Fit' }).click();
  await expect.poll(ticks).toEqual(fit);
});
