/**
 * The compiler as people run it: a real process on real files. A failed
 * compile exits non-zero, names file and line, and leaves the previous dataset
 * exactly as it was; a good one is written whole (no temporary file left).
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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
    expect(r.stdout).toMatch(
      /Wrote .*dataset\.json: 5 articles, \d+ events, \d+ quotes, \d+ actors \(\d+ countries\), 0 warnings/,
    );
    expect(readFileSync(join(dir, 'dataset.json'), 'utf8')).toBe(
      readFileSync('data/dataset.json', 'utf8'),
    );
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('fails on a bad correction with file, line and hint, and leaves the previous dataset untouched', () => {
    const previous = '{"previous": true}\n';
    writeFileSync(join(dir, 'dataset.json'), previous);
    const path = join(dir, 'curation', 'corrections.json');
    const file = JSON.parse(readFileSync(path, 'utf8')) as { corrections: object[] };
    file.corrections.push({
      op: 'drop',
      event: { source: 'the-korea-herald-2019-04-19', evidence: 'Kim oversaw the test-firing' },
    });
    const text = JSON.stringify(file, null, 2);
    writeFileSync(path, text);
    const r = run();
    expect(r.status).toBe(1);
    const line = text.slice(0, text.indexOf('Kim oversaw')).split('\n').length;
    expect(r.stderr).toContain(`corrections.json:${line}: error PARLEY004:`);
    expect(r.stderr).toContain('→ copy the words exactly');
    expect(r.stderr).toContain('was left untouched');
    expect(readFileSync(join(dir, 'dataset.json'), 'utf8')).toBe(previous);
  });

  it('names the first byte of an article that is not UTF-8, and writes nothing', () => {
    const name = '001_0241b7c3806e6b74.txt';
    const bytes = readFileSync(join(dir, 'sources', name));
    // A Windows-1252 curly quote (0x93) on the third line.
    const at = bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1) + 1;
    writeFileSync(
      join(dir, 'sources', name),
      Buffer.concat([bytes.subarray(0, at), Buffer.from([0x93]), bytes.subarray(at)]),
    );
    const r = run();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `${name}:3: error PARLEY019: byte ${at} \\(line 3, column 1\\) is not valid UTF-8`,
      ),
    );
    expect(readdirSync(dir)).not.toContain('dataset.json');
  });

  it.each([[[]], [['--jobs', '2']]])(
    'reports a gazetteer that is not JSON at its line, not with a stack trace (%j)',
    (args) => {
      const path = join(dir, 'curation', 'actors.json');
      const text = readFileSync(path, 'utf8').replace('"id": "us",', '"id": "us";');
      writeFileSync(path, text);
      const r = run(...args);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/actors\.json:\d+: error PARLEY003: not valid JSON/);
      expect(r.stderr).not.toMatch(/SyntaxError|at JSON\.parse/);
    },
  );

  it('says what to do when the manifest is missing', () => {
    rmSync(join(dir, 'sources', 'manifest.json'));
    const r = run();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/manifest\.json: error PARLEY002: file not found\n {2}→ create it/);
  });

  it('extracts in worker threads with the same result, and sums up what it did', () => {
    const r = run('--jobs', '2');
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'dataset.json'), 'utf8')).toBe(
      readFileSync('data/dataset.json', 'utf8'),
    );
    expect(r.stdout).toMatch(
      /events: \d+ found automatically; corrections: \d+ corrected, \d+ added, \d+ dropped, \d+ merged into others/,
    );
    expect(r.stdout).toMatch(/articles\/s, 2 threads, peak memory \d+ MB/);
  });

  it('compiles another folder of articles with the bundled gazetteer and no corrections', () => {
    const corpus = join(dir, 'mine');
    mkdirSync(corpus);
    const body = [
      'SEOUL (Yonhap) — South Korea and Japan held talks in Tokyo on Monday about trade.',
      '“We had a frank exchange of views,” South Korean Foreign Minister Park Jin told reporters.',
      'Japan urged South Korea to settle the dispute over wartime labor by the end of the year.',
    ].join('\n');
    writeFileSync(join(corpus, 'talks.txt'), body);
    writeFileSync(
      join(corpus, 'manifest.json'),
      JSON.stringify([
        { file: 'talks.txt', title: 'Talks', publisher: 'Wire', published: '2022-07-20' },
      ]),
    );
    const r = spawnSync(
      process.execPath,
      [
        'node_modules/tsx/dist/cli.mjs',
        'src/compiler/cli.ts',
        '--sources',
        corpus,
        '--out',
        join(dir, 'mine.json'),
      ],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const ds = JSON.parse(readFileSync(join(dir, 'mine.json'), 'utf8')) as {
      quotes: { speakerId: string | null }[];
      events: { type: string; countries: string[]; date: { start: string } }[];
    };
    expect(ds.quotes[0]!.speakerId).toBe('park-jin');
    expect(ds.events).toContainEqual(
      expect.objectContaining({ type: 'REQUEST', countries: ['jp', 'kr'] }),
    );
    expect(r.stdout).toContain('corrections: 0 corrected, 0 added, 0 dropped');
  });

  it('--check reports a stale dataset', () => {
    writeFileSync(join(dir, 'dataset.json'), '{}\n');
    const r = run('--check');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('is stale');
  });
});
