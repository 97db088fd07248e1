import { expect, test } from '@playwright/test';
import { checkPage, demoEmail, signIn, signOut } from '../support/app';
import { chartsDrawn, observationsLoaded, openProfile } from './culture.helpers';

/*
 * The culture pages at both viewports of the a11y suite. The tablet project of playwright.config.ts
 * only picks up a11y/ and layout/ specs, so this spec sets the viewport itself and runs in the desktop
 * project; screenshots are named after the viewport.
 */
const VIEWPORTS = [
  { name: 'desktop', size: { width: 1280, height: 800 }, hasTouch: false },
  { name: 'tablet', size: { width: 820, height: 1180 }, hasTouch: true },
] as const;

for (const viewport of VIEWPORTS) {
  test.describe(`culture pages at ${viewport.name} size`, () => {
    test.use({ viewport: viewport.size, hasTouch: viewport.hasTouch });

    test('overview, staff profile, my reviews and leader page pass axe', async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      const shot = (name: string) => checkPage(page, testInfo, `${viewport.name}-${name}`);

      await signIn(page, demoEmail('owner'));
      await page.goto('/culture');
      await expect(page.getByRole('heading', { level: 1, name: 'Culture' })).toBeVisible();
      await expect(page.getByRole('img', { name: /^Heatmap:/ })).toBeVisible();
      await expect(page.getByRole('list', { name: 'Recent recognitions' })).toBeVisible();
      await chartsDrawn(page);
      await shot('culture-overview');

      await openProfile(page, 'Dr. Leo Martins');
      await expect(page.getByRole('table', { name: 'Review results per competency' })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Service metrics' })).toBeVisible();
      await observationsLoaded(page);
      await chartsDrawn(page);
      await shot('staff-profile');
      await signOut(page);

      await signIn(page, demoEmail('leader'));
      await page.goto('/reviews');
      await expect(page.getByRole('heading', { level: 1, name: 'My reviews' })).toBeVisible();
      await expect(page.getByTestId('assignment').first()).toBeVisible();
      await shot('my-reviews');

      await page.getByTestId('assignment').first().getByRole('link').click();
      await expect(page.getByTestId('privacy-note')).toBeVisible();
      await expect(page.locator('fieldset').first()).toBeVisible();
      await shot('review-form');

      await page.goto('/leaders/me');
      await expect(page.getByRole('heading', { level: 1, name: 'My leadership' })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Self vs staff gap per competency' })).toBeVisible();
      await chartsDrawn(page);
      await shot('leader-page');
    });
  });
}
