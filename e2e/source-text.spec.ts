/**
 * Source texts kept in files of their own (`textFile`, as `npm run generate --
 * --texts-dir` writes them): the bundled dataset with its texts moved out, at
 * /corpora/k.json with its texts under /corpora/texts/. The reader fetches a
 * text when it opens; a text that is missing or altered is explained inside
 * the reader, with Retry, while the rest of the explorer keeps working.
 */
import { createHash } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dataset, eventsOf } from './dataset';
import { externalizeTexts } from '../src/generate/externalTexts';
import { isInlineSource } from '../src/shared/schema';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
// The compiler writes texts inline; this spec moves them out, as `--texts-dir` does.
const inline = dataset.sources.filter(isInlineSource);
if (inline.length !== dataset.sources.length)
  throw new Error('expected inline texts in the bundle');
const { dataset: external, files } = externalizeTexts(
  { ...dataset, sources: inline },
  'texts',
  sha256,
);
const texts = new Map(files.map((f) => [f.name, f.text]));

// The event of the first quote, the quote, and the article it is in.
const quote = dataset.quotes.find((q) => q.eventId !== null)!;
const event = dataset.events.find((e) => e.id === quote.eventId)!;
const article = dataset.sources.find((s) => s.id === quote.sourceId)!;
const file = `/corpora/texts/${article.id}.txt`;

/** What the text server answers for a file: the text, a 404, or other words. */
type Serve = 'right' | 'missing' | 'altered';

/** Serve the dataset and its texts; returns the files asked for and a switch for the article's. */
async function serveCorpus(page: Page) {
  const asked: string[] = [];
  const state = { article: 'right' as Serve };
  // By path: a glob would also match the page itself, whose query names the dataset.
  await page.route(
    (url) => url.pathname === '/corpora/k.json',
    (route) => route.fulfill({ json: external }),
  );
  await page.route(
    (url) => url.pathname.startsWith('/corpora/texts/'),
    (route) => {
      const path = new URL(route.request().url()).pathname;
      asked.push(path);
      const text = texts.get(path.split('/').pop()!);
      const serve = path === file ? state.article : 'right';
      if (text === undefined || serve === 'missing')
        return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
      // Same length, one word changed: only the hash can tell.
      const body = serve === 'altered' ? text.replace(quote.text, quote.text.toUpperCase()) : text;
      return route.fulfill({ contentType: 'text/plain; charset=utf-8', body });
    },
  );
  return { asked, state };
}

const region = (page: Page, name: string): Locator => page.getByRole('region', { name });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Select an event in the list, as a person would. */
async function selectInList(page: Page, title: string) {
  await region(page, 'Event list')
    .getByRole('option', { name: new RegExp(`^${escape(title)}`) })
    .click();
  await expect(region(page, 'Event details').getByRole('heading', { level: 2 })).toHaveText(title);
}

/** Open the quote's event and press Show in source beside the quote. */
async function showQuoteInSource(page: Page) {
  await page.goto('/?dataset=/corpora/k.json');
  await selectInList(page, event.title);
  const details = region(page, 'Event details');
  await details
    .getByRole('listitem')
    .filter({ has: page.locator('blockquote', { hasText: quote.text }) })
    .getByRole('button', { name: 'Show in source' })
    .click();
  const reader = region(page, 'Source');
  await expect(reader.getByRole('heading', { name: article.title })).toBeVisible();
  return reader;
}

test('a text kept in its own file is fetched when the reader opens, with the quote highlighted', async ({
  page,
}) => {
  expect(external.sources.every((s) => s.text === undefined)).toBe(true);
  const { asked } = await serveCorpus(page);
  const reader = await showQuoteInSource(page);
  await expect(reader.locator('mark')).toHaveText(quote.text);
  await expect(reader.locator('mark')).toBeInViewport();
  // The focus waited on the heading while the text loaded, then went on to the words.
  await expect(reader.locator('mark')).toBeFocused();
  await expect(reader.getByRole('alert')).toHaveCount(0);
  expect(asked).toContain(file);
});

test.describe('a text that cannot be loaded', () => {
  // The browser reports the 404 of the missing text file; nothing else may be logged.
  test.use({
    allowedConsole: [/status of 404 \(Not Found\).*\/corpora\/texts\/[a-z0-9-]+\.txt/],
  });

  test('is explained in the reader, the rest keeps working, and Retry loads it', async ({
    page,
  }) => {
    const { state } = await serveCorpus(page);
    state.article = 'missing';
    const reader = await showQuoteInSource(page);
    const alert = reader.getByRole('alert');
    await expect(alert).toContainText(`The text of ${article.title} could not be loaded`);
    await expect(alert).toContainText('The server answered 404');
    await expect(alert.getByText(file, { exact: true })).toBeVisible();
    await expect(reader.locator('mark')).toHaveCount(0);

    // The timeline, filters, list and details carry on.
    await expect(region(page, 'Timeline')).toHaveAttribute('aria-busy', 'false');
    await page
      .getByRole('group', { name: 'Countries' })
      .getByRole('checkbox', { name: 'Japan', exact: true })
      .check();
    const japan = eventsOf('jp');
    await expect(region(page, 'Event list').getByRole('option')).toHaveCount(japan.length);
    const other = japan.find((e) => e.id !== event.id)!;
    await selectInList(page, other.title);
    await expect(alert).toBeVisible();

    // Once the file is there, Retry shows the article with its highlight.
    state.article = 'right';
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(reader.locator('mark')).toHaveText(quote.text);
    // The alert went, Retry with it; the focus went on to the words, not to the page body.
    await expect(reader.locator('mark')).toBeFocused();
    await expect(reader.getByRole('alert')).toHaveCount(0);
    await reader.getByRole('button', { name: 'Close source' }).click();
    await expect(region(page, 'Source')).toHaveCount(0);
  });
});

test('a text whose content was altered is refused by its hash; reopening the reader tries again', async ({
  page,
}) => {
  const { asked, state } = await serveCorpus(page);
  state.article = 'altered';
  const reader = await showQuoteInSource(page);
  const alert = reader.getByRole('alert');
  await expect(alert).toContainText(`The text of ${article.title} could not be loaded`);
  await expect(alert).toContainText('differs from the text the dataset was built from');
  await expect(alert.getByText(file, { exact: true })).toBeVisible();
  await expect(reader.getByText(quote.text.toUpperCase())).toHaveCount(0);

  // Retry asks again; the file is still wrong, so the reader still says so.
  const before = asked.filter((p) => p === file).length;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect.poll(() => asked.filter((p) => p === file).length).toBe(before + 1);
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeEnabled();
  await expect(alert).toContainText('differs from the text the dataset was built from');

  // Close works while the reader explains; opened again once the file is right, it shows it.
  await reader.getByRole('button', { name: 'Close source' }).click();
  await expect(region(page, 'Source')).toHaveCount(0);
  state.article = 'right';
  await region(page, 'Event details')
    .getByRole('listitem')
    .filter({ has: page.locator('blockquote', { hasText: quote.text }) })
    .getByRole('button', { name: 'Show in source' })
    .click();
  await expect(region(page, 'Source').locator('mark')).toHaveText(quote.text);
  await expect(region(page, 'Source').getByRole('alert')).toHaveCount(0);
});
