import { expect, type Locator, type Page, test } from '@playwright/test';
import { demoEmail, signIn, unique } from '../support/app';

async function fillQuestion(page: Page, panel: Locator, q: { competency: string | RegExp; prompt: string; kind?: string }) {
  if (q.kind) {
    await panel.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: q.kind }).click();
  }
  await panel.getByRole('combobox', { name: 'Competency' }).click();
  await page.getByRole('option', { name: q.competency }).click();
  await panel.getByLabel('Prompt').fill(q.prompt);
  await panel.getByLabel('Follow-up probes').fill('What did you say first?\nWhat happened next?');
  await panel.getByLabel('1: poor').fill('Blames the patient');
  await panel.getByLabel('3: acceptable').fill('Resolves it politely');
  await panel.getByLabel('5: excellent').fill('Acknowledges the feeling, resolves it, prevents a repeat');
}

test.describe('interview kits', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, demoEmail('manager'));
  });

  test('write a kit, reorder its questions with the keyboard, preview it and save it', async ({ page }) => {
    test.setTimeout(60_000);
    const name = `Reception kit ${unique()}`;
    await page.goto('/hiring/kits');
    await page.getByRole('link', { name: 'New kit' }).click();
    await page.getByLabel('Kit name').fill(name);
    await page.getByLabel('Role title').fill('Receptionist');

    const panels = page.locator('mat-expansion-panel');
    await fillQuestion(page, panels.nth(0), { competency: 'Empathy & warmth', prompt: 'Tell me about an anxious patient' });
    await page.getByRole('button', { name: 'Add question' }).click();
    await expect(panels.nth(1).getByLabel('Prompt')).toBeFocused();
    await fillQuestion(page, panels.nth(1), {
      competency: /^Respect for the patient/,
      prompt: 'The doctor runs 40 minutes late: what do you do?',
      kind: 'Situational',
    });

    // Keyboard reordering: the move button keeps focus as the question moves.
    const moveUp = page.getByRole('button', { name: 'Move question 2 up' });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Move question 1 down' })).toBeVisible();
    await expect(panels.nth(0)).toContainText('The doctor runs 40 minutes late');
    await expect(panels.nth(1)).toContainText('Tell me about an anxious patient');

    await page.getByRole('tab', { name: 'Preview' }).click();
    const preview = page.locator('rp-kit-preview');
    await expect(preview.locator('li').first()).toContainText('Question 1 of 2');
    await expect(preview.locator('li').first()).toContainText('The doctor runs 40 minutes late');
    await expect(preview.locator('li').first().getByRole('radio', { name: /^5 Acknowledges the feeling/ })).toBeVisible();

    await page.getByRole('button', { name: 'Create kit' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page).toHaveURL(/\/hiring\/kits\/[0-9a-f-]{36}$/);
    await page.reload();
    await expect(page.locator('mat-expansion-panel').nth(0)).toContainText('The doctor runs 40 minutes late');
    await page.getByRole('tab', { name: 'Versions' }).click();
    await expect(page.getByRole('list', { name: 'Versions, newest first' })).toContainText('Version 1');
  });

  test('a missing anchor is pointed out before anything is sent', async ({ page }) => {
    await page.goto('/hiring/kits/new');
    await page.getByLabel('Kit name').fill(`Incomplete ${unique()}`);
    await page.getByLabel('Role title').fill('Aesthetician');
    await page.getByRole('button', { name: 'Create kit' }).click();
    await expect(page.getByText('Prompt is required')).toBeVisible();
    await expect(page.getByText('Anchor 5 is required')).toBeVisible();
    await expect(page).toHaveURL(/\/hiring\/kits\/new$/);
  });

  test('editing a kit already used in interviews saves a new version', async ({ page }) => {
    await page.goto('/hiring/kits');
    await page.getByRole('link', { name: 'Nurse injector — care interview' }).click();
    await expect(page.getByRole('note')).toContainText(/Version (\d+) has been used in interviews\. Saving creates version/);
    const before = Number((await page.locator('.sub').textContent())?.match(/Version (\d+)/)?.[1]);

    await page.getByLabel('Role title').fill(`Nurse injector ${unique()}`);
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await expect(page.getByText(`Saved as version ${before + 1}.`)).toBeVisible();
    await page.getByRole('tab', { name: 'Versions' }).click();
    const versions = page.getByRole('list', { name: 'Versions, newest first' });
    await expect(versions.getByRole('listitem').first()).toContainText(`Version ${before + 1}`);
    await expect(versions).toContainText(`Version ${before}`);
  });
});
