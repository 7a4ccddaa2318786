/** Types for scripts/chromium.mjs (plain JS so that it runs before npm ci). */
export interface ChromiumChoice {
  kind: 'CHROMIUM_PATH' | 'playwright' | 'system';
  /** The browser binary on disk. */
  path: string;
  /** What to pass to Playwright's launchOptions (undefined: Playwright's own). */
  executablePath: string | undefined;
}
export const SYSTEM_CHROMIUM: string;
export function findChromium(env?: NodeJS.ProcessEnv): ChromiumChoice | null;
export const CHROMIUM_ARGS: string[];
