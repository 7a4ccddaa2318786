/**
 * What a screen reader hears: every event on the timeline is a button named
 * with what happened (title and kind) and when, and the filter result is
 * announced by a live region.
 */
import { expect, test } from './fixtures';
import { dataset } from './dataset';
import { PLOVER } from '../src/shared/plover';

/** An English month name, from the platform rather than from Parley's own table. */
const monthName = (month: number) =>
  new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });

test('every event mark on the timeline says what happened and when', async ({ page }) => {
  await page.goto('/');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toHaveAttribute('aria-busy', 'false');
  const names = await timeline
    .getByRole('group', { name: 'Events by country and date' })
    .getByRole('button')
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  for (const e of dataset.events) {
    const mine = names.filter((n) => n.startsWith(`${e.title},`));
    // One named mark per event, though it is drawn in each of its countries' lanes:
    // a screen reader hears each event once.
    expect(mine, e.title).toHaveLength(1);
    const [year, month] = e.date.start.split('-').map(Number) as [number, number];
    for (const name of mine) {
      expect(name, 'what').toContain(PLOVER[e.type].label);
      expect(name, 'when').toContain(String(year));
      if (e.date.precision === 'day' || e.date.precision === 'month')
        expect(name, 'when').toContain(monthName(month));
    }
  }
});

test('the filter result is announced politely in a live region', async ({ page }) => {
  await page.goto('/');
  const status = page.getByRole('complementary', { name: 'Filters' }).getByRole('status');
  await expect(status).toHaveText(`${dataset.events.length} events`);
  await page.getByRole('searchbox', { name: 'Search' }).fill(dataset.events[0]!.title);
  const matching = dataset.events.filter((e) =>
    e.title.toLowerCase().includes(dataset.events[0]!.title.toLowerCase()),
  ).length;
  await expect(status).toHaveText(`${matching} ${matching === 1 ? 'event' : 'events'}`);
  // role=status is a polite live region; nothing must make it silent.
  await expect(status).not.toHaveAttribute('aria-live', 'off');
  await expect(status).not.toHaveAttribute('aria-hidden', 'true');
});
