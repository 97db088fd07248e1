import { expect, test } from '@playwright/test';
import { demoEmail, signIn } from '../support/app';
import { checkHiringPage, DESKTOP, TABLET } from './hiring.helpers';

// The hiring pages at both viewports (this spec sets them itself, so it runs in the desktop project):
// no serious or critical axe violation, and a screenshot of each for a human to look at.
for (const [label, viewport] of [
  ['desktop', DESKTOP],
  ['tablet', TABLET],
] as const) {
  test.describe(`hiring pages on ${label}`, () => {
    test.use({ viewport, hasTouch: label === 'tablet' });

    test('a hiring manager’s pages: openings, pipeline, candidate, debrief, kits, calibration', async ({ page }, testInfo) => {
      test.setTimeout(90_000);
      await signIn(page, demoEmail('manager'));

      await page.goto('/hiring/openings');
      await expect(page.getByRole('table', { name: 'Openings' })).toContainText('Patient coordinator');
      await checkHiringPage(page, testInfo, 'openings');

      await page.getByRole('link', { name: 'Patient coordinator', exact: true }).click();
      await expect(page.locator('rp-pipeline-card').filter({ hasText: 'Jordan Ellis' })).toContainText('Panel disagrees');
      await checkHiringPage(page, testInfo, 'pipeline');

      await page.getByRole('link', { name: 'Jordan Ellis' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Jordan Ellis' })).toBeVisible();
      await expect(page.locator('rp-interview-scorecards mat-expansion-panel')).toHaveCount(2);
      await checkHiringPage(page, testInfo, 'candidate');

      await page.getByRole('link', { name: 'Debrief' }).click();
      await expect(page.getByRole('img', { name: /Each interviewer's score by competency/ })).toBeVisible();
      await expect(page.locator('rp-debrief-chart svg')).toBeVisible();
      await checkHiringPage(page, testInfo, 'debrief');

      await page.goto('/hiring/kits');
      await expect(page.getByRole('table', { name: 'Interview kits' })).toBeVisible();
      await checkHiringPage(page, testInfo, 'kits');

      await page.getByRole('link', { name: /^Front desk/ }).click();
      await page.locator('mat-expansion-panel').first().locator('mat-expansion-panel-header').click();
      await expect(page.getByLabel('5: excellent').first()).toBeVisible();
      await checkHiringPage(page, testInfo, 'kit-editor');
      await page.getByRole('tab', { name: 'Preview' }).click();
      await expect(page.locator('rp-kit-preview li').first()).toContainText('Question 1 of');
      await checkHiringPage(page, testInfo, 'kit-preview');

      await page.goto('/hiring/calibration');
      await expect(page.getByRole('table', { name: 'Interviewer calibration' })).toContainText('Ivan Novak');
      await checkHiringPage(page, testInfo, 'calibration');
    });

    test('an interviewer’s pages: my interviews and the scoring screen', async ({ page }, testInfo) => {
      await signIn(page, demoEmail('interviewer'));
      await page.goto('/interviews');
      await expect(page.getByRole('link', { name: 'Start scoring: Riley Okafor' })).toBeVisible();
      await checkHiringPage(page, testInfo, 'my-interviews');

      // Riley's interview awaits this interviewer's scorecard (demo data); looking does not change it.
      await page.getByRole('link', { name: 'Start scoring: Riley Okafor' }).click();
      await expect(page.locator('li.question').first().getByRole('radio', { name: /^3 / })).toBeVisible();
      await expect(page.locator('rp-panel-scorecards')).toContainText(/Submit your own scorecard first/);
      await checkHiringPage(page, testInfo, 'scoring');
    });
  });
}
