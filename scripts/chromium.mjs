/**
 * Which Chromium Playwright should launch. Shared by playwright.config.ts and
 * scripts/ensure-browser.mjs so that both always agree.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Debian's package puts its launcher here. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Playwright's own Chromium when `npx playwright install chromium` has downloaded it. */
function playwrightChromium() {
  try {
    // playwright-core is resolved lazily: this module is imported before npm ci has run.
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * The browser to use, in order of preference: CHROMIUM_PATH when set (an
 * explicit choice wins), Playwright's own download, then Debian's chromium.
 * `executablePath` is undefined for Playwright's own browser so that Playwright
 * picks its matching build (including the headless shell). Returns null when
 * there is none.
 */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    return existsSync(env.CHROMIUM_PATH)
      ? { kind: 'CHROMIUM_PATH', path: env.CHROMIUM_PATH, executablePath: env.CHROMIUM_PATH }
      : null;
  }
  const own = playwrightChromium();
  if (own) return { kind: 'playwright', path: own, executablePath: undefined };
  if (existsSync(SYSTEM_CHROMIUM))
    return { kind: 'system', path: SYSTEM_CHROMIUM, executablePath: SYSTEM_CHROMIUM };
  return null;
}

/** Flags that keep Chromium quiet and working in containers without network or GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
