/**
 * Datasets other than the bundled one: opened with ?dataset=, validated off
 * the main thread when large, drawn with density where marks crowd, and
 * refused when they break the rules or live on another site.
 */
import type { Page } from '@playwright/test';
import { generateDataset } from '../src/generate/synthetic';
import { expect, test } from './fixtures';

const EVENTS = 5000;
const big = generateDataset({ events: EVENTS, seed: 11 });

/** Serve a dataset at /big.json on the app's own origin. */
async function serve(page: Page, body: unknown) {
  // A predicate, not a glob: "**/big.json" would also match the page's own ?dataset=/big.json.
  await page.route(
    (url) => url.pathname === '/big.json',
    (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) }),
  );
}

test('a large dataset named in the URL opens, checked by a worker, and filters', async ({
  page,
}) => {
  await serve(page, big);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('/?dataset=/big.json');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toHaveAttribute('aria-busy', 'false');
  await expect(timeline).toContainText(`of ${EVENTS} events in view`);
  expect(workers.some((url) => url.includes('validate.worker'))).toBe(true);

  // The busiest country is listed first; choosing it narrows all three views.
  const counts = new Map<string, number>();
  for (const e of big.events) for (const c of e.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  const [busiest, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const name = big.actors.find((a) => a.id === busiest)!.name;
  await page
    .getByRole('group', { name: 'Countries' })
    .getByRole('checkbox', { name, exact: true })
    .check();
  await expect(timeline).toContainText(`of ${count} events in view`);
  await expect(page.getByRole('region', { name: 'Event list' }).getByRole('heading')).toHaveText(
    new RegExp(`^Events\\s*${count}$`),
  );
  // The list is virtualised: a few dozen options in the page, each knowing the full size.
  const options = page.getByRole('region', { name: 'Event list' }).getByRole('option');
  expect(await options.count()).toBeLessThan(100);
  await expect(options.first()).toHaveAttribute('aria-setsize', String(count));
  // The dataset stays in the URL as the view changes, so the link still opens it.
  expect(new URL(page.url()).searchParams.get('dataset')).toBe('/big.json');
});

test('a large dataset that breaks the rules is rejected with its problems, never drawn', async ({
  page,
}) => {
  const broken = structuredClone(big);
  broken.quotes[0]!.text = 'words nobody wrote';
  await serve(page, broken);
  await page.goto('/?dataset=/big.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('does not match the Parley schema');
  await expect(alert).toContainText('is not the slice');
  await expect(alert).toContainText('/big.json');
  await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
});

test('a dataset on another site is refused, with a way back to the bundled one', async ({
  page,
}) => {
  await page.goto('/?dataset=https://elsewhere.example/data.json&c=kp');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('will not open');
  await expect(alert).toContainText('https://elsewhere.example/data.json');
  await alert.getByRole('button', { name: 'Open the bundled dataset' }).click();
  await expect(page.getByRole('region', { name: 'Timeline' })).toHaveAttribute(
    'aria-busy',
    'false',
  );
  const url = new URL(page.url());
  expect(url.searchParams.get('dataset')).toBeNull();
  expect(url.searchParams.get('c')).toBe('kp');
});
