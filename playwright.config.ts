import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * End-to-end tests: the built window (dist/renderer) in a system Chromium, bridged to the real
 * main-process services (test/e2e/harness). Playwright's own browsers are never downloaded.
 */

const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(
    `The end-to-end tests need Chromium, and there is none at ${chromium}.\n` +
      'On Debian or Ubuntu, install it with:  sudo apt-get install -y chromium\n' +
      'Elsewhere, set CHROMIUM_PATH to a Chromium or Google Chrome program, for example\n' +
      '  CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test',
  );
}

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  projects: [
    // The built window in Chromium, bridged to the real services in the test process.
    { name: 'window', testIgnore: 'electron.spec.ts' },
    // The packaged desktop app, where the Electron program is installed.
    { name: 'electron', testMatch: 'electron.spec.ts' },
  ],
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
