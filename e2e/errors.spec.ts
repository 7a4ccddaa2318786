/**
 * Data that is wrong: each failure shows what is wrong, in which file and what
 * to do, with a Retry that works once the file is fixed; nothing is thrown at
 * the user and a rejected dataset is never drawn, not even for a moment.
 */
import type { Page } from '@playwright/test';
import { generateDataset } from '../src/generate/synthetic';
import type { Dataset } from '../src/shared/schema';
import { expect, test } from './fixtures';
import { dataset, DATASET_ROUTE } from './dataset';

/** Serve `body` at `path` on the app's own origin (answered by `answer` each time). */
async function serveAt(page: Page, path: string, answer: () => { status: number; body: string }) {
  // A predicate, not a glob: "**/x.json" would also match the page's own ?dataset=/x.json.
  await page.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ contentType: 'application/json', ...answer() }),
  );
}

/**
 * Records whether the Timeline ever entered the page, so a test can assert a
 * rejected dataset was never half-drawn, not merely that it is gone by the end.
 */
async function watchForTimeline(page: Page) {
  await page.addInitScript(() => {
    const seen = () => document.querySelector('section[aria-label="Timeline"]') !== null;
    new MutationObserver(() => {
      if (seen()) (window as unknown as { __timelineSeen: boolean }).__timelineSeen = true;
    }).observe(document, { childList: true, subtree: true });
  });
}
const timelineWasSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { __timelineSeen?: boolean }).__timelineSeen === true);

const heading = 'The dataset could not be loaded';

test('a broken dataset shows what went wrong and Retry recovers', async ({ page }) => {
  let broken = true;
  await page.route(DATASET_ROUTE, async (route) => {
    if (!broken) return route.continue();
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: '{"schemaVersion": 1, "sources": [',
    });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: heading })).toBeVisible();
  await expect(alert).toContainText('not valid JSON');
  await expect(alert).toContainText(/The dataset at \/assets\/dataset-[\w-]+\.json is not valid/);
  await expect(alert).toContainText('npm run compile');
  broken = false;
  // From the keyboard: the error view goes with its button, and the focus goes to the timeline.
  await alert.getByRole('button', { name: 'Retry' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeFocused();
});

test.describe('a dataset the server does not send', () => {
  // The browser itself logs the failed request; only that line, for these statuses.
  test.use({
    allowedConsole: [
      /^console\.error: Failed to load resource: the server responded with a status of (404|500) /,
    ],
  });

  test('404: says it was not found where, what to do, and Retry works once it is there', async ({
    page,
  }) => {
    await watchForTimeline(page);
    let missing = true;
    await page.route(DATASET_ROUTE, (route) =>
      missing ? route.fulfill({ status: 404, body: 'Not Found' }) : route.continue(),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: heading })).toBeVisible();
    await expect(alert).toContainText(
      /The dataset was not found at \/assets\/dataset-[\w-]+\.json \(HTTP 404/,
    );
    await expect(alert).toContainText('Check the link');
    // The command to run is set as code.
    await expect(alert.locator('code', { hasText: 'npm run compile' })).toBeVisible();
    missing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // The watcher the never-drawn tests rely on does see a Timeline when there is one.
    expect(await timelineWasSeen(page)).toBe(true);
  });

  test('500 for a dataset named in the URL: says so, and Retry loads it', async ({ page }) => {
    let failing = true;
    await serveAt(page, '/mine.json', () =>
      failing ? { status: 500, body: 'oops' } : { status: 200, body: JSON.stringify(dataset) },
    );
    await page.goto('/?dataset=/mine.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      'The server could not send the dataset at /mine.json (HTTP 500 Internal Server Error).',
    );
    await expect(alert).toContainText('retry in a moment');
    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('region', { name: 'Timeline' })).toHaveAttribute(
      'aria-busy',
      'false',
    );
  });
});

test('another schemaVersion is one sentence naming both versions, never drawn', async ({
  page,
}) => {
  await watchForTimeline(page);
  await page.route(DATASET_ROUTE, async (route) => {
    const response = await route.fetch();
    // A version 2 that also changed a record: the version, not the record, is reported.
    const ds = { ...(await response.json()), schemaVersion: 2 };
    ds.events[0].date = '2019-02-27';
    await route.fulfill({ response, json: ds });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    /The dataset at \/assets\/dataset-[\w-]+\.json is in version 2 of the Parley format; this Parley reads version 1\./,
  );
  await expect(alert).toContainText('Open it with a newer Parley');
  await expect(alert).toContainText('npm run compile');
  await expect(alert).not.toContainText('The first problems found');
  await expect(alert.getByRole('listitem')).toHaveCount(0);
  expect(await timelineWasSeen(page)).toBe(false);
});

test('a dataset with no schemaVersion says it has none', async ({ page }) => {
  const unversioned: Partial<Dataset> = { ...dataset };
  delete unversioned.schemaVersion;
  await serveAt(page, '/old.json', () => ({ status: 200, body: JSON.stringify(unversioned) }));
  await page.goto('/?dataset=/old.json');
  await expect(page.getByRole('alert')).toContainText(
    'The dataset at /old.json does not say which version of the Parley format it is in (it has no schemaVersion); this Parley reads version 1.',
  );
});

test('a schema violation lists its problems by JSON path, in plain words', async ({ page }) => {
  const ds = structuredClone(dataset);
  (ds.events[3]!.date as { start: string }).start = '2019-2-27';
  (ds.events[4] as unknown as { title: number }).title = 5;
  await serveAt(page, '/typo.json', () => ({ status: 200, body: JSON.stringify(ds) }));
  await page.goto('/?dataset=/typo.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset at /typo.json does not match the Parley schema.');
  const problems = alert.getByRole('listitem');
  await expect(problems).toHaveText([
    'events[3].date.start: expected a calendar date like 2019-02-27, found "2019-2-27"',
    'events[4].title: expected text, found 5',
  ]);
});

test('a dataset that breaks the rules is rejected with its first problems, never half-drawn', async ({
  page,
}) => {
  await watchForTimeline(page);
  const ds: Dataset = structuredClone(dataset);
  const text = ds.sources.find((s) => s.id === ds.events[2]!.mentions[0]!.sourceId)!;
  const length = (text as { text: string }).text.length;
  ds.quotes[0]!.text = 'words nobody wrote';
  ds.events[0]!.sources.push('atlantis');
  ds.events[2]!.mentions[0]!.end = length + 10;
  await serveAt(page, '/broken.json', () => ({ status: 200, body: JSON.stringify(ds) }));
  await page.goto('/?dataset=/broken.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset at /broken.json does not match the Parley schema');
  await expect(alert).toContainText('events[0].actors: unknown actor "atlantis"');
  await expect(alert).toContainText(
    `events[2].mentions[0]: span ${ds.events[2]!.mentions[0]!.start}–${length + 10} is outside source`,
  );
  await expect(alert).toContainText(/quotes\[0\]\.text: quote "[\w-]+" is not the slice/);
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeEnabled();
  await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
  expect(await timelineWasSeen(page)).toBe(false);
});

test.describe('a large dataset, checked by the worker', () => {
  // Over the 2 MB above which a worker validates (verdict.ts): about 3.3 MB.
  const big = generateDataset({ events: 5000, seed: 11 });

  test('an offset past the end of its text is rejected, never drawn', async ({ page }) => {
    await watchForTimeline(page);
    const broken = structuredClone(big);
    const mention = broken.events[7]!.mentions[0]!;
    const length = broken.sources.find((s) => s.id === mention.sourceId)!.text.length;
    mention.end = length + 1;
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await serveAt(page, '/big.json', () => ({ status: 200, body: JSON.stringify(broken) }));
    await page.goto('/?dataset=/big.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The dataset at /big.json does not match the Parley schema');
    await expect(alert.getByRole('listitem')).toHaveText([
      `events[7].mentions[0]: span ${mention.start}–${length + 1} is outside source "${mention.sourceId}" (length ${length})`,
    ]);
    expect(workers.some((url) => url.includes('validate.worker'))).toBe(true);
    expect(await timelineWasSeen(page)).toBe(false);
  });

  test('another schemaVersion is told apart before the worker’s full check', async ({ page }) => {
    await watchForTimeline(page);
    await serveAt(page, '/big.json', () => ({
      status: 200,
      body: JSON.stringify({ ...big, schemaVersion: 2 }),
    }));
    await page.goto('/?dataset=/big.json');
    await expect(page.getByRole('alert')).toContainText(
      'The dataset at /big.json is in version 2 of the Parley format; this Parley reads version 1.',
    );
    expect(await timelineWasSeen(page)).toBe(false);
  });
});

test('a hostile or meaningless URL still opens a working view', async ({ page }) => {
  await page.goto(
    '/?c=zz,%3Cscript%3E&t=NOPE&from=2019-02-30&w=banana&e=unknown&h=9-1&q=' + 'x'.repeat(5000),
  );
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'Countries' }).getByRole('checkbox').first(),
  ).toBeVisible();
});
