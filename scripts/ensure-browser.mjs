/**
 * Makes sure Playwright has a Chromium to launch, installing Debian's package
 * when possible (`npx playwright install` cannot download where only the npm
 * registry and Debian mirrors are reachable). Run directly, it prints the path;
 * scripts/test.mjs imports `ensureBrowser`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.mjs';

const HOW_TO_INSTALL = `No Chromium found for Playwright. Install one of:
  sudo apt-get install chromium            (Debian/Ubuntu; used from /usr/bin/chromium)
  npx playwright install chromium          (where browser downloads are possible)
or set CHROMIUM_PATH to a Chromium or Chrome binary.`;

function canApt() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

function aptInstallChromium() {
  console.log('Installing Debian chromium with apt-get (about 30 s)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) return false;
  }
  return true;
}

/**
 * Returns the Chromium choice (see findChromium), installing Debian's package
 * as root when there is none. Returns null, after printing what to install,
 * when no browser can be found or installed.
 */
export function ensureBrowser() {
  let choice = findChromium();
  if (!choice && process.env.CHROMIUM_PATH) {
    console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist.`);
    return null;
  }
  if (!choice && canApt() && aptInstallChromium()) choice = findChromium();
  if (!choice) {
    console.error(HOW_TO_INSTALL);
    return null;
  }
  console.log(`Chromium for Playwright (${choice.kind}): ${choice.path}`);
  return choice;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = ensureBrowser() ? 0 : 1;
}
