/**
 * `npm run generate` as people run it: a real process writing a real file.
 * Good arguments write the same bytes every time; bad ones exit 2, name the
 * flag, and leave nothing behind (not even a temporary file).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatasetSchema, isInlineSource, type Dataset } from '../../src/shared/schema';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-generate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Start the command line; asynchronous, so that several runs share the two cores. */
function generate(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', ['scripts/generate.ts', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

// Each case starts Node with tsx: about a second apiece on a busy machine.
describe('npm run generate', { timeout: 30_000 }, () => {
  it('writes a valid dataset, the same bytes on every run, and says what it wrote', async () => {
    const [a, b] = [join(dir, 'a.json'), join(dir, 'b.json')];
    const runs = await Promise.all([
      generate('--events', '300', '--seed', '42', '--out', a),
      generate('--events=300', '--seed=42', `--out=${b}`),
    ]);
    for (const r of runs) {
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(
        /^Wrote .*\.json: 300 events, \d+ sources, \d+ quotes, 40 countries, \d+ bytes .* \d+ ms/,
      );
    }
    const bytes = readFileSync(a, 'utf8');
    expect(readFileSync(b, 'utf8')).toBe(bytes);
    expect(runs[0]!.stdout).toContain(`${Buffer.byteLength(bytes)} bytes`);
    expect(DatasetSchema.safeParse(JSON.parse(bytes)).success).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json']);
  });

  it('with --texts-dir, writes each text to its own file and the dataset points at them', async () => {
    // Two runs, each a dataset with its texts folder beside it: the same bytes in both.
    for (const d of ['a', 'b']) mkdirSync(join(dir, d));
    const runs = await Promise.all(
      ['a', 'b'].map((d) =>
        generate(
          '--events',
          '200',
          '--seed',
          '5',
          '--out',
          join(dir, d, 'k.json'),
          '--texts-dir',
          join(dir, d, 'texts'),
        ),
      ),
    );
    for (const r of runs) {
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/, texts in \d+ files under .*texts, seed 5/);
    }
    const bytes = readFileSync(join(dir, 'a', 'k.json'), 'utf8');
    expect(readFileSync(join(dir, 'b', 'k.json'), 'utf8')).toBe(bytes);
    const ds: Dataset = DatasetSchema.parse(JSON.parse(bytes));
    const names = readdirSync(join(dir, 'a', 'texts')).sort();
    expect(names).toEqual(ds.sources.map((s) => `${s.id}.txt`).sort());
    for (const s of ds.sources) {
      if (isInlineSource(s)) throw new Error(`${s.id} kept its text inline`);
      expect(s.textFile).toBe(`texts/${s.id}.txt`);
      const text = readFileSync(join(dir, 'a', s.textFile), 'utf8');
      expect(readFileSync(join(dir, 'b', s.textFile), 'utf8')).toBe(text);
      expect(text.length).toBe(s.textLength);
      expect(createHash('sha256').update(text).digest('hex')).toBe(s.textSha256);
    }
    // The quotes are slices of the texts in the files, as they were of the inline ones.
    const texts = new Map(
      ds.sources.map((s) => [s.id, readFileSync(join(dir, 'a', 'texts', `${s.id}.txt`), 'utf8')]),
    );
    for (const q of ds.quotes) expect(texts.get(q.sourceId)!.slice(q.start, q.end)).toBe(q.text);
  });

  it('rejects bad arguments with exit 2, a message naming the flag, and no file', async () => {
    const out = join(dir, 'out.json');
    const notADir = join(dir, 'file.txt');
    writeFileSync(notADir, 'not a folder');
    const cases: [string, string[], RegExp][] = [
      ['missing --events', ['--seed', '1', '--out', out], /--events is required/],
      ['non-numeric', ['--events', 'many', '--out', out], /--events must be a whole number/],
      ['negative', ['--events', '-5', '--out', out], /--events must be .* not "-5"/],
      ['unknown flag', ['--events', '10', '--count', '3', '--out', out], /unknown flag "--count"/],
      ['missing --out', ['--events', '10'], /--out is required/],
      [
        'empty --texts-dir',
        ['--events', '10', '--out', out, '--texts-dir='],
        /--texts-dir needs a folder/,
      ],
      [
        '--texts-dir a file',
        ['--events', '10', '--out', out, '--texts-dir', notADir],
        /--texts-dir: ".*" is a file/,
      ],
    ];
    // All at once, so that the start-ups share the cores.
    const runs = await Promise.all(cases.map(([, args]) => generate(...args)));
    runs.forEach((r, i) => {
      const [what, , message] = cases[i]!;
      expect(r.status, what).toBe(2);
      expect(r.stderr, what).toMatch(message);
      expect(r.stderr, what).toContain('usage: npm run generate');
      expect(r.stdout, what).toBe('');
    });
    expect(readdirSync(dir)).toEqual(['file.txt']);
  });
});
