import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

/**
 * Browser tests against the production build served by the built API, on a fresh database.
 * The config is evaluated again in each worker: values chosen here are kept in the environment so
 * that every process agrees on the same database and port.
 */
const env = process.env;
env['RP_BROWSER_SERVER_URL'] ??= env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
env['RP_BROWSER_DB'] ??= `rapport_browser_${randomBytes(6).toString('hex')}`;
// A free port, found synchronously (a config cannot await).
env['RP_BROWSER_PORT'] ??= execFileSync(process.execPath, [
  '-e',
  "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
])
  .toString()
  .trim();

const baseURL = `http://127.0.0.1:${env['RP_BROWSER_PORT']}`;

/** Debian's Chromium (Playwright's own browser download is blocked here); see TOOLCHAIN.md. */
const launchOptions = {
  executablePath: env['CHROME_PATH'] || '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './src',
  outputDir: '../../test-results/admin-e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!env['CI'],
  // One retry in CI: a test that passes on retry is reported as flaky, not hidden.
  retries: env['CI'] ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [
    ['list'],
    ['html', { outputFolder: '../../test-results/admin-e2e-report', open: 'never' }],
    // Failing tests' names, printed by `npm test` under its summary.
    ['json', { outputFile: '../../tmp/test-failures/admin-e2e.json' }],
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions,
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      // Tablet in portrait, as in the interview room: accessibility pages and the folding navigation.
      name: 'tablet',
      testMatch: ['a11y/**/*.spec.ts', 'layout/navigation.spec.ts'],
      use: { ...devices['Desktop Chrome'], viewport: { width: 820, height: 1180 }, hasTouch: true, launchOptions },
    },
  ],
  webServer: {
    command: 'node apps/admin-e2e/src/support/serve-api.mjs',
    cwd: '../..',
    url: `${baseURL}/api/health/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: { PORT: env['RP_BROWSER_PORT'] as string },
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
