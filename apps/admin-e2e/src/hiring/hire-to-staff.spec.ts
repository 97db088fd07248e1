import { expect, test } from '@playwright/test';
import { demoEmail, signIn, unique } from '../support/app';
import { card, checkHiringPage, column, dragCard } from './hiring.helpers';

/**
 * Issue 5: moving an application to hired offers to create the staff member linked to it. A fresh
 * candidate in the demo "Nurse injector" opening (Riverside Medspa) is brought to Offer and hired, so
 * the test leaves the seeded candidates as they are and runs again on a retry.
 */
test('the owner hires a candidate at Offer and creates their staff record from the hire', async ({ page }, testInfo) => {
  // Sign-in, the board, two moves, the form, the profile and the candidate page: a long flow on a busy machine.
  test.slow();
  const name = `Noor Hired ${unique()}`;
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@example.com`;

  await signIn(page, demoEmail('owner'));
  await page.goto('/hiring/openings');
  await page.getByRole('link', { name: 'Nurse injector', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nurse injector' })).toBeVisible();

  await page.getByRole('button', { name: 'Add candidate' }).click();
  const add = page.getByRole('dialog', { name: 'Add candidate' });
  await add.getByRole('radio', { name: 'New candidate' }).click();
  await add.getByLabel('Name').fill(name);
  await add.getByLabel('Email').fill(email);
  await add.getByRole('button', { name: 'Add to opening' }).click();
  await expect(add).toBeHidden();

  // To Offer with the card's menu, then dropped on Hired, which is final and asks first.
  await card(page, name).getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Move to…' }).click();
  await page.getByRole('menuitem', { name: 'Offer' }).click();
  await expect(column(page, 'Offer').getByRole('link', { name })).toBeVisible();
  await dragCard(page, name, 'Hired');
  const confirm = page.getByRole('alertdialog', { name: `Move ${name} to Hired?` });
  await confirm.getByRole('button', { name: 'Move to Hired' }).click();
  await expect(column(page, 'Hired').getByRole('link', { name })).toBeVisible();

  // The hire's snackbar offers the staff record, prefilled from the candidate and the opening.
  await expect(page.getByText(`${name} moved to Hired`)).toBeVisible();
  await page.getByRole('button', { name: 'Create staff member' }).click();
  const form = page.getByRole('dialog', { name: 'Create staff member' });
  await expect(form.getByLabel('Name')).toHaveValue(name);
  await expect(form.getByLabel('Email')).toHaveValue(email);
  await expect(form.getByLabel('Role title')).toHaveValue('Nurse injector');
  await expect(form.getByRole('combobox', { name: 'Location' })).toContainText('Riverside Medspa');
  await expect(form.getByLabel('Hired on')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await checkHiringPage(page, testInfo, 'create-staff-member');
  await form.getByLabel('Role title').fill('Nurse injector (RN)');
  await form.getByRole('button', { name: 'Create staff member' }).click();
  await expect(form).toBeHidden();

  // The snackbar links to the new profile.
  await expect(page.getByText(`${name} is on the staff`)).toBeVisible();
  await page.getByRole('button', { name: 'View profile' }).click();
  await expect(page).toHaveURL(/\/staff\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Nurse injector (RN) · Riverside Medspa')).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  // The hire no longer offers a second record: the application is linked to the staff member now.
  await page.goBack();
  await card(page, name).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('On the staff')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create staff member' })).toHaveCount(0);
});
