import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from './tests/e2e/support/chromium';

// The browser tests of one worker share a `vite preview` of dist/; the offline tests, which must
// stop the real server in the middle of a test, start their own (tests/e2e/support/app.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  outputDir: 'test-results/browser', // Playwright empties this folder; the run summaries sit beside it
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    viewport: { width: 390, height: 844 },
    locale: 'en-US',
  },
});
