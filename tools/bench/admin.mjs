// Benchmark 4 (issue 8): the admin's initial JavaScript (gzip, admin-bundle-size.mjs) and, in Chromium
// (Playwright, Debian's /usr/bin/chromium), the Largest Contentful Paint of the culture overview and of
// the pipeline board on the group organization's data, served by the built API on localhost.
// LCP = the last `largest-contentful-paint` entry (PerformanceObserver, buffered) of a fresh page load,
// read once the page's data is on screen; the time until then ("data shown") is printed beside it,
// because the LCP element can be a heading painted before the data arrives.
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import pg from 'pg';
import { SEED_PASSWORD } from '../seed/lib/bootstrap.mjs';
import { startApi } from '../seed/lib/api.mjs';
import { seededOrgs } from './lib/seeded.mjs';
import { Figures, ms } from './lib/stats.mjs';

const DATA_TIMEOUT_MS = 180_000;
const LAUNCH = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
};

function bundleSize() {
  const dir = process.env.ADMIN_DIST ?? 'dist/apps/admin/browser';
  let out;
  try {
    out = execFileSync(process.execPath, ['tools/bench/admin-bundle-size.mjs', '--dir', dir], { encoding: 'utf8' });
  } catch (error) {
    out = String(error.stdout ?? error.message); // over the limit: exit 1, the figures are still printed
  }
  return out.split('\n').find((l) => l.startsWith('initial JS:')) ?? out.trim().split('\n').pop();
}

function observeLcp() {
  window.__lcp = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__lcp.push({ time: e.startTime, size: e.size, element: `${e.element?.tagName?.toLowerCase() ?? '?'} "${(e.element?.textContent ?? '').trim().slice(0, 40)}"` });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

/** Loads `path` afresh and waits until `ready` holds in the page and no progress indicator is left. */
async function measurePage(page, baseUrl, path, readySelector) {
  const failures = [];
  page.on('response', (res) => {
    if (res.url().includes('/api/') && res.status() >= 500) failures.push(`${res.status()} ${new URL(res.url()).pathname}`);
  });
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  let dataMs = null;
  try {
    await page.waitForFunction(
      (selector) => document.querySelector(selector) && !document.querySelector('[role="progressbar"], mat-spinner, mat-progress-spinner'),
      readySelector,
      { timeout: DATA_TIMEOUT_MS, polling: 100 },
    );
    dataMs = await page.evaluate(() => performance.now());
  } catch {
    // data not shown within the timeout: LCP so far is still reported
  }
  const lcp = await page.evaluate(() => window.__lcp.at(-1) ?? null);
  return { lcp, dataMs, failures };
}

/**
 * One page on a freshly started API (a culture request still computing for an abandoned page would
 * otherwise slow the next page): sign in as the owner, then load the page afresh and measure it.
 */
async function measureOnFreshApi(browser, databaseUrl, org, path, ready) {
  // NODE_ENV=test: the refresh cookie without `Secure`, so it works over http://127.0.0.1 (as in the browser tests).
  const api = await startApi(databaseUrl, { NODE_ENV: 'test' });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    page.setDefaultNavigationTimeout(120_000);
    await page.goto(`${api.baseUrl}/sign-in`);
    await page.getByLabel('Email').fill(`owner@${org.domain}`);
    await page.getByLabel('Password').fill(SEED_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/home$/, { timeout: 60_000 });
    await context.addInitScript(observeLcp);
    return await measurePage(page, api.baseUrl, path, ready);
  } finally {
    await context.close();
    await api.stop();
  }
}

export async function run({ databaseUrl }) {
  const figures = new Figures('admin');
  figures.add('initial JavaScript', bundleSize(), { target: '<= 250 kB gzip' });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let browser;
  try {
    const { group } = await seededOrgs(client);
    const { rows } = await client.query(
      `SELECT o.id, count(a.id) AS apps FROM openings o LEFT JOIN applications a ON a.organization_id = o.organization_id AND a.opening_id = o.id
        WHERE o.organization_id = $1 AND o.status = 'open' GROUP BY o.id ORDER BY count(a.id) DESC, o.id LIMIT 1`,
      [group.organizationId],
    );
    browser = await chromium.launch(LAUNCH);
    for (const [name, path, ready] of [
      [`pipeline board (${rows[0].apps} applications)`, `/hiring/openings/${rows[0].id}`, 'rp-pipeline-card'],
      ['culture overview', '/culture', 'li.location'],
    ]) {
      const { lcp, dataMs, failures } = await measureOnFreshApi(browser, databaseUrl, group, path, ready);
      const shown = dataMs === null ? `data not shown within ${DATA_TIMEOUT_MS / 1000} s` : `data shown at ${ms(dataMs)}`;
      figures.add(`LCP ${name}, group org`, lcp ? `${ms(lcp.time)} (${lcp.element})` : 'none', {
        target: '<= 1 s',
        note: failures.length ? `${shown}; API errors: ${failures.join(', ')}` : shown,
      });
    }
  } finally {
    await browser?.close();
    await client.end();
  }
  return figures.rows;
}
