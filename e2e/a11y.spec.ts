/**
 * axe-core on every view of the explorer, in the light and the dark theme: no violation of
 * impact serious or critical (WCAG 2.0, 2.1 and 2.2 A and AA, plus axe's best practices). Text drawn on
 * the timeline's canvas is invisible to axe; tests/app/theme/contrast.test.ts covers its colours.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dataset, DATASET_ROUTE, eventsOf } from './dataset';

// axe's full pass over the explorer (some 2,000 nodes) is CPU-bound: on two busy cores one can
// take several seconds, so these tests get more room than the default 30 s.
test.describe.configure({ timeout: 60_000 });

type Theme = 'light' | 'dark';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * A theme changes colours and nothing else, so in the second theme of a view only the rules
 * that read colours run again: the whole set twice would nearly double the spec's time to
 * repeat identical structural results. Each test starts in a different theme than its
 * neighbour, so both themes get the whole set somewhere.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Each serious or critical violation, with the elements to look at and what to fix. */
async function seriousViolations(page: Page, theme: Theme, full: boolean): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const { violations } = await (full ? axe.withTags(TAGS) : axe.withRules(COLOUR_RULES)).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const targets = v.nodes.map((n) => `    ${n.target.join(' >> ')}: ${n.failureSummary ?? ''}`);
      return [`[${theme}] ${v.id} (${v.impact}): ${v.help} ${v.helpUrl}`, ...targets].join('\n');
    });
}

/** The header's theme chooser, as a person would use it. */
const chooseTheme = (page: Page, theme: Theme) =>
  page
    .getByRole('group', { name: 'Theme' })
    .getByRole('radio', { name: theme === 'light' ? 'Light' : 'Dark' })
    .check();
/** The system's preference, with the chooser left on System. */
const emulateTheme = (page: Page, theme: Theme) => page.emulateMedia({ colorScheme: theme });

/** Whether the page's background is dark: proves the theme really changed before axe looks. */
const isDark = (page: Page) =>
  page.evaluate(() => {
    const rgb = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g)!;
    return rgb.slice(0, 3).reduce((sum, c) => sum + Number(c), 0) < 3 * 128;
  });

/**
 * Runs axe in both themes, `first` then the other, switched by `apply`, and fails listing
 * every serious or critical violation found in either.
 */
async function expectNoSeriousViolations(
  page: Page,
  apply: (page: Page, theme: Theme) => Promise<void>,
  first: Theme,
) {
  const found: string[] = [];
  const themes: Theme[] = first === 'light' ? ['light', 'dark'] : ['dark', 'light'];
  for (const [i, theme] of themes.entries()) {
    await apply(page, theme);
    await expect.poll(() => isDark(page)).toBe(theme === 'dark');
    found.push(...(await seriousViolations(page, theme, i === 0)));
  }
  expect(found, `axe found serious or critical violations:\n${found.join('\n')}`).toEqual([]);
}

const timelineReady = (page: Page) =>
  expect(page.getByRole('region', { name: 'Timeline' }).getByRole('button').first()).toBeVisible();

const japan = (page: Page) =>
  page
    .getByRole('group', { name: 'Countries' })
    .getByRole('checkbox', { name: 'Japan', exact: true });

// An event with a quote, so details show quotes and "Show in source" opens the reader.
const quoted = dataset.events.find((e) => e.quoteIds.length > 0)!;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openQuotedEvent(page: Page) {
  await page
    .getByRole('region', { name: 'Event list' })
    .getByRole('option', { name: new RegExp(`^${escape(quoted.title)}`) })
    .click();
  await expect(
    page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(quoted.title);
}

test('first load has no serious accessibility violations in either theme', async ({ page }) => {
  await page.goto('/');
  await timelineReady(page);
  await expectNoSeriousViolations(page, emulateTheme, 'light');
});

test('a filtered view has no serious accessibility violations in either theme', async ({
  page,
}) => {
  await page.goto('/');
  await japan(page).check();
  await expect(page.getByRole('region', { name: 'Event list' }).getByRole('option')).toHaveCount(
    eventsOf('jp').length,
  );
  // Also what filtering can show besides: an inverted date range's hint, and the pair table.
  const dates = page.getByRole('group', { name: 'Dates' });
  await dates.getByLabel('From').fill('2021-01-01');
  await dates.getByLabel('To').fill('2019-01-01');
  await expect(dates.getByText('the dates are not applied')).toBeVisible();
  await page.getByText('Table of country pairs').click();
  await expect(page.getByRole('table', { name: /pair of countries/ })).toBeVisible();
  await expectNoSeriousViolations(page, chooseTheme, 'dark');
});

test('event details have no serious accessibility violations in either theme', async ({ page }) => {
  await page.goto('/');
  await timelineReady(page);
  await openQuotedEvent(page);
  await expectNoSeriousViolations(page, chooseTheme, 'light');
});

test('the source reader has no serious accessibility violations in either theme', async ({
  page,
}) => {
  await page.goto('/');
  await timelineReady(page);
  await openQuotedEvent(page);
  await page
    .getByRole('region', { name: 'Event details' })
    .getByRole('button', { name: 'Show in source' })
    .first()
    .click();
  await expect(page.getByRole('region', { name: 'Source' }).locator('mark').first()).toBeVisible();
  await expectNoSeriousViolations(page, emulateTheme, 'dark');
});

test('the error view has no serious accessibility violations in either theme', async ({ page }) => {
  await page.route(DATASET_ROUTE, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1,' }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert').getByRole('button', { name: 'Retry' })).toBeVisible();
  await expectNoSeriousViolations(page, emulateTheme, 'dark');
});

test.describe('on a 360-pixel phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('each view and the filter sheet have no serious violations, target size included', async ({
    page,
  }) => {
    await page.goto('/');
    await timelineReady(page);
    const tabs = page.getByRole('tablist', { name: 'Views' });
    const found: string[] = [];
    const axe = () => new AxeBuilder({ page }).withTags(TAGS);
    const check = async (where: string) => {
      const { violations } = await axe().analyze();
      for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'))
        found.push(`[${where}] ${v.id}: ${v.help} ${v.nodes.map((n) => n.target).join(', ')}`);
    };
    for (const tab of ['Timeline', 'Graph', 'List', 'Details']) {
      await tabs.getByRole('tab', { name: tab }).tap();
      await expect(tabs.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      await check(tab);
    }
    await page.getByRole('button', { name: /^Filters/ }).tap();
    await expect(page.getByRole('group', { name: 'Countries' })).toBeInViewport();
    await check('filters, light');
    await emulateTheme(page, 'dark');
    await expect.poll(() => isDark(page)).toBe(true);
    await check('filters, dark');
    expect(found, `axe found serious or critical violations:\n${found.join('\n')}`).toEqual([]);
  });
});
