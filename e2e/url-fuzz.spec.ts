/**
 * Fuzzing the URL end to end (issue 5, §2): links made of valid parts, unknown
 * ids, wrong types, impossible dates, 10,000-character values, repeated and
 * stray parameters, broken percent-encoding, Unicode and script payloads each
 * open a working view, with a notice naming what was ignored, and nothing
 * thrown. The same arbitraries drive the codec's property tests.
 */
import type { Page } from '@playwright/test';
import fc from 'fast-check';
import { PARAM_WORDS } from '../src/app/state/urlNotice';
import { expectedIgnored, queryStringArb, vocabularyOf } from '../tests/fixtures/urlArbitraries';
import { dataset } from './dataset';
import { expect, test } from './fixtures';

// 220 page loads: a trace of each would cost more than the loads (a failure names its link).
test.use({ trace: 'off' });

const SHARDS = 4; // two per worker: the machine has two
const PER_SHARD = 55;
const vocab = vocabularyOf(dataset);
// Distinct links only (an empty query comes up often): each page load should tell something new.
const links = [
  ...new Set(
    fc.sample(queryStringArb(vocab, { dataset: true }), { seed: 20_190_419, numRuns: 400 }),
  ),
].slice(0, SHARDS * PER_SHARD);

/**
 * vite preview (Node) answers 431 to a request head past 16 KB, and many hosts
 * stop far sooner; a 10,000-character value percent-encoded goes past that. The
 * page is the same for every link, so for those the test serves it, headers
 * (the Content-Security-Policy) and all, as fetched from the server for `/`.
 */
const SERVER_URL_LIMIT = 12_000;

/** Open the link, reloading when only its #fragment differs from the page's (no navigation). */
async function open(page: Page, link: URL): Promise<void> {
  const withoutHash = (u: string) => u.replace(/#.*$/s, '');
  const same = withoutHash(page.url()) === withoutHash(link.href);
  // The checks below wait for the app; waiting for `load` too only adds time.
  await page.goto(link.href, { waitUntil: 'commit' });
  if (same) await page.reload({ waitUntil: 'commit' });
}

/** Every `?dataset=` the arbitraries write is empty (the bundled one) or from another site. */
const refused = (search: string) =>
  (new URLSearchParams(search).get('dataset') ?? '').trim() !== '';

async function expectWorkingView(page: Page, search: string): Promise<void> {
  if (refused(search)) {
    await expect(page.getByRole('alert')).toContainText('will not open');
    await expect(page.getByRole('button', { name: 'Open the bundled dataset' })).toBeVisible();
    return;
  }
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toBeVisible();
  await expect(timeline).toHaveAttribute('aria-busy', 'false');
  const filters = page.getByRole('complementary', { name: 'Filters' });
  await expect(filters.getByRole('status')).toHaveText(/^\d+ events?$/);

  const ignored = expectedIgnored(search, vocab);
  const notice = page.getByRole('note');
  if (ignored.length === 0) await expect(notice).toHaveCount(0);
  else {
    // A dropped article takes its highlight with it; the notice says "article" once.
    const words = ignored
      .filter((p) => !(p === 'h' && ignored.includes('s')))
      .map((p) => PARAM_WORDS[p]);
    for (const word of words) await expect(notice).toContainText(word);
    expect((await notice.innerText()).length).toBeLessThan(250);
  }

  const box = page.getByRole('group', { name: 'Countries' }).getByRole('checkbox').first();
  const was = await box.isChecked();
  await box.click();
  await expect(box).toBeChecked({ checked: !was });
}

for (let shard = 0; shard < SHARDS; shard++) {
  test(`fuzzed links open a working view (${shard + 1} of ${SHARDS})`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(180_000); // ~1 s a link on a busy two-core machine
    // The fixture reports errors when the test ends; these fail at the link that caused them.
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`uncaught ${e.name}: ${e.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning')
        problems.push(`console.${msg.type()}: ${msg.text()}`);
    });

    const index = await page.request.get('/');
    await page.route(
      (url) => url.pathname === '/' && url.href.length > SERVER_URL_LIMIT,
      (route) => route.fulfill({ response: index }),
    );

    const mine = links.slice(shard * PER_SHARD, (shard + 1) * PER_SHARD);
    expect(mine).toHaveLength(PER_SHARD);
    const started = Date.now();
    const seen = { ignoring: 0, refused: 0, long: 0 };
    for (const [i, qs] of mine.entries()) {
      const link = new URL(`/?${qs}`, baseURL);
      if (refused(link.search)) seen.refused++;
      else if (expectedIgnored(link.search, vocab).length) seen.ignoring++;
      if (link.href.length > SERVER_URL_LIMIT) seen.long++;
      try {
        await open(page, link);
        await expectWorkingView(page, link.search);
        expect(problems).toEqual([]);
      } catch (e) {
        const shown = qs.length > 300 ? `${qs.slice(0, 300)}… (${qs.length} characters)` : qs;
        throw new Error(`Link ${shard * PER_SHARD + i} failed: /?${shown}\n${String(e)}`, {
          cause: e,
        });
      }
    }
    console.log(
      `url-fuzz ${shard + 1}/${SHARDS}: ${mine.length} links in ${Date.now() - started} ms ` +
        `(${seen.ignoring} with a notice, ${seen.refused} refused datasets, ` +
        `${seen.long} past ${SERVER_URL_LIMIT} characters)`,
    );
  });
}
