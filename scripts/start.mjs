/**
 * `npm start`: installs dependencies if needed, then runs the Vite dev server
 * on the bundled dataset. Extra arguments go to Vite (`npm start -- --port 3000`).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, ensureDependencies } from './deps.mjs';

if (!ensureDependencies()) {
  console.error('npm ci failed; Parley cannot start without its dependencies.');
  process.exit(1);
}

console.log('Starting Parley (Vite dev server). Press Ctrl+C to stop.');
// The local binary, not npx: killing npx can leave its vite child running.
const vite = spawn(join(ROOT, 'node_modules', '.bin', 'vite'), process.argv.slice(2), {
  cwd: ROOT,
  stdio: 'inherit',
});

// Forward stop signals so that no vite process outlives this script.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => vite.kill(signal));
}
// `kill <npm pid>` stops npm and its `sh -c` without signalling us; once our
// parent is gone we are reparented, so stop vite then too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) vite.kill('SIGTERM');
}, 1000).unref();
vite.on('error', (err) => {
  console.error(`Could not start vite: ${err.message}`);
  process.exit(1);
});
vite.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
