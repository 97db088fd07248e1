import { expect, test } from '@playwright/test';
import { checkPage, demoEmail, signIn } from '../support/app';

test('the dark theme follows the system and the toggle, and stays accessible', async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await signIn(page, demoEmail('owner'));
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await background();
  await checkPage(page, testInfo, 'home-dark');

  await page.getByRole('button', { name: 'Use light theme' }).click();
  await expect(page.locator('html')).toHaveClass(/rp-theme-light/);
  expect(await background()).not.toBe(dark);

  // The choice is remembered on this device.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Use dark theme' })).toBeVisible();
});
