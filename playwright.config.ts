import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './tests/chromium.mjs';

export const PORT = Number(process.env.E2E_PORT ?? 4173);
export { CHROMIUM, CHROMIUM_ARGS };

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  // Key derivation (PBKDF2, 600,000 rounds) on two busy cores can take seconds: wait for what the
  // user would see for up to 10 s.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./tests/e2e/slowest-reporter.ts']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    // A 10-inch tablet held upright is the default screen.
    viewport: { width: 800, height: 1280 },
    hasTouch: true,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    // Installing the service worker precaches the whole app (about 350 files) in every new
    // context: a quarter of the CPU of a short test on two cores. Tests about the service worker
    // (offline.e2e.ts, update.e2e.ts, the offline reload in child-mode.e2e.ts, the request and
    // CSP watchers) and the crash and profile tests (persistent profiles) keep it with
    // `test.use({ serviceWorkers: 'allow' })`; the others test the app without it, as a first
    // visit in a browser without service workers (failures.e2e.ts checks that one is handled).
    serviceWorkers: 'block'
  },
  webServer: {
    command: `node scripts/serve.mjs build --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore'
  }
});
