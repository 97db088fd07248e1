import { expect, test } from '@playwright/test';
import { demoEmail, signIn, unique } from '../support/app';
import { chooseOption, observationsLoaded, openProfile } from './culture.helpers';

test('a staff member records a recognition from the quick action and it shows on the colleague’s profile', async ({ page }) => {
  const note = `Stayed with an anxious patient until the ride came (${unique()})`;
  await signIn(page, demoEmail('staff'));

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recognize / coach' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recognize or coach' });
  await expect(dialog).toBeVisible();
  // Recognition is the default kind, and the form says who will see it.
  await expect(dialog.getByText('Recognitions are visible to the whole team.')).toBeVisible();
  await chooseOption(page, 'Staff member', /^Marco Bianchi/);
  await chooseOption(page, 'Competency', 'Going the extra mile');
  await dialog.getByRole('textbox', { name: 'What did you see?' }).fill(note);
  await dialog.getByRole('button', { name: 'Save recognition' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByText('Recognition saved')).toBeVisible();
  // The quick action's URL is left behind, so a reload does not open the dialog again.
  await expect(page).toHaveURL(/\/staff$/);

  await openProfile(page, 'Marco Bianchi');
  const observations = await observationsLoaded(page);
  const item = observations.getByTestId('observation').filter({ hasText: note });
  await expect(item).toBeVisible();
  await expect(item).toContainText('Recognition');
  await expect(item).toContainText('Going the extra mile');
  await expect(item).toContainText('by Sofia Alvarez');
});

test('the recognition form refuses an empty note without calling the API', async ({ page }) => {
  await signIn(page, demoEmail('leader'));
  await openProfile(page, 'Sofia Alvarez');
  await page.getByRole('button', { name: 'Recognize / coach' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recognize or coach' });
  // Opened from the profile: the person is already chosen.
  await expect(dialog.getByRole('combobox', { name: 'Staff member' })).toContainText('Sofia Alvarez');
  let posted = false;
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/observations')) posted = true;
  });
  await dialog.getByRole('button', { name: 'Save recognition' }).click();
  await expect(dialog.getByText('Note is required')).toBeVisible();
  await expect(dialog.getByText('Competency is required')).toBeVisible();
  expect(posted).toBe(false);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
