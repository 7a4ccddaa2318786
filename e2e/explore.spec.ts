import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dataset, eventsOf } from './dataset';

const region = (page: Page, name: string) => page.getByRole('region', { name });
const listNames = (page: Page) =>
  region(page, 'Event list')
    .getByRole('option')
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
const countryName = (id: string) => dataset.actors.find((a) => a.id === id)!.name;

/** The axis labels once the layout has settled (fonts and scrollbars can move it). */
async function settledTicks(page: Page): Promise<string[]> {
  // Drawn first: before the first measure the axis is empty, and empty twice is not settled.
  await expect(region(page, 'Timeline')).toHaveAttribute('aria-busy', 'false');
  const axis = region(page, 'Timeline').getByRole('list', { name: 'Time axis' });
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await axis.getByRole('listitem').allTextContents());
      const same = now === last && now !== '[]';
      last = now;
      return same;
    })
    .toBe(true);
  return JSON.parse(last) as string[];
}

test('the graph filters: a country node toggles its filter, a line filters to the pair', async ({
  page,
}) => {
  await page.goto('/');
  const graph = region(page, 'Relationship graph');
  const countries = page.getByRole('group', { name: 'Countries' });

  const russia = graph.getByRole('button', { name: /^Russia, \d+ events?$/ });
  await russia.click();
  await expect(countries.getByRole('checkbox', { name: 'Russia', exact: true })).toBeChecked();
  await expect(page.getByRole('option')).toHaveCount(eventsOf('ru').length);
  await russia.click();
  await expect(countries.getByRole('checkbox', { name: 'Russia', exact: true })).not.toBeChecked();

  // The pair of Japan and South Korea: only the events both took part in.
  const both = dataset.events.filter(
    (e) => e.countries.includes('jp') && e.countries.includes('kr'),
  );
  // Lines can cross, so the pair is chosen from the keyboard, as the graph allows.
  await graph.getByRole('button', { name: /^Japan and South Korea, / }).focus();
  await page.keyboard.press('Enter');
  await expect(countries.getByRole('checkbox', { name: 'Japan', exact: true })).toBeChecked();
  await expect(countries.getByRole('checkbox', { name: 'South Korea', exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'All' })).toBeChecked();
  await expect.poll(() => listNames(page)).toHaveLength(both.length);
  for (const name of await listNames(page))
    expect(both.some((e) => name.startsWith(e.title))).toBe(true);
});

test('hovering a line in the graph shows its counts', async ({ page }) => {
  await page.goto('/');
  const graph = region(page, 'Relationship graph');
  const pair = dataset.events.filter(
    (e) => e.countries.includes('kp') && e.countries.includes('us'),
  );
  const edge = graph.getByRole('button', { name: /^North Korea and United States, / });
  await expect(edge).toHaveAccessibleName(new RegExp(`, ${pair.length} events, `));
  await edge.hover();
  await expect(graph).toContainText(`North Korea – United States: ${pair.length} events`);
});

test('the graph has an equivalent table of country pairs with their counts by kind', async ({
  page,
}) => {
  await page.goto('/');
  const graph = region(page, 'Relationship graph');
  await graph.getByText(/^Table of country pairs/).click();
  const table = graph.getByRole('table', { name: /by kind/ });
  const row = table.getByRole('row', { name: /^North Korea – United States/ });
  const pair = dataset.events.filter(
    (e) => e.countries.includes('kp') && e.countries.includes('us'),
  );
  const cells = await row.getByRole('cell').allTextContents();
  expect(Number(cells[0])).toBe(pair.length);
  const byKind = [
    'verbal-cooperation',
    'material-cooperation',
    'verbal-conflict',
    'material-conflict',
  ];
  expect(cells.slice(1).map(Number)).toEqual(
    byKind.map((q) => pair.filter((e) => e.quadClass === q).length),
  );
});

test('one selection drives the list, the timeline, the graph and the details', async ({ page }) => {
  const event = dataset.events.find((e) => e.type === 'ASSAULT' && e.countries.includes('kr'))!;
  // A shared link that shows the event's month, where it is drawn on its own.
  await page.goto(`/?w=${event.date.start}..${event.date.end}`);
  const mark = region(page, 'Timeline').getByRole('button', {
    name: new RegExp(`^${event.title}`),
  });
  await mark.click();
  await expect(mark).toHaveAttribute('aria-pressed', 'true');
  await expect(region(page, 'Event details').getByRole('heading', { level: 2 })).toHaveText(
    event.title,
  );
  await expect(
    region(page, 'Event list').getByRole('option', { selected: true }),
  ).toHaveAccessibleName(new RegExp(`^${event.title}`));
  // The details give the date as the text gave it, and where it came from.
  await expect(region(page, 'Event details')).toContainText('June 2020');
  await expect(region(page, 'Event details')).toContainText(
    'From “last month” in SaveDelete of 10 July 2020',
  );
  expect(new URL(page.url()).searchParams.get('e')).toBe(event.id);
});

test('a cluster of events too close to tell apart opens by zooming in on it', async ({ page }) => {
  await page.goto('/');
  const timeline = region(page, 'Timeline');
  await expect(timeline).toHaveAttribute('aria-busy', 'false');
  const fit = await settledTicks(page);
  // Sweep the busiest lane until the pointer is over a cluster, as a person would scan it.
  const plot = timeline.getByRole('group', { name: 'Events by country and date' });
  const box = (await plot.boundingBox())!;
  // Exact: the legend's own sentence about clusters also says "click to zoom in".
  const tip = timeline.getByText('Click to zoom in', { exact: true });
  const y = box.y + 30 + 35;
  let found = false;
  for (let x = box.x + 140; x < box.x + box.width - 10 && !found; x += 3) {
    await page.mouse.move(x, y);
    found = await tip.isVisible();
  }
  expect(found).toBe(true);
  const count = Number((await timeline.locator('.tl-tooltip strong').textContent())!.split(' ')[0]);
  expect(count).toBeGreaterThan(1);
  await page.mouse.down();
  await page.mouse.up();
  await expect.poll(() => settledTicks(page)).not.toEqual(fit);
  await expect
    .poll(() => new URL(page.url()).searchParams.get('w'))
    .toMatch(/^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/);
});

test('the event list is sortable and keyboard-navigable', async ({ page }) => {
  await page.goto('/');
  const list = region(page, 'Event list');
  await expect(list.getByRole('option')).toHaveCount(dataset.events.length);
  const first = await listNames(page);
  await list.getByRole('button', { name: /^Sort by date/ }).click();
  await expect.poll(() => listNames(page)).toEqual([...first].reverse());

  await list.getByRole('listbox').focus();
  await page.keyboard.press('Home');
  const newest = [...first].reverse();
  await expect(list.getByRole('option', { selected: true })).toHaveAccessibleName(newest[0]!);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('option', { selected: true })).toHaveAccessibleName(newest[2]!);
  const title = dataset.events.find((e) => newest[2]!.startsWith(e.title))!.title;
  await expect(region(page, 'Event details').getByRole('heading', { level: 2 })).toHaveText(title);
});

test('filters by type, dates and text show as chips that can be removed, and Reset clears them', async ({
  page,
}) => {
  await page.goto('/');
  const filters = page.getByRole('complementary', { name: 'Filters' });
  await filters.getByRole('checkbox', { name: /^Consult/ }).check();
  const consult = dataset.events.filter((e) => e.type === 'CONSULT');
  await expect(page.getByRole('option')).toHaveCount(consult.length);
  await expect(filters.getByRole('status')).toHaveText(`${consult.length} events`);

  await filters.getByLabel('From').fill('2019-01-01');
  const later = consult.filter((e) => e.date.end >= '2019-01-01');
  await expect(page.getByRole('option')).toHaveCount(later.length);

  await filters.getByRole('searchbox', { name: 'Search' }).fill('putin');
  const putin = later.filter((e) => e.title.toLowerCase().includes('putin'));
  await expect(page.getByRole('option')).toHaveCount(putin.length);
  expect(putin.length).toBeGreaterThan(0);

  const chips = filters.getByRole('list', { name: 'Active filters' }).getByRole('button');
  await expect(chips).toHaveCount(3);
  await chips.filter({ hasText: /putin/i }).click();
  await expect(page.getByRole('option')).toHaveCount(later.length);

  await filters.getByRole('button', { name: 'Reset filters' }).click();
  await expect(page.getByRole('option')).toHaveCount(dataset.events.length);
  await expect(filters.getByRole('button', { name: 'Reset filters' })).toBeDisabled();
});

test('the timeline zooms with the keyboard and moves between events with the arrows', async ({
  page,
}) => {
  await page.goto('/');
  const timeline = region(page, 'Timeline');
  const ticks = () =>
    timeline.getByRole('list', { name: 'Time axis' }).getByRole('listitem').allTextContents();
  const fit = await settledTicks(page);
  const firstMark = timeline.getByRole('button', {
    name: new RegExp(`^${dataset.events[0]!.title}`),
  });
  await firstMark.focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(ticks).not.toEqual(fit);
  await page.keyboard.press('0');
  await expect.poll(ticks).toEqual(fit);
  await page.keyboard.press('ArrowRight');
  const second = dataset.events[1]!;
  await expect(page.locator(':focus')).toHaveAccessibleName(new RegExp(`^${second.title}`));
  await page.keyboard.press('Enter');
  await expect(region(page, 'Event details').getByRole('heading', { level: 2 })).toHaveText(
    second.title,
  );
});

test('an event in several countries appears in each of their lanes', async ({ page }) => {
  await page.goto('/');
  const trilateral = dataset.events.find((e) => e.countries.length === 3)!;
  await page.getByRole('searchbox', { name: 'Search' }).fill(trilateral.title);
  await expect(page.getByRole('option')).toHaveCount(1);
  // Each lane is labelled with its country and its number of events.
  const laneLabel = (id: string) =>
    region(page, 'Timeline').getByText(new RegExp(`^${countryName(id)}\\s*1$`));
  for (const c of trilateral.countries) await expect(laneLabel(c)).toBeVisible();
  const others = dataset.actors.filter(
    (a) => a.kind === 'country' && !trilateral.countries.includes(a.id),
  );
  for (const c of others) await expect(laneLabel(c.id)).toHaveCount(0);
});
