import { expect, type Page, test } from '@playwright/test';
import { demoEmail, signIn, signOut, unique } from '../support/app';
import { chooseOption } from './culture.helpers';

/** The demo seed has only closed cycles: HR opens a new one (Riverside only, to keep it small). */
async function createCycle(page: Page, name: string): Promise<string> {
  await signIn(page, demoEmail('hr'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Culture' }).click();
  await page.getByRole('tab', { name: 'Review cycles' }).click();
  await expect(page.getByRole('table', { name: 'Review cycles' })).toBeVisible();
  await page.getByRole('button', { name: 'New review cycle' }).click();
  const dialog = page.getByRole('dialog', { name: 'New review cycle' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await chooseOption(page, 'Locations', 'Riverside Medspa');
  await page.keyboard.press('Escape'); // closes the multiple select's panel, not the dialog
  await dialog.getByRole('button', { name: 'Create cycle' }).click();

  await expect(page).toHaveURL(/\/culture\/cycles\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByTestId('cycle-status')).toHaveText('Open');
  await expect(page.getByTestId('progress-self')).toHaveText(/^0 of \d+$/);
  const url = page.url();
  await signOut(page);
  return url;
}

test('a staff member completes a review in a new cycle: draft, submit, locked; HR sees progress and closes it', async ({ page }) => {
  test.setTimeout(90_000);
  const cycleName = `E2E 360 ${unique()}`;
  const cycleUrl = await createCycle(page, cycleName);

  await signIn(page, demoEmail('staff'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My reviews' }).click();
  const todo = page.getByRole('region', { name: /^To do/ });
  // Sofia also rates her physician upward in this cycle: that form says it is anonymous.
  await todo.getByRole('link', { name: `Start upward review of Dr. Leo Martins, ${cycleName}` }).click();
  await expect(page.getByTestId('privacy-note')).toContainText('Your answers are anonymous');
  await expect(page.getByTestId('privacy-note')).toContainText('3 or more people');
  await page.getByRole('link', { name: 'My reviews' }).first().click();

  await todo.getByRole('link', { name: `Start self review of yourself, ${cycleName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your self review' })).toBeVisible();
  const competencies = page.locator('fieldset');
  const total = await competencies.count();
  expect(total).toBeGreaterThanOrEqual(8);
  const rate = (i: number, value: number) => competencies.nth(i).locator('mat-button-toggle').nth(value - 1).locator('button').click();

  // A partial draft survives a reload.
  await rate(0, 4);
  await rate(1, 3);
  await competencies.nth(1).getByRole('textbox', { name: 'Comment (optional)' }).fill('I return calls, but not always the same day.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved')).toBeVisible();
  await page.reload();
  await expect(page.getByText(`2 of ${total} competencies rated`)).toBeVisible();
  await expect(competencies.nth(1).getByRole('textbox', { name: 'Comment (optional)' })).toHaveValue('I return calls, but not always the same day.');

  // Submitting asks for every competency first.
  await page.getByRole('button', { name: 'Submit review' }).click();
  await expect(page.getByRole('alert')).toContainText(`${total - 2} still to rate`);
  for (let i = 2; i < total; i++) await rate(i, 4);
  await page.getByRole('button', { name: 'Submit review' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Submit this review?' });
  await confirm.getByRole('button', { name: 'Submit review' }).click();
  await expect(page.getByTestId('locked')).toContainText('The review is locked.');
  await expect(page.getByRole('button', { name: 'Submit review' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('locked')).toContainText('The review is locked.');
  await signOut(page);

  // HR sees one more self review submitted (counts only), then closes the cycle after confirming.
  await signIn(page, demoEmail('hr'));
  await page.goto(cycleUrl);
  await expect(page.getByTestId('progress-self')).toHaveText(/^1 of \d+$/);
  await page.getByRole('button', { name: 'Close cycle' }).click();
  const closeDialog = page.getByRole('alertdialog', { name: `Close ${cycleName}?` });
  await expect(closeDialog).toContainText('not submitted');
  await closeDialog.getByRole('button', { name: 'Close cycle' }).click();
  await expect(page.getByTestId('cycle-status')).toHaveText(/^Closed /);
  await expect(page.getByRole('button', { name: 'Close cycle' })).toHaveCount(0);
});
