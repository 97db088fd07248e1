import { expect, type Page, test } from '@playwright/test';
import { demoEmail, signIn, unique } from '../support/app';
import { card, column, dragCard } from './hiring.helpers';

/** A fresh candidate in the demo "Nurse injector" opening, so the test depends on no other. */
async function addCandidate(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Add candidate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add candidate' });
  await dialog.getByRole('radio', { name: 'New candidate' }).click();
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Email').fill(`${name.toLowerCase().replace(/\W+/g, '.')}@example.com`);
  await dialog.getByRole('button', { name: 'Add to opening' }).click();
  await expect(dialog).toBeHidden();
  await expect(column(page, 'Applied').getByRole('link', { name })).toBeVisible();
}

test.describe('pipeline board', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, demoEmail('manager'));
    await page.goto('/hiring/openings');
    await page.getByRole('link', { name: 'Nurse injector', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nurse injector' })).toBeVisible();
  });

  test('drag a card between stages; rejecting asks for a reason and is final', async ({ page }) => {
    const name = `Robin Drag ${unique()}`;
    await addCandidate(page, name);

    await dragCard(page, name, 'Offer');
    await expect(column(page, 'Offer').getByRole('link', { name })).toBeVisible();
    await expect(page.getByText(`${name} moved to Offer`)).toBeVisible();

    // Dropping on Rejected asks for a reason; cancelling leaves the card where it was.
    await dragCard(page, name, 'Rejected');
    const reject = page.getByRole('dialog', { name: `Reject ${name}?` });
    await expect(reject).toBeVisible();
    await reject.getByRole('button', { name: 'Reject' }).click();
    await expect(reject.getByText('Reason for rejecting is required')).toBeVisible();
    await reject.getByRole('button', { name: 'Cancel' }).click();
    await expect(column(page, 'Offer').getByRole('link', { name })).toBeVisible();

    await dragCard(page, name, 'Rejected');
    await reject.getByLabel('Reason for rejecting').fill('Chose a candidate with more injector experience');
    await reject.getByRole('button', { name: 'Reject' }).click();
    await expect(column(page, 'Rejected').getByRole('link', { name })).toBeVisible();

    // Final: its menu offers no moves, and the stage survives a reload.
    await card(page, name).getByRole('button', { name: `Actions for ${name}` }).click();
    await expect(page.getByRole('menuitem', { name: 'Move to…' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await page.reload();
    await expect(column(page, 'Rejected').getByRole('link', { name })).toBeVisible();

    await card(page, name).getByRole('link', { name }).click();
    await expect(page.getByRole('region', { name: 'Stage history' })).toContainText(
      'Chose a candidate with more injector experience',
    );
  });

  test('move a card with the keyboard, through its menu', async ({ page }) => {
    const name = `Kim Keys ${unique()}`;
    await addCandidate(page, name);

    await card(page, name).getByRole('button', { name: `Actions for ${name}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Move to…' }).press('Enter');
    await page.getByRole('menuitem', { name: 'Screening' }).press('Enter');
    await expect(column(page, 'Screening').getByRole('link', { name })).toBeVisible();

    // Withdrawn is final, so it asks first.
    await card(page, name).getByRole('button', { name: `Actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: 'Move to…' }).click();
    await page.getByRole('menuitem', { name: 'Withdrawn' }).click();
    const confirm = page.getByRole('alertdialog', { name: `Move ${name} to Withdrawn?` });
    await expect(confirm).toContainText('Withdrawn is final');
    await confirm.getByRole('button', { name: 'Move to Withdrawn' }).click();
    await expect(column(page, 'Withdrawn').getByRole('link', { name })).toBeVisible();
  });
});
