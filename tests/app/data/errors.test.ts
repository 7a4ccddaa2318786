import { describe, expect, it } from 'vitest';
import {
  DatasetError,
  httpError,
  jsonError,
  networkError,
  refusedError,
  schemaError,
  versionError,
} from '../../../src/app/data/errors';

const URL = '/data/mine.json';

/**
 * Every message names the file and comes with something to do. These fail if
 * a message loses either, whichever wording it takes.
 */
function expectReadable(e: DatasetError) {
  expect(e).toBeInstanceOf(DatasetError);
  expect(e.url).toBe(URL);
  expect(e.message).toContain(URL);
  expect(e.advice.length).toBeGreaterThan(20);
}

describe('the catalogue of loading errors', () => {
  it('404: not found, with the status, and how to put the file there', () => {
    const e = httpError(URL, 404, 'Not Found');
    expectReadable(e);
    expect(e.code).toBe('http');
    expect(e.message).toBe(`The dataset was not found at ${URL} (HTTP 404 Not Found).`);
    expect(e.advice).toMatch(/check the link/i);
    expect(e.advice).toContain('`npm run compile`');
  });

  it('a status without its text (HTTP/2) still reads well', () => {
    expect(httpError(URL, 404).message).toContain('(HTTP 404).');
  });

  it('500: the server failed, and retrying is worth it', () => {
    const e = httpError(URL, 500, 'Internal Server Error');
    expectReadable(e);
    expect(e.message).toContain('HTTP 500 Internal Server Error');
    expect(e.message).toMatch(/server could not send/);
    expect(e.advice).toMatch(/retry/i);
  });

  it('another refusal (403) says so', () => {
    const e = httpError(URL, 403, 'Forbidden');
    expectReadable(e);
    expect(e.message).toMatch(/refused .*HTTP 403 Forbidden/);
  });

  it('no answer at all gives the browser’s reason and what to check', () => {
    const e = networkError(URL, new TypeError('Failed to fetch'));
    expectReadable(e);
    expect(e.code).toBe('network');
    expect(e.message).toContain('Failed to fetch');
    expect(e.advice).toMatch(/connection/);
  });

  it('truncated JSON suggests compiling or downloading again', () => {
    const e = jsonError(URL);
    expectReadable(e);
    expect(e.code).toBe('json');
    expect(e.message).toContain('not valid JSON');
    expect(e.advice).toContain('`npm run compile`');
  });

  it('a newer version names both versions and suggests a newer Parley', () => {
    const e = versionError(URL, 2);
    expectReadable(e);
    expect(e.code).toBe('version');
    expect(e.message).toBe(
      `The dataset at ${URL} is in version 2 of the Parley format; this Parley reads version 1.`,
    );
    expect(e.advice).toMatch(/newer Parley/);
    expect(e.advice).toMatch(/this Parley’s compiler \(`npm run compile`\)/);
    expect(e.problems).toEqual([]);
  });

  it('an older or odd version suggests recompiling, and shows what it found', () => {
    const older = versionError(URL, 0);
    expectReadable(older);
    expect(older.message).toContain('version 0 of the Parley format');
    expect(older.advice).not.toMatch(/newer Parley/);
    expect(older.advice).toContain('`npm run compile`');
    expect(versionError(URL, '1').message).toContain('version "1" of the Parley format');
  });

  it('a missing version says there is none', () => {
    const e = versionError(URL, undefined);
    expectReadable(e);
    expect(e.message).toMatch(/has no schemaVersion.*reads version 1/);
    expect(e.advice).toContain('`npm run compile`');
  });

  it('a schema violation keeps its problems and says how to fix them', () => {
    const e = schemaError(URL, ['events[0].title: expected text, found 5']);
    expectReadable(e);
    expect(e.code).toBe('schema');
    expect(e.message).toContain('does not match the Parley schema');
    expect(e.problems).toEqual(['events[0].title: expected text, found 5']);
    expect(e.advice).toMatch(/fix the problems listed/);
  });

  it('a refused link: names it (cut short, since a link can hold anything) and says why', () => {
    const e = refusedError(URL, 'Another site.');
    expectReadable(e);
    expect(e.code).toBe('refused');
    expect(e.message).toContain('Another site.');
    const long = refusedError(`https://x.example/${'a'.repeat(5000)}`, 'Another site.');
    expect(long.message.length).toBeLessThan(300);
  });
});
