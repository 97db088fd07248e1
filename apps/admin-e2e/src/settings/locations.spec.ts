import { expect, test } from '@playwright/test';
import { demoEmail, openDialog, signIn, unique } from '../support/app';

test.describe('locations', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, demoEmail('owner'));
    await page.goto('/settings/locations');
    await expect(page.getByRole('table', { name: 'Locations' })).toBeVisible();
  });

  test('an invalid or duplicate code shows on the Code field', async ({ page }) => {
    const dialog = await openDialog(page, page.getByRole('button', { name: 'Add location' }), 'Add location');
    await dialog.getByLabel('Name').fill('Harbour clinic');

    // Caught in the browser.
    await dialog.getByLabel('Code').fill('no spaces!');
    await dialog.getByRole('button', { name: 'Add location' }).click();
    await expect(dialog.getByText('Use 2–20 letters, digits or dashes')).toBeVisible();

    // Only the API knows that DTN (a demo location) is taken: its 409 lands on the same field.
    await dialog.getByLabel('Code').fill('dtn');
    await dialog.getByRole('button', { name: 'Add location' }).click();
    await expect(dialog.getByText('DTN is already in use')).toBeVisible();
    await expect(dialog.getByLabel('Code')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog).toBeVisible();
  });

  test('create a location, then delete it after confirming', async ({ page }) => {
    const code = `E2E-${unique()}`.slice(0, 20);
    const name = `Browser test clinic ${code}`;

    const dialog = await openDialog(page, page.getByRole('button', { name: 'Add location' }), 'Add location');
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Code').fill(code.toLowerCase());
    await dialog.getByRole('button', { name: 'Add location' }).click();
    await expect(dialog).toBeHidden();

    const row = page.getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText(code);

    await row.getByRole('button', { name: `Delete ${name}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Delete ${name}?` });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(row).toBeVisible();

    await row.getByRole('button', { name: `Delete ${name}` }).click();
    // Wait for the server's answer: reloading while the DELETE is in flight would cancel it.
    const deleted = page.waitForResponse((r) => r.request().method() === 'DELETE' && r.url().includes('/api/locations/'));
    await confirm.getByRole('button', { name: 'Delete' }).click();
    expect((await deleted).status()).toBe(204);
    await expect(row).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole('table', { name: 'Locations' })).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
  });
});
