/**
 * prefers-reduced-motion: a zoom from the keyboard or the buttons glides over
 * a few frames for everyone else, and jumps in one step for those who asked
 * for less motion; so does the reader's scroll to the words it shows.
 * Counted in frames the page actually drew, not in time.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dataset } from './dataset';

/** What is watched, frame by frame: the axis ticks' positions, or the highlight's. */
type Probe = 'axis' | 'highlight';

/**
 * Presses Enter on the focused control and returns how many different states
 * of `probe` the page showed over the next 40 frames (the first sample is taken
 * before the key; a highlight not there yet is not a state).
 */
async function statesAfterEnter(page: Page, probe: Probe): Promise<number> {
  await page.evaluate(
    (probe) =>
      new Promise<void>((started) => {
        const read = (): string | null => {
          if (probe === 'highlight') {
            const mark = document.querySelector('mark');
            return mark ? String(Math.round(mark.getBoundingClientRect().top)) : null;
          }
          const ticks = document.querySelectorAll('[aria-label="Time axis"] > [role="listitem"]');
          return Array.from(ticks, (g) => g.getAttribute('transform')).join(' ');
        };
        const seen = new Set<string>();
        let frames = 0;
        (window as unknown as { states: Promise<number> }).states = new Promise((resolve) => {
          const sample = () => {
            const state = read();
            if (state !== null) seen.add(state);
            if (frames++ === 0) started();
            if (frames < 41) requestAnimationFrame(sample);
            else resolve(seen.size);
          };
          requestAnimationFrame(sample);
        });
      }),
    probe,
  );
  await page.keyboard.press('Enter');
  return page.evaluate(() => (window as unknown as { states: Promise<number> }).states);
}

/** Focuses "Zoom in" and counts the axis positions its press passes through. */
async function axisStatesDuringZoom(page: Page): Promise<number> {
  await page.goto('/');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toHaveAttribute('aria-busy', 'false');
  await timeline.getByRole('button', { name: 'Zoom in' }).focus();
  return statesAfterEnter(page, 'axis');
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
const depth = (q: (typeof dataset.quotes)[number]) =>
  q.start / dataset.sources.find((s) => s.id === q.sourceId)!.text!.length;
const deepQuote = [...dataset.quotes].sort((a, b) => depth(b) - depth(a))[0]!;

/** Focuses "Show in source" beside the deepest quote and counts where its highlight is drawn. */
async function highlightPositionsWhileOpening(page: Page): Promise<number> {
  await page.goto(`/?e=${deepQuote.eventId}`);
  await page
    .getByRole('region', { name: 'Event details' })
    .getByRole('listitem')
    .filter({ has: page.locator('blockquote', { hasText: deepQuote.text }) })
    .getByRole('button', { name: 'Show in source' })
    .focus();
  return statesAfterEnter(page, 'highlight');
}

test('the reader scrolls smoothly to the words when motion is welcome', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await highlightPositionsWhileOpening(page)).toBeGreaterThan(2);
});

test('with prefers-reduced-motion the reader shows the words at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await highlightPositionsWhileOpening(page)).toBe(1);
});
