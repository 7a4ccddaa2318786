import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const LIGHT_BG = 'rgb(246, 247, 249)';
const DARK_BG = 'rgb(18, 22, 27)';

test('the theme follows the system until one is chosen, and the choice is remembered', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const theme = (name: string) =>
    page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name });
  await expect(theme('System')).toBeChecked();
  await expect.poll(() => background(page)).toBe(DARK_BG);

  // Chosen light beats a dark system; it survives a reload.
  await theme('Light').check();
  await expect.poll(() => background(page)).toBe(LIGHT_BG);
  await page.reload();
  await expect(theme('Light')).toBeChecked();
  await expect.poll(() => background(page)).toBe(LIGHT_BG);

  // The timeline's canvas takes its colours from the theme too: the second lane's shading
  // (the panel colour) is white in light…
  const shade = () =>
    page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.tl-canvas')!;
      // The middle of the second lane, from its name in the gutter (the first lane is unshaded).
      const y = Number(document.querySelectorAll('.tl-lane-name')[1]!.getAttribute('y'));
      // Read one pixel through a fresh canvas (repeated reads of the timeline's own would make
      // Chromium warn about readback).
      const probe = document
        .createElement('canvas')
        .getContext('2d', { willReadFrequently: true })!;
      probe.drawImage(canvas, -4 * devicePixelRatio, -y * devicePixelRatio);
      const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
      return a === 0 ? null : r! + g! + b!;
    });
  await expect.poll(shade).toBeGreaterThan(700);

  // Chosen dark beats a light system; the canvas follows.
  await page.emulateMedia({ colorScheme: 'light' });
  await theme('Dark').check();
  await expect.poll(() => background(page)).toBe(DARK_BG);
  await expect.poll(shade).toBeLessThan(200);

  // Back to the system: forgotten, and light again.
  await theme('System').check();
  await expect.poll(() => background(page)).toBe(LIGHT_BG);
  await page.reload();
  await expect(theme('System')).toBeChecked();
});
