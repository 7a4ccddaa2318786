/**
 * Installs the npm dependencies when they are missing or older than the lockfile.
 * Plain Node with no imports from node_modules: it runs before they exist.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root (this file lives in <root>/scripts). */
export const ROOT = join(import.meta.dirname, '..');

/**
 * Why node_modules needs (re)installing, or null when it is up to date.
 * npm writes node_modules/.package-lock.json at the end of every install, so an
 * install is current when that stamp is at least as new as package-lock.json.
 */
export function dependenciesStale(root = ROOT) {
  const stamp = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(join(root, 'node_modules', '.bin', 'vite')) || !existsSync(stamp))
    return 'node_modules is missing';
  if (statSync(stamp).mtimeMs < statSync(join(root, 'package-lock.json')).mtimeMs)
    return 'package-lock.json is newer than node_modules';
  return null;
}

/** Runs `npm ci` when needed; returns false if it failed. */
export function ensureDependencies(root = ROOT) {
  const reason = dependenciesStale(root);
  if (reason === null) return true;
  console.log(`${reason}: running npm ci…`);
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
  });
  return result.status === 0;
}
