import { expect, test } from '@playwright/test';
import { demoEmail, signIn } from '../support/app';

test.describe('who sees hiring', () => {
  test('staff sees neither hiring nor interviews, and their URLs are not found', async ({ page }) => {
    await signIn(page, demoEmail('staff'));
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Home' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Hiring' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'My interviews' })).toHaveCount(0);
    for (const url of ['/hiring/openings', '/interviews']) {
      await page.goto(url);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    }
  });

  test('an interviewer has My interviews but not the hiring pages', async ({ page }) => {
    await signIn(page, demoEmail('interviewer'));
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'My interviews' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Hiring' })).toHaveCount(0);
    await page.goto('/hiring/kits');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});
