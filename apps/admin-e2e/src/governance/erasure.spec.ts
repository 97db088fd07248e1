import { expect, type Page, test } from '@playwright/test';
import { checkPage, demoEmail, signIn, unique } from '../support/app';

/** A fresh candidate in the demo "Nurse injector" opening, opened on their candidate page. */
async function openNewCandidate(page: Page, name: string): Promise<void> {
  await page.goto('/hiring/openings');
  await page.getByRole('link', { name: 'Nurse injector', exact: true }).click();
  await page.getByRole('button', { name: 'Add candidate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add candidate' });
  await dialog.getByRole('radio', { name: 'New candidate' }).click();
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Email').fill(`${name.toLowerCase().replace(/\W+/g, '.')}@example.com`);
  await dialog.getByRole('button', { name: 'Add to opening' }).click();
  await expect(dialog).toBeHidden();
  await page.locator('rp-pipeline-card').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('HR erases a candidate after typing their name; a legal hold blocks it until lifted', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await signIn(page, demoEmail('hr'));
  const name = `Erin Erase ${unique()}`;
  await openNewCandidate(page, name);
  const candidate = page.getByRole('region', { name: 'Candidate', exact: true });
  await expect(candidate).toContainText('@example.com');

  // A legal hold disables erasure and says why.
  const hold = candidate.getByRole('switch', { name: 'Legal hold' });
  let patched = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/api/candidates/'));
  await hold.click();
  expect((await patched).status()).toBe(200);
  await expect(hold).toBeChecked();
  const erase = candidate.getByRole('button', { name: 'Erase candidate data' });
  await expect(erase).toBeDisabled();
  await expect(candidate).toContainText('Erasure is blocked while the candidate is on legal hold');

  patched = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/api/candidates/'));
  await hold.click();
  expect((await patched).status()).toBe(200);
  await expect(erase).toBeEnabled();

  await erase.click();
  const dialog = page.getByRole('alertdialog', { name: `Erase ${name}’s personal data?` });
  const confirmation = dialog.getByRole('textbox', { name: /Type the candidate.s name to confirm/ });
  // The dialog focuses the field when its opening animation ends: type only then.
  await expect(confirmation).toBeFocused();
  await checkPage(page, testInfo, 'erase-candidate-dialog');
  await confirmation.fill(name.split(' ')[0]);
  await expect(dialog.getByRole('button', { name: 'Erase data' })).toBeDisabled();
  await confirmation.fill(name.toUpperCase());
  const erased = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/erase'));
  await dialog.getByRole('button', { name: 'Erase data' }).click();
  const result = await erased;
  expect(result.status()).toBe(200);
  await expect(dialog).toBeHidden();

  // The page reloads what is left: no name, no email, the erased notice.
  await expect(page.getByRole('heading', { level: 1, name: 'Erased candidate' })).toBeVisible();
  await expect(candidate.getByRole('status')).toContainText('Personal data erased');
  await expect(candidate).not.toContainText('@example.com');
  await expect(page.getByRole('main')).not.toContainText(name);

  // The audit chain still verifies after the erasure redacted events.
  const { candidateId } = (await result.json()) as { candidateId: string };
  await page.goto(`/governance/audit?entity=candidate&entityId=${candidateId}`);
  await expect(page.getByRole('table', { name: 'Audit events' }).locator('tr.event-row').first()).toContainText('candidate.erased');
  const verified = page.waitForResponse((r) => r.url().endsWith('/api/audit-events/verify'));
  await page.getByRole('button', { name: 'Verify chain' }).click();
  expect(((await (await verified).json()) as { valid: boolean }).valid).toBe(true);
  await expect(page.getByText('Chain intact.')).toBeVisible();
});
