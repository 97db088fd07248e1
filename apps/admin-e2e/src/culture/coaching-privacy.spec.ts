import { expect, test } from '@playwright/test';
import type { Observation, Page as ApiPage } from '@rapport/shared/contracts';
import { demoEmail, signIn, signOut, unique } from '../support/app';
import { chooseOption, observationsLoaded, openProfile } from './culture.helpers';

test('a staff user cannot see someone else’s coaching notes: not on the profile, not in what the API sends', async ({ page }) => {
  test.setTimeout(60_000);
  const note = `Answered a complaint with the policy first (${unique()})`;

  // HR records a coaching note about Daniel Kim (Northgate), and sees it.
  await signIn(page, demoEmail('hr'));
  await openProfile(page, 'Daniel Kim');
  await page.getByRole('button', { name: 'Recognize / coach' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recognize or coach' });
  await dialog.getByRole('radio', { name: 'Coaching' }).click();
  await expect(dialog.getByText(/Coaching notes are private/)).toBeVisible();
  await chooseOption(page, 'Competency', 'Service recovery');
  await dialog.getByRole('textbox', { name: 'What did you see?' }).fill(note);
  await dialog.getByRole('button', { name: 'Save coaching note' }).click();
  await expect(dialog).toBeHidden();
  const hrView = await observationsLoaded(page);
  await expect(hrView.getByTestId('observation').filter({ hasText: note })).toContainText('Coaching');
  await signOut(page);

  // Sofia Alvarez (staff, Riverside) opens the same profile.
  await signIn(page, demoEmail('staff'));
  await page.goto('/staff');
  const row = page.getByRole('table', { name: 'Staff' }).getByRole('row', { name: /Daniel Kim/ });
  await expect(row).toContainText('Private');
  const answer = page.waitForResponse((r) => r.url().includes('/api/observations?') && r.url().includes('staffMemberId='));
  await row.getByRole('link', { name: 'Daniel Kim' }).click();
  const body = (await (await answer).json()) as ApiPage<Observation>;
  expect(body.items.filter((o) => o.kind === 'coaching')).toEqual([]);

  await expect(page.getByTestId('private-note')).toContainText('coaching notes of Daniel Kim are private');
  const staffView = await observationsLoaded(page);
  await expect(staffView.getByRole('heading', { name: 'Recognitions' })).toBeVisible();
  await expect(page.getByText(note)).toHaveCount(0);
  await expect(staffView.locator('[data-testid=observation].coaching')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Show observations of kind' })).toHaveCount(0);
  // Nor are the private sections there.
  await expect(page.getByRole('heading', { name: 'Review results' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Culture score' })).toHaveCount(0);
});
