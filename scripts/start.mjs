/**
 * `npm start`: installs dependencies if needed, builds the app, and serves the
 * production build on the bundled dataset, as a reader should get it: under
 * its Content-Security-Policy header, fast, one fetch of the dataset. (The dev
 * server, `npm run dev`, cannot carry the policy: its hot reload injects
 * inline scripts.) Extra arguments go to `vite preview` (`npm start -- --port 3000`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, ensureDependencies } from './deps.mjs';

if (!ensureDependencies()) {
  console.error('npm ci failed; Parley cannot start without its dependencies.');
  process.exit(1);
}

// The local binary, not npx: killing npx can leave its vite child running.
const viteBin = join(ROOT, 'node_modules', '.bin', 'vite');
console.log('Building Parley (vite build)…');
if (spawnSync(viteBin, ['build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) {
  console.error('The build failed (see above); nothing was started.');
  process.exit(1);
}
console.log('Starting Parley (vite preview). Press Ctrl+C to stop.');
const vite = spawn(viteBin, ['preview', '--port', '5173', ...process.argv.slice(2)], {
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
