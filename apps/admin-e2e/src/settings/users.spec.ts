import { expect, test } from '@playwright/test';
import { chooseOption } from '../culture/culture.helpers';
import { demoEmail, signIn, signOut, unique } from '../support/app';

test('the owner invites a user, who accepts the invitation and signs in', async ({ page, browser }) => {
  // Two people, two sign-ins and an invitation round trip: ~20 s alone, more on a busy machine.
  test.slow();
  const suffix = unique().toLowerCase();
  const email = `invited-${suffix}@demo.rapport.test`;
  const name = `Ivy Invited ${suffix}`;
  const password = 'a calm and caring password';

  await signIn(page, demoEmail('owner'));
  await page.goto('/settings/users');
  await page.getByRole('button', { name: 'Invite user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a user' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByRole('combobox', { name: 'Roles' }).click();
  await page.getByRole('option', { name: 'Interviewer' }).click();
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Invite' }).click();

  const ready = page.getByRole('dialog', { name: 'Invitation ready' });
  const link = await ready.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  expect(link).toMatch(/\/accept-invite\?token=[^&\s]+$/);
  await ready.getByRole('button', { name: 'Done' }).click();

  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Invited');
  await expect(row).toContainText('Interviewer');
  await expect(row).toContainText('Staff');

  // The invitee opens the link in a browser of their own.
  const invitee = await browser.newContext();
  const inviteePage = await invitee.newPage();
  await inviteePage.goto(link);
  await inviteePage.getByLabel('New password').fill(password);
  await inviteePage.getByLabel('Confirm password').fill(password);
  await inviteePage.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(inviteePage).toHaveURL(/\/home$/);
  await expect(inviteePage.getByRole('heading', { name: `Welcome, ${name}` })).toBeVisible();

  // The link works once; the new password signs in afterwards.
  await signOut(inviteePage);
  await inviteePage.goto(link);
  await inviteePage.getByLabel('New password').fill(password);
  await inviteePage.getByLabel('Confirm password').fill(password);
  await inviteePage.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(inviteePage.getByRole('alert')).toBeVisible();
  await invitee.close();

  const again = await browser.newPage();
  await again.goto('/sign-in');
  await again.getByLabel('Email').fill(email);
  await again.getByLabel('Password').fill(password);
  await again.getByRole('button', { name: 'Sign in' }).click();
  await expect(again.getByRole('heading', { name: `Welcome, ${name}` })).toBeVisible();
  await again.close();

  await page.reload();
  const active = page.getByRole('row', { name: new RegExp(name) });
  await expect(active).toContainText('Active');
  await expect(active).not.toContainText('HR');

  // The owner now gives them HR as well.
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Edit name and roles' }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${name}` });
  await expect(edit).toBeVisible();
  await chooseOption(page, 'Roles', /^HR$/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && /\/api\/users\/[^/]+$/.test(r.url()));
  await edit.getByRole('button', { name: 'Save' }).click();
  expect((await saved).status()).toBe(200);
  await expect(edit).toBeHidden();
  await expect(active).toContainText('HR');

  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('HR');
});
