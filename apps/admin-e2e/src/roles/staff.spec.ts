import { expect, test } from '@playwright/test';
import { demoEmail, signIn } from '../support/app';

test('a staff user sees no Settings and gets not-found when typing its URL', async ({ page }) => {
  await signIn(page, demoEmail('staff'));
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Home' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Settings' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Users|Locations|Care standard/ })).toHaveCount(0);

  for (const path of ['/settings', '/settings/users']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('table')).toHaveCount(0);
  }
});
