import { expect, type Page, test } from '@playwright/test';
import { checkPage, demoEmail, signIn, signOut, unique } from '../support/app';

/**
 * The browser suite's API runs without SMTP_URL: messages are kept and read in Settings → Messages,
 * which is how the offline demo gets from an invitation or a reset to a first sign-in.
 */

/** Opens the newest kept message to `email` with `subject` in Settings → Messages and returns its link. */
async function linkInKeptMessage(page: Page, email: string, subject: RegExp, path: string): Promise<string> {
  await page.goto('/settings/messages');
  const panel = page.locator('mat-expansion-panel', { hasText: email }).filter({ hasText: subject }).first();
  await expect(panel).toContainText('Kept (not sent)');
  await panel.getByRole('button', { name: subject }).click();
  const link = panel.getByRole('link', { name: new RegExp(`${path}\\?token=`) });
  await expect(link).toBeVisible();
  return (await link.getAttribute('href')) ?? '';
}

test('an invitation kept in Settings → Messages leads the invitee to a first sign-in', async ({ page, browser }, testInfo) => {
  test.slow();
  const suffix = unique().toLowerCase();
  const email = `kept-${suffix}@demo.rapport.test`;
  const name = `Kai Kept ${suffix}`;
  const password = 'a patient and kind password';

  await signIn(page, demoEmail('owner'));
  await page.goto('/settings/users');
  await page.getByRole('button', { name: 'Invite user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a user' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByRole('button', { name: 'Invite' }).click();
  const ready = page.getByRole('dialog', { name: 'Invitation ready' });
  await expect(ready).toContainText('was kept, not emailed');
  const shownLink = await ready.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  await ready.getByRole('button', { name: 'Done' }).click();

  const link = await linkInKeptMessage(page, email, /You are invited to/, '/accept-invite');
  expect(link).toBe(shownLink);
  await checkPage(page, testInfo, 'settings-messages');

  const invitee = await browser.newContext();
  const inviteePage = await invitee.newPage();
  await inviteePage.goto(link);
  await inviteePage.getByLabel('New password').fill(password);
  await inviteePage.getByLabel('Confirm password').fill(password);
  await inviteePage.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(inviteePage.getByRole('heading', { name: `Welcome, ${name}` })).toBeVisible();
  await signOut(inviteePage);
  await signIn(inviteePage, email, password);
  await invitee.close();
});

test('a password reset asked for on the sign-in page is completed from the kept message', async ({ page, browser }, testInfo) => {
  test.slow();
  const suffix = unique().toLowerCase();
  const email = `forgetful-${suffix}@demo.rapport.test`;
  const name = `Fay Forgetful ${suffix}`;
  const first = 'the first password of fay';
  const second = 'a second and better password';

  // A user of the demo practice with a password of their own (invited, accepted).
  await signIn(page, demoEmail('owner'));
  await page.goto('/settings/users');
  await page.getByRole('button', { name: 'Invite user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a user' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByRole('button', { name: 'Invite' }).click();
  const ready = page.getByRole('dialog', { name: 'Invitation ready' });
  const invitation = await ready.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  await ready.getByRole('button', { name: 'Done' }).click();

  const user = await browser.newContext();
  const userPage = await user.newPage();
  await userPage.goto(invitation);
  await userPage.getByLabel('New password').fill(first);
  await userPage.getByLabel('Confirm password').fill(first);
  await userPage.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(userPage.getByRole('heading', { name: `Welcome, ${name}` })).toBeVisible();
  await signOut(userPage);

  // Forgot password? → the request page → the same answer whatever the address.
  await userPage.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(userPage).toHaveURL(/\/forgot-password$/);
  await checkPage(userPage, testInfo, 'forgot-password');
  await userPage.getByLabel('Email').fill(email);
  await userPage.getByRole('button', { name: 'Send reset link' }).click();
  await expect(userPage.getByRole('status')).toContainText(`If ${email} belongs to an account`);

  // Without SMTP the owner reads the kept message and passes the link on.
  const link = await linkInKeptMessage(page, email, /Reset your Rapport password/, '/reset-password');
  await userPage.goto(link);
  await checkPage(userPage, testInfo, 'reset-password');
  await userPage.getByLabel('New password').fill('short');
  await userPage.getByLabel('Confirm password').fill('short');
  await userPage.getByRole('button', { name: 'Set new password' }).click();
  await expect(userPage).toHaveURL(/\/reset-password\?token=/);
  await userPage.getByLabel('New password').fill(second);
  await userPage.getByLabel('Confirm password').fill(second);
  await userPage.getByRole('button', { name: 'Set new password' }).click();
  await expect(userPage).toHaveURL(/\/sign-in\?reset=1$/);
  await expect(userPage.getByRole('status')).toContainText('Your password was changed');
  await signIn(userPage, email, second);

  // The link works once.
  await signOut(userPage);
  await userPage.goto(link);
  await userPage.getByLabel('New password').fill('yet another good password');
  await userPage.getByLabel('Confirm password').fill('yet another good password');
  await userPage.getByRole('button', { name: 'Set new password' }).click();
  await expect(userPage.getByRole('alert')).toContainText('invalid, expired or already used');
  await user.close();
});
