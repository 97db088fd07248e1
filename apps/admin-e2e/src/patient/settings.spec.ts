import { expect, test } from '@playwright/test';
import { demoEmail, signIn, unique } from '../support/app';

test('HR adds a theme keyword and learns how many stored reviews were retagged', async ({ page }) => {
  const keyword = `surcharge${unique().toLowerCase()}*`;
  await signIn(page, demoEmail('hr'));
  await page.goto('/culture/patient/settings');
  const billing = page.getByRole('textbox', { name: 'Add a keyword to Billing' });
  await billing.fill(keyword);
  await billing.press('Enter');
  await expect(page.getByRole('row', { name: keyword }).or(page.getByRole('gridcell', { name: keyword })).first()).toBeVisible();

  await page.getByRole('button', { name: 'Save theme rules' }).click();
  await expect(page.getByTestId('themes-saved')).toHaveText(/^Theme rules saved; \d+ stored reviews? (was|were) retagged\.$/);
  await expect(page.getByRole('button', { name: 'Save theme rules' })).toBeDisabled();

  await page.reload();
  await expect(page.getByRole('gridcell', { name: keyword }).or(page.getByRole('row', { name: keyword })).first()).toBeVisible();
});
