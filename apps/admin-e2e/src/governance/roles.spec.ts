import { expect, test } from '@playwright/test';
import { demoEmail, signIn } from '../support/app';

test.describe('who sees governance', () => {
  test('an interviewer has no Reports & audit entry and its URLs are not found', async ({ page }) => {
    await signIn(page, demoEmail('interviewer'));
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'My interviews' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Reports & audit' })).toHaveCount(0);
    for (const url of ['/governance', '/governance/audit', '/governance/reports']) {
      await page.goto(url);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    }
  });

  test('an admin has the audit log, reports and retention, but no adverse impact export', async ({ page }) => {
    await signIn(page, demoEmail('admin'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports & audit' }).click();
    await expect(page).toHaveURL(/\/governance\/audit$/);
    await expect(page.getByRole('tablist', { name: 'Governance sections' }).getByRole('tab')).toHaveText([
      'Audit log',
      'Reports',
      'Retention',
    ]);
    await page.getByRole('tab', { name: 'Reports', exact: true }).click();
    await expect(page.locator('rp-report-card').first()).toBeVisible();
    await expect(page.getByRole('region', { name: /Adverse impact$/ })).toHaveCount(0);
    await expect(page.getByRole('region', { name: /Audit log$/ })).toBeVisible();
  });
});
