/**
 * Keyboard only, end to end: no mouse event is sent in this file. After every
 * key press the focused element must be a real element (never the page body,
 * i.e. focus lost) and must show a focus indicator a sighted keyboard user
 * can see.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dataset, eventsOf } from './dataset';

interface Focused {
  tag: string;
  role: string | null;
  name: string;
  /** Why the focus is visible ("outline 3px", "stroke 3px"), or null if it is not. */
  indicator: string | null;
}

/**
 * What has the focus, and how it shows it: a strong outline, stroke or shadow
 * that the same element does not have unfocused. The unfocused look is read
 * from a shallow copy placed beside it for a moment (same classes and
 * attributes, no focus): blurring the element itself would run the app's
 * handlers and could move the focus elsewhere.
 */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    // (Focus inside a date input's parts, in its closed shadow root, shows on the input.)
    if (!el || el === document.body) return { tag: 'body', role: null, name: '', indicator: null };
    const look = (cs: CSSStyleDeclaration) => ({
      outline:
        cs.outlineStyle === 'none'
          ? ''
          : `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
      outlineWidth: cs.outlineStyle === 'none' ? 0 : parseFloat(cs.outlineWidth) || 0,
      stroke: cs.stroke === 'none' ? '' : `${cs.stroke} ${cs.strokeWidth} ${cs.strokeDasharray}`,
      strokeWidth: cs.stroke === 'none' ? 0 : parseFloat(cs.strokeWidth) || 0,
      shadow: cs.boxShadow === 'none' ? '' : cs.boxShadow,
    });
    const now = look(getComputedStyle(el));
    const copy = el.cloneNode(false) as Element;
    copy.removeAttribute('id');
    el.parentNode!.insertBefore(copy, el.nextSibling);
    const before = look(getComputedStyle(copy));
    copy.remove();
    let indicator: string | null = null;
    if (now.outline !== before.outline && now.outlineWidth >= 2)
      indicator = `outline ${now.outline}`;
    else if (now.stroke !== before.stroke && now.strokeWidth >= 2)
      indicator = `stroke ${now.stroke}`;
    else if (now.shadow !== before.shadow && now.shadow !== '') indicator = `shadow ${now.shadow}`;
    const labelledBy = el.getAttribute('aria-labelledby');
    const name =
      el.getAttribute('aria-label') ??
      (labelledBy ? (document.getElementById(labelledBy)?.textContent ?? '') : '');
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : el.closest('label');
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      name: (name || label?.textContent || el.textContent || '').trim().replace(/\s+/g, ' '),
      indicator,
    };
  });
}

/** Presses a key and checks that the focus is still somewhere visible. */
async function press(page: Page, key: string): Promise<Focused> {
  await page.keyboard.press(key);
  const now = await focused(page);
  expect(now.tag, `focus was lost after ${key}`).not.toBe('body');
  expect(
    now.indicator,
    `no visible focus on <${now.tag}> "${now.name}" after ${key}`,
  ).not.toBeNull();
  return now;
}

/** Tabs (forward, or back with Shift+Tab) until `match` holds for the focused element. */
async function tabUntil(
  page: Page,
  what: string,
  match: (f: Focused) => boolean,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
  limit = 80,
) {
  for (let i = 0; i < limit; i++) {
    const now = await press(page, key);
    if (match(now)) return now;
  }
  throw new Error(`Tab never reached ${what} in ${limit} presses`);
}

const countryName = (id: string) => dataset.actors.find((a) => a.id === id)!.name;
const countEvents = (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`;
const region = (page: Page, name: string) => page.getByRole('region', { name });

test('keyboard only: filter, move through the timeline and the list, read the source, come back, zoom', async ({
  page,
}) => {
  await page.goto('/');
  await expect(region(page, 'Timeline')).toHaveAttribute('aria-busy', 'false');
  const status = page.getByRole('complementary', { name: 'Filters' }).getByRole('status');
  await expect(status).toHaveText(countEvents(dataset.events.length));

  // Filters: Tab to the country list, then to one country, and tick it with Space.
  const country = 'ru';
  const name = countryName(country);
  await tabUntil(page, `the ${name} checkbox`, (f) => f.tag === 'input' && f.name.startsWith(name));
  await press(page, 'Space');
  const countries = page.getByRole('group', { name: 'Countries' });
  await expect(countries.getByRole('checkbox', { name, exact: true })).toBeChecked();
  const chosen = eventsOf(country);
  // The live region announces the result.
  await expect(status).toHaveText(countEvents(chosen.length));

  // Timeline: Tab into the marks, then the arrows move from event to event.
  const inTime = [...chosen].sort((a, b) => a.date.start.localeCompare(b.date.start));
  const first = await tabUntil(
    page,
    'a timeline mark',
    (f) => f.tag === 'circle' || f.tag === 'rect',
  );
  expect(first.name).toContain(inTime[0]!.title);
  const next = await press(page, 'ArrowRight');
  expect(next.name).toContain(inTime[1]!.title);
  // Each mark's name says what and when.
  expect(next.name).toMatch(/\b(19|20)\d\d\b/);
  await press(page, 'ArrowLeft');
  await press(page, 'End');
  expect((await focused(page)).name).toContain(inTime.at(-1)!.title);

  // Zoom with the keyboard: the time axis changes, and 0 fits it back.
  const axis = region(page, 'Timeline').getByRole('list', { name: 'Time axis' });
  const fit = await axis.getByRole('listitem').allTextContents();
  await press(page, '+');
  await press(page, '+');
  await expect.poll(() => axis.getByRole('listitem').allTextContents()).not.toEqual(fit);
  await press(page, '0');
  await expect.poll(() => axis.getByRole('listitem').allTextContents()).toEqual(fit);

  // Enter selects the focused event; its details open.
  await press(page, 'Enter');
  const details = region(page, 'Event details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(inTime.at(-1)!.title);

  // The list: Tab into it, then the arrows move the active option.
  const listbox = page.getByRole('listbox', { name: 'Events' });
  await tabUntil(page, 'the event list', (f) => f.role === 'listbox');
  await press(page, 'Home');
  await expect(listbox.locator('[aria-selected="true"]')).toHaveCount(1);
  const before = await listbox.getAttribute('aria-activedescendant');
  await press(page, 'ArrowDown');
  await expect.poll(() => listbox.getAttribute('aria-activedescendant')).not.toBe(before);
  await press(page, 'Enter');
  const heading = await details.getByRole('heading', { level: 2 }).textContent();
  expect(chosen.map((e) => e.title)).toContain(heading);

  // Details → Show in source: the reader opens and the focus lands on the highlighted words.
  await tabUntil(page, 'Show in source', (f) => f.name === 'Show in source');
  const reader = region(page, 'Source');
  const landed = await press(page, 'Enter');
  await expect(reader).toBeVisible();
  expect(landed.tag).toBe('mark');
  expect(landed.name).toBe((await reader.locator('mark').first().textContent())?.trim());
  // Escape comes back to the button the reader was opened from…
  const back = await press(page, 'Escape');
  await expect(reader).toHaveCount(0);
  expect(back.name).toBe('Show in source');
  // …and so does its Close button, back before the text.
  await press(page, 'Enter');
  await expect(reader).toBeVisible();
  await tabUntil(page, 'Close source', (f) => f.name === 'Close source', 'Shift+Tab');
  const closed = await press(page, 'Enter');
  await expect(reader).toHaveCount(0);
  expect(closed.name).toBe('Show in source');
});

test('skip links take the keyboard past the filters to the timeline or the list', async ({
  page,
}) => {
  await page.goto('/');
  await expect(region(page, 'Timeline')).toHaveAttribute('aria-busy', 'false');
  // The first Tab reaches the first skip link, which shows itself.
  const toTimeline = page.getByRole('link', { name: 'Skip to the timeline' });
  expect((await press(page, 'Tab')).name).toBe('Skip to the timeline');
  await expect(toTimeline).toBeInViewport();
  await press(page, 'Enter');
  await expect(region(page, 'Timeline')).toBeFocused();
  // From there the next stops are the timeline's own controls, not forty filters.
  expect((await press(page, 'Tab')).name).toBe('Zoom in');

  await page.goto('/');
  await expect(region(page, 'Timeline')).toHaveAttribute('aria-busy', 'false');
  await press(page, 'Tab');
  expect((await press(page, 'Tab')).name).toBe('Skip to the event list');
  await press(page, 'Enter');
  await expect(region(page, 'Event list')).toBeFocused();
  // The URL is the view's: following a skip link leaves it alone.
  expect(new URL(page.url()).hash).toBe('');
});
