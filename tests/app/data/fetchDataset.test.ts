/**
 * fetchDataset against a real HTTP server: every way a dataset can fail to
 * load becomes a DatasetError that names the file and says what to do, and a
 * valid one loads once the file is fixed (what Retry does).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDataset } from '../../../src/app/data/datasetQuery';
import { DatasetError } from '../../../src/app/data/errors';
import { fixtureDataset } from '../../fixtures/dataset';

/** What the server answers for each path; tests change it between requests. */
const files = new Map<string, { status: number; body: string }>();
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const file = files.get(req.url ?? '') ?? { status: 404, body: 'Not Found' };
    res.writeHead(file.status, { 'content-type': 'application/json' });
    res.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const serve = (path: string, status: number, body: unknown) =>
  files.set(path, { status, body: typeof body === 'string' ? body : JSON.stringify(body) });

async function failure(url: string): Promise<DatasetError> {
  const err = await fetchDataset(url).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof DatasetError)) throw new Error(`expected a DatasetError, got ${String(err)}`);
  // Whatever went wrong, the message names the file and there is something to do.
  expect(err.message).toContain(url);
  expect(err.advice).not.toBe('');
  return err;
}

describe('fetchDataset', () => {
  it('a missing file: HTTP 404 with the file, then loads once the file is there', async () => {
    const url = `${base}/later.json`;
    const err = await failure(url);
    expect(err.code).toBe('http');
    expect(err.message).toBe(`The dataset was not found at ${url} (HTTP 404 Not Found).`);
    expect(err.advice).toContain('npm run compile');
    serve('/later.json', 200, fixtureDataset);
    await expect(fetchDataset(url)).resolves.toEqual(fixtureDataset);
  });

  it('a server error: HTTP 500 with the file', async () => {
    serve('/broken-server.json', 500, 'oops');
    const err = await failure(`${base}/broken-server.json`);
    expect(err.message).toContain('HTTP 500 Internal Server Error');
  });

  it('no server at all: a network error', async () => {
    // A port nobody listens on: opened to learn a free number, then closed.
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const port = (other.address() as AddressInfo).port;
    await new Promise<void>((resolve) => other.close(() => resolve()));
    const err = await failure(`http://127.0.0.1:${port}/d.json`);
    expect(err.code).toBe('network');
  });

  it('truncated JSON', async () => {
    serve('/truncated.json', 200, JSON.stringify(fixtureDataset).slice(0, 300));
    const err = await failure(`${base}/truncated.json`);
    expect(err.code).toBe('json');
    expect(err.message).toContain('not valid JSON');
  });

  it('another schemaVersion: one sentence naming both, no list of problems', async () => {
    serve('/v2.json', 200, { ...fixtureDataset, schemaVersion: 2, events: 'changed in v2' });
    const err = await failure(`${base}/v2.json`);
    expect(err.code).toBe('version');
    expect(err.message).toContain('version 2 of the Parley format; this Parley reads version 1');
    expect(err.problems).toEqual([]);
  });

  it('a rule broken: the schema error lists the problem', async () => {
    const ds = structuredClone(fixtureDataset);
    ds.events[0]!.mentions[0]!.end = 100_000;
    serve('/past-end.json', 200, ds);
    const err = await failure(`${base}/past-end.json`);
    expect(err.code).toBe('schema');
    expect(err.problems).toEqual([
      expect.stringMatching(/^events\[0\]\.mentions\[0\]: span \d+–100000 is outside source/),
    ]);
  });
});
