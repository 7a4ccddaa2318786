/**
 * `npm test`: the whole suite, in the order a fresh clone needs it. Stops at the
 * first failing step, says which one, and exits non-zero.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, ensureDependencies } from './deps.mjs';
import { ensureBrowser } from './ensure-browser.mjs';

/** Runs a command with inherited output; true when it exits with 0. */
function sh(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

let browser = null;
const steps = [
  ['install dependencies (npm ci if needed)', () => ensureDependencies()],
  ['ensure a Chromium for Playwright', () => (browser = ensureBrowser()) !== null],
  ['typecheck (tsc -b)', () => sh('npm', ['run', 'typecheck'])],
  ['lint (eslint)', () => sh('npm', ['run', 'lint'])],
  ['format check (prettier)', () => sh('npm', ['run', 'format:check'])],
  ['unit tests (vitest)', () => sh(bin('vitest'), ['run'])],
  ['production build (tsc -b && vite build)', () => sh('npm', ['run', 'build'])],
  [
    'end-to-end tests (playwright against the build)',
    // Handing the chosen browser on keeps playwright.config.ts on the same one.
    () => sh(bin('playwright'), ['test'], browserEnv(browser)),
  ],
];

function browserEnv(choice) {
  return choice?.executablePath ? { CHROMIUM_PATH: choice.executablePath } : {};
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const started = Date.now();
const timings = [];
for (const [i, [name, step]] of steps.entries()) {
  const label = `step ${i + 1}/${steps.length}: ${name}`;
  console.log(`\n=== ${label}`);
  const t0 = Date.now();
  const ok = step();
  const took = Date.now() - t0;
  timings.push(`${seconds(took).padStart(8)}  ${name}`);
  if (!ok) {
    console.error(`\n✗ npm test FAILED at ${label} (after ${seconds(took)}).`);
    console.error(`  Total ${seconds(Date.now() - started)}.`);
    process.exit(1);
  }
  console.log(`=== ok in ${seconds(took)}: ${name}`);
}
console.log(`\n✓ npm test: all ${steps.length} steps passed in ${seconds(Date.now() - started)}.`);
console.log(timings.join('\n'));
