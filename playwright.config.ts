import { defineConfig } from '@playwright/test';
import { ELECTRON_SKIP_REASON, electronBinary } from './e2e/electron-binary';

/**
 * End-to-end tests drive the browser edition in the system's Chromium: Playwright's own
 * browsers are downloaded, and these machines have no internet.
 */
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const port = 4173;

// Reporters list a skipped test without its reason; say it once, where people read the run.
if (process.env['TEST_WORKER_INDEX'] === undefined && electronBinary() === undefined) {
  console.log(`e2e/electron.spec.ts will be skipped: ${ELECTRON_SKIP_REASON}`);
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    acceptDownloads: true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'browser-edition', testIgnore: [/electron\.spec\.ts/, /screens\//, /measure\//] },
    { name: 'desktop', testMatch: /electron\.spec\.ts/ },
    // Screenshots for review, not a test: only `npm run screens` runs them.
    ...(process.env['SCREENS'] === '1' ? [{ name: 'screens', testMatch: /screens\/.*\.spec\.ts/ }] : []),
    // Measurements for `npm run bench`, not tests.
    ...(process.env['MEASURE'] === '1'
      ? [
          {
            name: 'measure',
            testMatch: /measure\/.*\.spec\.ts/,
            use: { trace: 'off' as const, screenshot: 'off' as const },
          },
        ]
      : []),
  ],
  webServer: {
    command: `npm run build:renderer --silent && npx vite preview --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
  },
});
