import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** The demo practice seeded by the API (SEED_DEMO=true): one user per role, one password. */
export const DEMO_PASSWORD = 'Rapport-demo-2026';
export const DEMO_ORGANIZATION = 'Lumen Aesthetics';
export const demoEmail = (who: 'owner' | 'admin' | 'hr' | 'manager' | 'interviewer' | 'leader' | 'staff') =>
  `${who}@demo.rapport.test`;

/** A suffix no other test (or earlier run on a reused database) has used. */
export function unique(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeVisible();
}

/**
 * Clicks `opener` and returns the dialog `name` once it holds the focus: MatDialog moves the focus to
 * its first field when its opening animation ends, and typing before that can land in the wrong
 * field (seen in CI: a location's code typed into its name).
 */
export async function openDialog(page: Page, opener: Locator, name: string): Promise<Locator> {
  await opener.click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog.locator(':focus')).toHaveCount(1);
  return dialog;
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Account: / }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

/**
 * The accessibility gate of issue 3: no serious or critical axe violation on the page as it is,
 * and a PNG of it saved with the test's artifacts (test-results/) for a human to look at.
 */
export async function checkPage(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  // Fonts and icon ligatures must have loaded, or the screenshot shows icon names as words.
  await page.evaluate(() => document.fonts.ready);
  // best-practice too: rules such as landmark-unique or aria-allowed-role are not WCAG criteria but
  // still break screen-reader navigation; the serious/critical filter below applies to them as well.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);

  const file = testInfo.outputPath(`${testInfo.project.name}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(`${name}.png`, { path: file, contentType: 'image/png' });

  expect(blocking, `axe on ${name} at ${testInfo.project.name}`).toEqual([]);
}
