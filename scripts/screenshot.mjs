/**
 * `npm run screenshot`: the README's picture, taken the way a person sees the
 * app: the production build in Chromium, a real user's journey (filter to
 * Japan, open an event, Show in source) rather than a hand-made URL.
 * Start `npm run preview` first (after `npm run build`).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const url = process.argv[2] ?? 'http://localhost:4173/';
const out = process.argv[3] ?? 'docs/screenshot.png';

const browser = await chromium.launch({
  executablePath: findChromium()?.executablePath,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({
  viewport: { width: 1500, height: 940 },
  colorScheme: 'light',
});
await page.goto(url);
await page
  .getByRole('group', { name: 'Countries' })
  .getByRole('checkbox', { name: 'Japan', exact: true })
  .check();
await page.getByRole('region', { name: 'Event list' }).getByRole('option').first().click();
const details = page.getByRole('region', { name: 'Event details' });
await details.getByRole('button', { name: 'Show in source' }).first().click();
await page.getByRole('region', { name: 'Source' }).locator('mark').waitFor();
await page.waitForTimeout(600); // let the smooth scroll to the highlight finish
await page.screenshot({ path: out });
await browser.close();
console.log(`Wrote ${out}`);
