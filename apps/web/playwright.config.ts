import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against a running server (the test runner starts it; no `webServer` here).
 * Debian's Chromium is used: `playwright install` cannot download browsers on these machines.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 240_000,
  // A ceiling, not a wait: assertions return as soon as the page shows the server's answer; a busy
  // machine (two cores loaded by another process) can take many seconds to sign in or build a document.
  expect: { timeout: 30_000 },
  // scripts/test.mjs names the JSON file through PLAYWRIGHT_JSON_OUTPUT_NAME; an explicit outputFile would win over it.
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/e2e.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:3000',
    headless: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
