import { expect, test } from '@playwright/test';
import { demoEmail, signIn } from '../support/app';

test('the side navigation is open on desktop and folds into a drawer on a tablet', async ({ page }, testInfo) => {
  await signIn(page, demoEmail('owner'));
  const settings = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' });

  if (testInfo.project.name === 'desktop') {
    await expect(settings).toBeVisible();
    await expect(page.getByRole('button', { name: 'Toggle navigation' })).toHaveCount(0);
    return;
  }
  await expect(settings).toBeHidden();
  await page.getByRole('button', { name: 'Toggle navigation' }).click();
  await expect(settings).toBeVisible();
  await settings.click();
  await expect(page).toHaveURL(/\/settings\/locations$/);
  await expect(settings).toBeHidden();
});
