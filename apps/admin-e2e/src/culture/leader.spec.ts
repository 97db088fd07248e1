import { expect, test } from '@playwright/test';
import { demoEmail, signIn, unique } from '../support/app';
import { chooseOption } from './culture.helpers';

test('a leader sees their goals with check-ins, the upward trend and the self-vs-staff gap chart', async ({ page }) => {
  await signIn(page, demoEmail('leader'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My leadership' }).click();
  await expect(page).toHaveURL(/\/leaders\/me$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My leadership' })).toBeVisible();

  const goal = page.getByRole('article', { name: 'Acknowledge the feeling before the plan' });
  await expect(goal).toContainText('Upward empathy from 2.5 to 3.5');
  await expect(goal.getByRole('list', { name: /^Check-ins of / }).getByRole('listitem')).toHaveCount(5);
  await expect(page.getByRole('article', { name: 'Run on time or say why' })).toBeVisible();

  // The gap chart is drawn, and its numbers are in the table: Dr. Martins rates his empathy far above his staff.
  const chart = page.getByRole('img', { name: /^Bar chart: self rating against the staff/ });
  await expect(chart.locator('canvas').first()).toBeAttached();
  const empathy = page.getByRole('table', { name: 'Self vs staff gap per competency' }).getByRole('row', { name: /Empathy & warmth/ });
  await expect(empathy.getByTestId('gap')).toHaveText(/^\+[1-4]\.\d$/);
  await expect(page.getByRole('table', { name: 'Upward rating per competency and cycle' })).toBeVisible();

  // A check-in moves the goal forward with the slider.
  const note = `Paused before the plan with every patient this week (${unique()})`;
  await goal.getByRole('button', { name: 'Add a check-in to Acknowledge the feeling before the plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a check-in' });
  const slider = dialog.getByRole('slider', { name: 'Progress towards the goal, percent' });
  // It starts at the last check-in's progress; the keyboard moves it a percent at a time.
  await expect(slider).not.toHaveValue('0');
  // Retried: the dialog may still move focus to its first field when its opening animation ends.
  await expect(async () => {
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).toHaveValue('0', { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  const after = 10;
  await expect(slider).toHaveValue(String(after));
  await dialog.getByRole('textbox', { name: 'Note' }).fill(note);
  await dialog.getByRole('button', { name: 'Save check-in' }).click();
  await expect(dialog).toBeHidden();
  await expect(goal).toContainText(`Progress ${after}%`);
  await expect(goal.getByRole('list', { name: /^Check-ins of / })).toContainText(note);

  // The list of all leaders is for HR and admins: a leader is sent to their own page.
  await page.goto('/leaders');
  await expect(page).toHaveURL(/\/leaders\/me$/);
});

test('a leader adds a goal', async ({ page }) => {
  const title = `Greet every patient by name (${unique()})`;
  await signIn(page, demoEmail('leader'));
  await page.goto('/leaders/me');
  await page.getByRole('button', { name: 'Add goal' }).click();
  const dialog = page.getByRole('dialog', { name: 'New leadership goal' });
  await chooseOption(page, 'Competency', 'Empathy & warmth');
  await dialog.getByRole('textbox', { name: 'Goal' }).fill(title);
  await dialog.getByRole('textbox', { name: 'Target' }).fill('Upward empathy ≥ 3.5 next cycle');
  // Next year: the API refuses due dates more than five years ahead.
  const year = new Date().getUTCFullYear() + 1;
  await dialog.getByRole('textbox', { name: 'Due date' }).fill(`${year}-06-30`);
  await dialog.getByRole('button', { name: 'Add goal' }).click();
  await expect(dialog).toBeHidden();
  const goal = page.getByRole('article', { name: title });
  await expect(goal).toContainText(`Jun 30, ${year}`);
  await expect(goal).toContainText('no check-in yet');
  await page.reload();
  await expect(page.getByRole('article', { name: title })).toBeVisible();
});
