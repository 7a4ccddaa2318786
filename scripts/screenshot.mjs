/**
 * `npm run screenshot`: the README's pictures, taken the way a person sees the
 * app: the production build in Chromium.
 * - docs/screenshot.png: a real user's journey on the bundled dataset (filter
 *   to Japan, open an event, Show in source) rather than a hand-made URL;
 * - docs/screenshot-phone.png: the same app on a 360-pixel phone in the dark
 *   theme, the timeline filtered to Japan;
 * - docs/screenshot-100k.png: a generated 100,000-event dataset opened with
 *   ?dataset=, zoomed in a little, to show heat strips, counts and single marks.
 * Start `npm run preview` first (after `npm run build`), with the generated
 * dataset in dist/bench/ for the second: `npm run generate -- --events 100000
 * --seed 3 --out dist/bench/synthetic-100000.json`.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const origin = process.argv[2] ?? 'http://localhost:4173';

const browser = await chromium.launch({
  executablePath: findChromium()?.executablePath,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({
  viewport: { width: 1500, height: 940 },
  colorScheme: 'light',
});

await page.goto(`${origin}/`);
await page
  .getByRole('group', { name: 'Countries' })
  .getByRole('checkbox', { name: 'Japan', exact: true })
  .check();
await page.getByRole('region', { name: 'Event list' }).getByRole('option').first().click();
const details = page.getByRole('region', { name: 'Event details' });
await details.getByRole('button', { name: 'Show in source' }).first().click();
await page.getByRole('region', { name: 'Source' }).locator('mark').waitFor();
await page.waitForTimeout(600); // let the smooth scroll to the highlight finish
await page.screenshot({ path: 'docs/screenshot.png' });
console.log('Wrote docs/screenshot.png');

const phone = await browser.newPage({
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  hasTouch: true,
  isMobile: true,
  colorScheme: 'dark',
});
await phone.goto(`${origin}/?c=jp`);
await phone.getByRole('region', { name: 'Timeline' }).getByRole('button').first().waitFor();
await phone.screenshot({ path: 'docs/screenshot-phone.png' });
await phone.close();
console.log('Wrote docs/screenshot-phone.png');

await page.goto(`${origin}/?dataset=/bench/synthetic-100000.json&w=2013-01-01..2016-12-31`);
const timeline = page.getByRole('region', { name: 'Timeline' });
await timeline.and(page.locator('[aria-busy="false"]')).waitFor({ timeout: 60_000 });
await page.waitForTimeout(600);
await page.screenshot({ path: 'docs/screenshot-100k.png' });
console.log('Wrote docs/screenshot-100k.png');
await browser.close();
