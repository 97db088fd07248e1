import { expect, test } from '@playwright/test';
import { checkPage, demoEmail, signIn } from '../support/app';

// Runs in both projects: desktop 1280×800 and tablet 820×1180.
test.describe('accessibility of each main page', () => {
  test('signed-out pages', async ({ page }, testInfo) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await checkPage(page, testInfo, 'sign-in');

    await page.goto('/accept-invite?token=not-a-real-token');
    await expect(page.getByRole('heading', { name: 'Accept your invitation' })).toBeVisible();
    await checkPage(page, testInfo, 'accept-invite');
  });

  test('signed-in pages', async ({ page }, testInfo) => {
    // Seven pages, each with an axe scan and a full-page screenshot: ~30 s alone, more on a busy machine.
    test.slow();
    await signIn(page, demoEmail('owner'));
    await checkPage(page, testInfo, 'home');

    await page.goto('/settings/locations');
    await expect(page.getByRole('table', { name: 'Locations' })).toBeVisible();
    await checkPage(page, testInfo, 'settings-locations');

    await page.goto('/settings/users');
    await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
    await checkPage(page, testInfo, 'settings-users');

    await page.goto('/settings/care-standard');
    await expect(page.getByRole('heading', { name: 'Empathy & warmth' })).toBeVisible();
    await checkPage(page, testInfo, 'settings-care-standard');

    await page.getByRole('button', { name: 'Edit Empathy & warmth' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await checkPage(page, testInfo, 'care-standard-edit-dialog');
    await page.keyboard.press('Escape');

    await page.goto('/settings/anonymity');
    await expect(page.getByRole('spinbutton', { name: 'Minimum number of raters' })).not.toHaveValue('');
    await checkPage(page, testInfo, 'settings-anonymity');

    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await checkPage(page, testInfo, 'not-found');
  });
});
