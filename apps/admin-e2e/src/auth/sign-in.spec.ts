import { expect, test } from '@playwright/test';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, demoEmail, signIn, signOut } from '../support/app';

test.describe('signing in and out', () => {
  test('the demo owner signs in and sees the shell with the demo practice', async ({ page }) => {
    await signIn(page, demoEmail('owner'));

    await expect(page.getByTestId('organization-name')).toHaveText(DEMO_ORGANIZATION);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Home' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible();
    await expect(page.getByRole('main').getByText('Owner', { exact: true })).toBeVisible();
  });

  test('a reload keeps the session (restored from the refresh cookie)', async ({ page }) => {
    await signIn(page, demoEmail('owner'));
    await page.goto('/settings/locations');
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();

    await page.reload();
    await expect(page).toHaveURL(/\/settings\/locations$/);
    await expect(page.getByRole('table', { name: 'Locations' })).toBeVisible();
  });

  test('signing in works with the keyboard alone', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Email')).toBeFocused();
    await page.keyboard.type(demoEmail('leader'));
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/home$/);
  });

  test('wrong credentials say so on the sign-in page', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(demoEmail('hr'));
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('signing out ends the session: signed-in pages lead back to sign-in', async ({ page }) => {
    await signIn(page, demoEmail('admin'));
    await signOut(page);

    await page.goto('/settings/users');
    await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Fsettings%2Fusers$/);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });
});
