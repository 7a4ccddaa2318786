import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

/**
 * End-to-end tests run against the production build served by `vite preview`.
 * The build must exist first: `npm test` and `npm run test:e2e` build before
 * running Playwright; a bare `npx playwright test` uses whatever dist/ holds.
 */
const isCI = Boolean(process.env.CI);
// Several engineers can run e2e on one machine at once: each with its own build
// directory and port (PARLEY_E2E_DIST, PARLEY_E2E_PORT); the defaults are npm test's.
const port = Number(process.env.PARLEY_E2E_PORT ?? 4173);
const dist = process.env.PARLEY_E2E_DIST ?? 'dist';
// …and its own results folder: each run empties the one it writes to.
const outputDir = process.env.PARLEY_E2E_OUTPUT ?? 'test-results';

export default defineConfig({
  testDir: 'e2e',
  outputDir,
  fullyParallel: true,
  forbidOnly: isCI,
  retries: 0,
  workers: 2, // the machine has two cores
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1400, height: 900 },
        launchOptions: {
          // Playwright's own Chromium when installed, else CHROMIUM_PATH or Debian's.
          executablePath: findChromium()?.executablePath,
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    // The local binary, not npx: stopping npx can leave vite running.
    command: `node_modules/.bin/vite preview --port ${port} --strictPort --outDir ${dist}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !isCI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
