import { test, expect } from './fixtures';

test('the app loads the bundled dataset and shows the explorer', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Parley/);
  await expect(page.getByRole('heading', { level: 1, name: 'Parley' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
});
