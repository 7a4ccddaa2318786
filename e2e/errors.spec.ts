import { expect, test } from './fixtures';
import { DATASET_ROUTE } from './dataset';

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
  await expect(
    alert.getByRole('heading', { name: 'The dataset could not be loaded' }),
  ).toBeVisible();
  await expect(alert).toContainText('not valid JSON');
  broken = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
});

test('a dataset that breaks the rules is rejected with its first problems, never half-drawn', async ({
  page,
}) => {
  await page.route(DATASET_ROUTE, async (route) => {
    const response = await route.fetch();
    const ds = await response.json();
    ds.quotes[0].text = 'words nobody wrote';
    ds.events[0].sources.push('atlantis');
    await route.fulfill({ response, json: ds });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('does not match the Parley schema');
  await expect(alert).toContainText('unknown actor "atlantis"');
  await expect(alert).toContainText('is not the slice');
  await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
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
