/**
 * Source texts kept in files of their own: where they are looked for, and the
 * checks a fetched text must pass before the reader shows it (UTF-8, length,
 * SHA-256, every quote its slice). Real hashes (Web Crypto against node:crypto)
 * and a real HTTP server; no mocks.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  SourceTextError,
  checkSourceText,
  fetchSourceText,
  resolveTextUrl,
  sha256Hex,
  sliceProblems,
} from '../../../src/app/data/sourceText';
import { externalizeTexts } from '../../../src/generate/externalTexts';
import type { Dataset, ExternalSource } from '../../../src/shared/schema';
import { fixtureDataset } from '../../fixtures/dataset';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const utf8 = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
const { dataset, files } = externalizeTexts(fixtureDataset, 'texts', sha256);
const sourceA = dataset.sources[0] as ExternalSource;
const textA = files[0]!.text;

/** What checkSourceText throws for these bytes (or a failure if it does not). */
async function rejection(bytes: Uint8Array<ArrayBuffer>, ds: Dataset = dataset) {
  try {
    await checkSourceText(bytes, sourceA, ds, '/texts/src-a.txt');
  } catch (err) {
    if (err instanceof SourceTextError) return err;
    throw err;
  }
  throw new Error('the text was accepted');
}

describe('sha256Hex', () => {
  it('is SHA-256 in hex, of the UTF-8 bytes', async () => {
    expect(await sha256Hex(utf8('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    const text = 'Café — “quoted” 🙂, 北朝鮮';
    expect(await sha256Hex(utf8(text))).toBe(sha256(text));
  });
});

describe('resolveTextUrl', () => {
  const page = 'http://localhost:5173/?dataset=/corpora/k.json&e=x';
  it.each([
    ['/corpora/k.json', 'texts/a.txt', '/corpora/texts/a.txt'],
    ['/corpora/k.json?v=2', 'a.txt', '/corpora/a.txt'],
    ['/corpora/deep/k.json', '../texts/a%20b.txt', '/corpora/texts/a%20b.txt'],
    ['/assets/dataset-3f2a.json', 'texts/s1.txt', '/assets/texts/s1.txt'],
    ['', 'texts/a.txt', '/texts/a.txt'],
  ])('%s + %s → %s', (datasetUrl, file, url) => {
    expect(resolveTextUrl(datasetUrl, file, page)).toEqual({ ok: true, url });
  });

  it.each(['https://elsewhere.example/a.txt', '//elsewhere.example/a.txt'])(
    'refuses %s: another site',
    (file) => {
      const r = resolveTextUrl('/corpora/k.json', file, page);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/own site \(http:\/\/localhost:5173\)/);
    },
  );
});

describe('checkSourceText', () => {
  it('returns the text when length, hash and every quote agree', async () => {
    expect(await checkSourceText(utf8(textA), sourceA, dataset, 'f')).toBe(textA);
  });

  it('says what to do on a page without Web Crypto (plain http), instead of a TypeError', async () => {
    // What a browser gives a page on http://192.168.…: a crypto object without `subtle`.
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    try {
      const err = await rejection(utf8(textA), dataset);
      expect(err.code).toBe('insecure');
      expect(err.message).toMatch(/https or localhost/);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('counts length in UTF-16 units and hashes the UTF-8 bytes', async () => {
    const text = 'Café “ready” 🙂';
    const source = { ...sourceA, textLength: text.length, textSha256: sha256(text) };
    const ds = { ...dataset, sources: [source], quotes: [], events: [] };
    expect(await checkSourceText(utf8(text), source, ds, 'f')).toBe(text);
    expect(text.length).not.toBe(utf8(text).length);
  });

  it('refuses a text of another length, naming both lengths and the file', async () => {
    const err = await rejection(utf8(textA.slice(1)));
    expect(err.code).toBe('length');
    expect(err.file).toBe('/texts/src-a.txt');
    expect(err.message).toMatch(/holds 196 characters where the dataset expects 197/);
  });

  it('refuses a text of the same length with other content: the hash differs', async () => {
    const altered = textA.replace('ready', 'READY');
    expect(altered.length).toBe(textA.length);
    const err = await rejection(utf8(altered));
    expect(err.code).toBe('hash');
    expect(err.message).toContain(`the dataset expects ${sourceA.textSha256.slice(0, 12)}`);
    expect(err.message).toContain(sha256(altered).slice(0, 12));
  });

  it('refuses bytes that are not UTF-8', async () => {
    const bytes = utf8(textA);
    bytes[3] = 0xff;
    expect((await rejection(bytes)).code).toBe('encoding');
  });

  it('refuses a text its quotes are not slices of, listing them', async () => {
    const ds = structuredClone(dataset);
    const quote = ds.quotes.find((q) => q.sourceId === 'src-a')!;
    quote.text = 'We were never ready,';
    const err = await rejection(utf8(textA), ds);
    expect(err.code).toBe('slice');
    expect(err.problems).toEqual([
      `quote "${quote.id}" is not the slice ${quote.start}–${quote.end} of its source`,
    ]);
  });
});

describe('sliceProblems', () => {
  it('finds nothing in the right text, and every quote of the source in an empty one', () => {
    expect(sliceProblems(textA, 'src-a', dataset)).toEqual([]);
    const ofA = dataset.quotes.filter((q) => q.sourceId === 'src-a');
    expect(ofA.length).toBeGreaterThan(0);
    expect(sliceProblems('', 'src-a', dataset).length).toBeGreaterThanOrEqual(ofA.length);
    expect(sliceProblems('', 'src-b', dataset).join('\n')).not.toMatch(/src-a|us-ready/);
  });
});

describe('fetchSourceText, from a real server', () => {
  let server: Server;
  let page: string;
  const served = new Map<string, string>([['/corpora/texts/src-a.txt', textA]]);

  beforeAll(async () => {
    server = createServer((req, res) => {
      const body = served.get(req.url ?? '');
      res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/plain' });
      res.end(body ?? 'not here');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    page = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches the file next to the dataset and checks it', async () => {
    const text = await fetchSourceText('/corpora/k.json', sourceA, dataset, { pageUrl: page });
    expect(text).toBe(textA);
  });

  it('names the file and the status when the server has no such file', async () => {
    const sourceB = dataset.sources[1] as ExternalSource;
    const err = await fetchSourceText('/corpora/k.json', sourceB, dataset, {
      pageUrl: page,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceTextError);
    expect(err).toMatchObject({ code: 'http', file: '/corpora/texts/src-b.txt' });
    expect((err as Error).message).toBe('The server answered 404 Not Found for the text file.');
  });

  it('refuses, without fetching, a file on another site', async () => {
    const elsewhere = { ...sourceA, textFile: 'https://elsewhere.example/a.txt' };
    const err = await fetchSourceText('/corpora/k.json', elsewhere, dataset, {
      pageUrl: page,
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'refused', file: 'https://elsewhere.example/a.txt' });
  });

  it('says the file could not be fetched when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const err = await fetchSourceText('/corpora/k.json', sourceA, dataset, {
      pageUrl: `http://127.0.0.1:${port}/`,
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'network', file: '/corpora/texts/src-a.txt' });
    expect((err as Error).message).toMatch(/^The text file could not be fetched: /);
  });
});
