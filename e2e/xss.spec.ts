/**
 * Article text is untrusted. A valid dataset whose titles, names, quotes and
 * texts carry HTML and script (hostileDataset.ts) is opened and every view
 * that shows text is visited: each payload must appear literally as text, no
 * element from a payload may exist, and nothing ever sets `window.__pwned`
 * (which any payload would): a trap installed before the first page load
 * reports every write to it, on every load, so a payload that ran in a view
 * since left (a tooltip, the first article) or before the reload is caught.
 * Run twice: under the app's CSP, and with the CSP bypassed, which proves the
 * rendering itself encodes its output.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { HOSTILE_URL, hostileDataset, PAYLOADS, SAFE_URL } from './hostileDataset';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const titleOf = (id: string) => hostileDataset.events.find((e) => e.id === id)!.title;
const actorName = (id: string) => hostileDataset.actors.find((a) => a.id === id)!.name;

/** Places checked, and how many payload × place checks passed. */
class Tally {
  readonly places: string[] = [];
  checks = 0;

  /** Every payload appears literally in the text of `where`. */
  async text(place: string, where: Locator) {
    // Wait for the text to be there, then read it once for all the payloads.
    await expect(where, place).toContainText(PAYLOADS[0]);
    const text = (await where.allTextContents()).join('\n');
    for (const payload of PAYLOADS) expect(text, `${place}: ${payload}`).toContain(payload);
    this.add(place);
  }

  /** Every payload appears literally in the accessible name (aria-label) of `where`. */
  async name(place: string, where: Locator) {
    await expect(where, place).toHaveAttribute('aria-label', new RegExp(escape(PAYLOADS[0])));
    const name = (await where.getAttribute('aria-label')) ?? '';
    for (const payload of PAYLOADS) expect(name, `${place}: ${payload}`).toContain(payload);
    this.add(place);
  }

  private add(place: string) {
    this.places.push(place);
    this.checks += PAYLOADS.length;
  }
}

/** A write to `window.__pwned`: the value, and the page or frame it happened on. */
interface Pwned {
  value: string;
  url: string;
}

/**
 * From the next page load on, every write to `window.__pwned` (in the page or
 * any of its frames, on every load, reloads included) is reported to the test
 * before the page's own scripts run. Returns the reports, filled as they come.
 */
async function trapPayloads(page: Page): Promise<Pwned[]> {
  const reports: Pwned[] = [];
  await page.exposeFunction('parleyPwned', (value: string, url: string) => {
    reports.push({ value, url });
  });
  await page.addInitScript(() => {
    type Trapped = Window & { parleyPwned: (value: string, url: string) => Promise<void> };
    let value: unknown;
    // Not configurable: a payload cannot remove the trap before setting the global.
    Object.defineProperty(window, '__pwned', {
      configurable: false,
      get: () => value,
      set: (v: unknown) => {
        value = v;
        void (window as unknown as Trapped).parleyPwned(String(v), location.href);
      },
    });
  });
  return reports;
}

/** No element, attribute or global a payload would have created, and no payload ever ran. */
async function expectNothingRan(page: Page, reports: Pwned[]) {
  // The trap is in place on this page load (else an empty report would prove nothing).
  const trapped = await page.evaluate(
    () => typeof Object.getOwnPropertyDescriptor(window, '__pwned')?.set === 'function',
  );
  expect(trapped, 'the window.__pwned trap is installed').toBe(true);
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(page.locator('#root script')).toHaveCount(0);
  await expect(page.locator('[onerror], [onload], [srcdoc]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
    ),
  );
  expect(inline, 'inline event handlers in the page').toEqual([]);
  // Every write on every load so far (the global itself holds only this load's last one).
  expect(reports, 'payloads that ran (window.__pwned was set)').toEqual([]);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
}

async function openHostileDataset(page: Page) {
  await page.route(
    (url) => url.pathname === '/hostile.json',
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify(hostileDataset),
      }),
  );
  await page.goto('/?dataset=/hostile.json');
  await expect(page.getByRole('region', { name: 'Timeline' })).toHaveAttribute(
    'aria-busy',
    'false',
  );
}

/** Every view that shows dataset text, with every payload. */
async function exerciseEveryView(page: Page): Promise<Tally> {
  const tally = new Tally();
  const reports = await trapPayloads(page);
  await openHostileDataset(page);
  // The page title shows no dataset text at all.
  await expect(page).toHaveTitle('Parley — diplomacy through the news');

  // Filters: the country checkboxes, named by the countries.
  const countries = page.getByRole('group', { name: 'Countries', exact: true });
  await tally.text('country filter', countries);
  await expect(countries.getByRole('checkbox', { name: actorName('fd') })).toBeVisible();

  // The event list: titles and country names.
  const list = page.getByRole('region', { name: 'Event list' });
  await tally.text('event list', list);

  // Timeline: the lane names (their full names), the marks' names and the tooltip.
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await tally.text('timeline lane names', timeline.locator('.tl-lanes'));
  const mark = timeline.getByRole('button', {
    name: new RegExp(`^${escape(titleOf('e-meet'))}`),
  });
  await tally.name('timeline mark name', mark);
  await mark.hover();
  await tally.text('timeline tooltip (hover)', timeline.locator('.tl-tooltip'));

  // The relationship graph: country labels, the countries' names, and the pair table.
  const graph = page.getByRole('region', { name: 'Relationship graph' });
  await tally.text('graph labels', graph.getByRole('group', { name: /^3 countries, \d+ pairs$/ }));
  await tally.name(
    'graph country name',
    graph.getByRole('button', { name: new RegExp(`^${escape(actorName('sy'))}`) }),
  );
  await graph.getByText(/^Table of country pairs/).click();
  await tally.text('graph pair table', graph.getByRole('table'));

  // Details of the event with a quote: every field.
  await list.getByRole('option', { name: new RegExp(`^${escape(titleOf('e-meet'))}`) }).click();
  const details = page.getByRole('region', { name: 'Event details' });
  await tally.text('details title', details.getByRole('heading', { level: 2 }));
  const facts = details.getByRole('definition');
  await tally.text('details when (date words, publisher)', facts.nth(0));
  await tally.text('details who (person name, role)', facts.nth(2));
  await tally.text('details toward', facts.nth(3));
  await tally.text('details countries', facts.nth(4));
  await tally.text('details quote', details.getByRole('blockquote'));
  await tally.text('details speaker (name, written as)', details.locator('figcaption'));
  await tally.text(
    'details reported by (publisher, sentence)',
    details.locator('.details-mentions'),
  );

  // Show in source: the reader with the quote highlighted.
  await details
    .getByRole('listitem')
    .first()
    .getByRole('button', { name: 'Show in source' })
    .click();
  const reader = page.getByRole('region', { name: 'Source' });
  await tally.text('reader title', reader.getByRole('heading', { level: 2 }));
  await tally.text('reader publisher and wire', reader.locator('.reader-meta').first());
  await tally.text('reader text', reader.getByRole('article'));
  await tally.text('reader highlight', reader.locator('mark'));
  await tally.name(
    'reader quote link',
    reader.getByRole('button', { name: new RegExp(`^Go to event: ${escape(titleOf('e-meet'))}`) }),
  );
  // Its url is javascript:, so there is no link to the original and the URL is not shown.
  await expect(reader.getByRole('link')).toHaveCount(0);
  await expect(page.getByText(HOSTILE_URL)).toHaveCount(0);

  // The other article's url is http(s): a link, encoded, with the publisher as text.
  await list.getByRole('option', { name: new RegExp(`^${escape(titleOf('e-accuse'))}`) }).click();
  await details
    .getByRole('listitem')
    .first()
    .getByRole('button', { name: 'Show in source' })
    .click();
  const original = reader.getByRole('link', { name: /^Read the original at The Gazette/ });
  await tally.text('reader link to the original', original);
  await expect(original).toHaveAttribute('href', new URL(SAFE_URL).href);
  await expect(original).toHaveAttribute('target', '_blank');
  await expect(original).toHaveAttribute('rel', 'noopener noreferrer');

  // Filters: a chosen country becomes a chip named by the country.
  await countries.getByRole('checkbox', { name: actorName('gf') }).check();
  const chips = page.getByRole('list', { name: 'Active filters' });
  await tally.text('country chip', chips);
  await chips.getByRole('button', { name: /^Remove filter: Grand Fenwick/ }).click();

  // Search for each payload: the input, the chip and the results show it as text.
  const search = page.getByRole('searchbox', { name: 'Search' });
  let searched = 0;
  for (const payload of PAYLOADS) {
    await search.fill(payload);
    await search.press('Enter');
    await expect(search).toHaveValue(payload);
    await expect(
      chips.getByRole('button', { name: `Remove filter: text “${payload}”` }),
    ).toHaveText(`“${payload}”×`);
    await expect(list.getByRole('option')).toHaveCount(hostileDataset.events.length);
    await expect(list).toContainText(payload);
    searched++;
  }
  tally.places.push('search (input, chip, results)');
  tally.checks += searched;
  // A search that narrows to one event (the input holds 200 characters: part of a title).
  const narrow = `Sylvania threatens Grand Fenwick ${PAYLOADS[0]} ${PAYLOADS[1]}`;
  await search.fill(narrow);
  await search.press('Enter');
  await expect(list.getByRole('option')).toHaveCount(1);
  await tally.text('search results', list);

  // Everything so far, before the reload replaces the page.
  await expectNothingRan(page, reports);

  // The search is in the URL now: reloading brings the payload back, still as text.
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(narrow);
  await expect(page.getByRole('list', { name: 'Active filters' })).toHaveText(`“${narrow}”×`);
  await expect(list.getByRole('option')).toHaveCount(1);
  await tally.text('search results after reload', list);

  await expectNothingRan(page, reports);
  return tally;
}

function report(tally: Tally, mode: string) {
  const line = `${PAYLOADS.length} payloads (+1 javascript: source url) × ${tally.places.length} places = ${tally.checks} literal-text checks, ${mode}`;
  console.log(line);
  test.info().annotations.push({ type: 'payloads', description: line });
}

test.describe('hostile article text, under the app’s Content-Security-Policy', () => {
  test('is shown as text in every view and never runs', async ({ page }) => {
    test.slow(); // it walks every view, and searches for each payload
    report(await exerciseEveryView(page), 'with the CSP');
  });
});

test.describe('hostile article text, with the CSP bypassed', () => {
  // Without the policy a payload that reached the DOM as markup would run:
  // this proves the rendering itself encodes every piece of text.
  test.use({ bypassCSP: true });

  // The control: the trap does see payloads that run, on every load, in frames too.
  test('the trap reports a payload that runs, before and after a reload', async ({ page }) => {
    const reports = await trapPayloads(page);
    // Three of the payloads that load nothing (an <img src=x> would log a 404); the unclosed
    // <svg> last, as the markup after it would be parsed as SVG.
    const html = `<!doctype html><title>trap</title><body>${PAYLOADS[1]}${PAYLOADS[5]}${PAYLOADS[3]}</body>`;
    await page.route('/trap-check.html', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: html }),
    );
    const values = () => reports.map((r) => r.value).sort();
    await page.goto('/trap-check.html');
    await expect.poll(values).toEqual(['2', '4', '8']);
    await page.reload();
    await expect.poll(values).toEqual(['2', '2', '4', '4', '8', '8']);
  });

  test('is shown as text in every view and never runs', async ({ page }) => {
    test.slow(); // it walks every view, and searches for each payload
    report(await exerciseEveryView(page), 'without the CSP');
  });
});
