/**
 * The compiler as people run it: a real process on real files. A failed
 * compile exits non-zero, names file and line, and leaves the previous dataset
 * exactly as it was; a good one is written whole (no temporary file left).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

let dir: string;
const run = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [
      'node_modules/tsx/dist/cli.mjs',
      'src/compiler/cli.ts',
      '--sources',
      join(dir, 'sources'),
      '--curation',
      join(dir, 'curation'),
      '--out',
      join(dir, 'dataset.json'),
      ...args,
    ],
    { encoding: 'utf8' },
  );

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
  cpSync('data/sources', join(dir, 'sources'), { recursive: true });
  cpSync('data/curation', join(dir, 'curation'), { recursive: true });
});

// Each case starts a real Node process with tsx: seconds, not milliseconds, on a busy machine.
describe('npm run compile', { timeout: 30_000 }, () => {
  it('writes the same dataset as the committed one, atomically', () => {
    const r = run();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Wrote .*dataset\.json: 5 sources, \d+ events, \d+ quotes/);
    expect(readFileSync(join(dir, 'dataset.json'), 'utf8')).toBe(
      readFileSync('data/dataset.json', 'utf8'),
    );
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('fails on bad curation with file, line and hint, and leaves the previous dataset untouched', () => {
    const previous = '{"previous": true}\n';
    writeFileSync(join(dir, 'dataset.json'), previous);
    const events = join(dir, 'curation', 'events.json');
    const text = readFileSync(events, 'utf8').replace(
      'Kim supervised the test-firing',
      'Kim oversaw the test-firing',
    );
    writeFileSync(events, text);
    const r = run();
    expect(r.status).toBe(1);
    const line = text.slice(0, text.indexOf('Kim oversaw')).split('\n').length;
    expect(r.stderr).toContain(`events.json:${line}: error PARLEY004:`);
    expect(r.stderr).toContain('→ copy the words exactly');
    expect(r.stderr).toContain('was left untouched');
    expect(readFileSync(join(dir, 'dataset.json'), 'utf8')).toBe(previous);
  });

  it('--check reports a stale dataset', () => {
    writeFileSync(join(dir, 'dataset.json'), '{}\n');
    const r = run('--check');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('is stale');
  });
});
