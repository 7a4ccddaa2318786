/**
 * prefers-reduced-motion: a zoom from the keyboard or the buttons glides over
 * a few frames for everyone else, and jumps in one step for those who asked
 * for less motion; so does the reader's scroll to the words it shows.
 * Counted in frames the page actually drew, not in time.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dataset } from './dataset';

/**
 * Presses "Zoom in" and returns how many different axis positions the page
 * showed in the frames that followed, the starting one included.
 */
async function axisStatesDuringZoom(page: Page): Promise<number> {
  await page.goto('/');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toHaveAttribute('aria-busy', 'false');
  const zoomIn = timeline.getByRole('button', { name: 'Zoom in' });
  await zoomIn.focus();
  // Sample the axis's tick transforms on every animation frame: the first sample
  // is taken before the key is pressed, then 40 more frames.
  await page.evaluate(
    () =>
      new Promise<void>((started) => {
        const seen = new Set<string>();
        const axis = document.querySelector('[aria-label="Time axis"]')!;
        let frames = 0;
        const done = new Promise<number>((resolve) => {
          const sample = () => {
            const items = axis.querySelectorAll(':scope > [role="listitem"]');
            seen.add(Array.from(items, (g) => g.getAttribute('transform')).join(' '));
            if (frames++ === 0) started();
            if (frames < 41) requestAnimationFrame(sample);
            else resolve(seen.size);
          };
          requestAnimationFrame(sample);
        });
        (window as unknown as { zoomStates: Promise<number> }).zoomStates = done;
      }),
  );
  await page.keyboard.press('Enter');
  return page.evaluate(() => (window as unknown as { zoomStates: Promise<number> }).zoomStates);
}

test('a zoom glides through several frames when motion is welcome', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await axisStatesDuringZoom(page)).toBeGreaterThan(2);
});

test('with prefers-reduced-motion a zoom jumps straight to its end', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // The state before and the state after: nothing in between.
  expect(await axisStatesDuringZoom(page)).toBe(2);
});

// The quote furthest into its article: the reader has the longest way to scroll to it.
const deepQuote = [...dataset.quotes].sort(
  (a, b) =>
    b.start / dataset.sources.find((s) => s.id === b.sourceId)!.text!.length -
    a.start / dataset.sources.find((s) => s.id === a.sourceId)!.text!.length,
)[0]!;

/**
 * Presses "Show in source" beside the deepest quote and returns how many
 * different positions its highlight took on screen in the frames that followed.
 */
async function highlightPositionsWhileOpening(page: Page): Promise<number> {
  await page.goto(`/?e=${deepQuote.eventId}`);
  const show = page
    .getByRole('region', { name: 'Event details' })
    .getByRole('listitem')
    .filter({ has: page.locator('blockquote', { hasText: deepQuote.text }) })
    .getByRole('button', { name: 'Show in source' });
  await show.focus();
  await page.evaluate(() => {
    const seen = new Set<number>();
    let frames = 0;
    (window as unknown as { positions: Promise<number> }).positions = new Promise((resolve) => {
      const sample = () => {
        const mark = document.querySelector('mark');
        if (mark) seen.add(Math.round(mark.getBoundingClientRect().top));
        if (++frames < 60) requestAnimationFrame(sample);
        else resolve(seen.size);
      };
      requestAnimationFrame(sample);
    });
  });
  await page.keyboard.press('Enter');
  return page.evaluate(() => (window as unknown as { positions: Promise<number> }).positions);
}

test('the reader scrolls smoothly to the words when motion is welcome', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await highlightPositionsWhileOpening(page)).toBeGreaterThan(2);
});

test('with prefers-reduced-motion the reader shows the words at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await highlightPositionsWhileOpening(page)).toBe(1);
});
