/**
 * `npm run generate` as people run it: a real process writing a real file.
 * Good arguments write the same bytes every time; bad ones exit 2, name the
 * flag, and leave nothing behind (not even a temporary file).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/shared/schema';

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

  it('rejects bad arguments with exit 2, a message naming the flag, and no file', async () => {
    const out = join(dir, 'out.json');
    const cases: [string, string[], RegExp][] = [
      ['missing --events', ['--seed', '1', '--out', out], /--events is required/],
      ['non-numeric', ['--events', 'many', '--out', out], /--events must be a whole number/],
      ['negative', ['--events', '-5', '--out', out], /--events must be .* not "-5"/],
      ['unknown flag', ['--events', '10', '--count', '3', '--out', out], /unknown flag "--count"/],
      ['missing --out', ['--events', '10'], /--out is required/],
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
    expect(readdirSync(dir)).toEqual([]);
  });
});
