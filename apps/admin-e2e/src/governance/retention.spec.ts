import { expect, test } from '@playwright/test';
import { checkPage, demoEmail, signIn } from '../support/app';

test.describe('retention', () => {
  test('HR changes the policy (checked before saving), sees the preview and runs it after confirming', async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    await signIn(page, demoEmail('hr'));
    const loaded = page.waitForResponse((r) => r.url().endsWith('/api/retention/preview'));
    await page.goto('/governance/retention');
    expect((await loaded).status()).toBe(200);
    const days = page.getByRole('spinbutton', { name: 'Erase after (days)' });
    await expect(days).not.toHaveValue('');
    const original = await days.inputValue();

    // The preview: a list of who is due, or the sentence saying nobody is.
    const preview = page.getByRole('region', { name: 'Next run would erase' });
    await expect(preview.getByRole('table', { name: 'Candidates the next run would erase' }).or(preview.getByText(/^Nobody is due/))).toBeVisible();
    await checkPage(page, testInfo, 'governance-retention');

    await days.fill('10');
    await page.getByRole('button', { name: 'Save policy' }).click();
    await expect(page.getByText('Enter a whole number of days from 30 to 3650')).toBeVisible();

    await days.fill('400');
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/api/retention/settings'));
    const refreshed = page.waitForResponse((r) => r.url().endsWith('/api/retention/preview'));
    await page.getByRole('button', { name: 'Save policy' }).click();
    expect((await saved).status()).toBe(200);
    await refreshed;
    await expect(page.getByText('Retention policy saved: 400 days')).toBeVisible();

    await page.reload();
    await expect(days).toHaveValue('400');

    // Run now asks first; cancelling sends nothing.
    await page.getByRole('button', { name: 'Run now' }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText('This cannot be undone.');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await page.getByRole('button', { name: 'Run now' }).click();
    const ran = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/retention/run'));
    await page.getByRole('alertdialog').getByRole('button', { name: 'Erase now' }).click();
    expect((await ran).status()).toBe(200);
    await expect(page.getByText(/Retention run finished|Another retention run/)).toBeVisible();

    // Leave the policy as it was for other tests.
    await days.fill(original);
    const restored = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/api/retention/settings'));
    await page.getByRole('button', { name: 'Save policy' }).click();
    expect((await restored).status()).toBe(200);
  });

  test('an admin reads the policy but cannot change, preview or run it', async ({ page }) => {
    await signIn(page, demoEmail('admin'));
    await page.goto('/governance/retention');
    await expect(page.getByRole('spinbutton', { name: 'Erase after (days)' })).toBeDisabled();
    await expect(page.getByText('Only HR or an owner can change the policy')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save policy' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Run now' })).toHaveCount(0);
  });
});
