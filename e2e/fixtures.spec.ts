/**
 * The console fixture itself: each of these tests does something the fixture
 * must catch, and is declared to fail (test.fail), so Playwright reports it
 * as broken if the fixture ever lets it pass.
 */
import { expect, test } from './fixtures';

test.fail('a console error fails the test', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await page.evaluate(() => console.error('deliberate error'));
});

test.fail('a console warning fails the test', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await page.evaluate(() => console.warn('deliberate warning'));
});

test.fail('an uncaught exception fails the test', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  const thrown = page.waitForEvent('pageerror');
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('deliberate uncaught error');
    });
  });
  await thrown;
});

test.describe('with an expected message allowed', () => {
  test.use({ allowedConsole: [/deliberate, and allowed/] });

  test('an allowed console error does not fail the test', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    await page.evaluate(() => console.error('deliberate, and allowed'));
  });
});
