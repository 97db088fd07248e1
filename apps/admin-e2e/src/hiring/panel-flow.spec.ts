import { expect, test } from '@playwright/test';
import { unique } from '../support/app';
import { actor, card, column, daysAhead, scoreAll, TABLET } from './hiring.helpers';

const HIDDEN = /Submit your own scorecard first/;

/**
 * Issue 4's browser story, on records the test creates: a hiring manager opens a role and schedules
 * a panel of two; interviewer 1 scores on a tablet; interviewer 2 (the manager, also on the panel)
 * cannot see it until submitting their own; the debrief shows the disagreement; the manager decides.
 */
test('a panel of two scores independently, disagrees, and the hiring manager decides', async ({ browser }) => {
  test.setTimeout(180_000);
  const id = unique();
  const role = `Front desk E2E ${id}`;
  const candidate = `Dana Whitfield ${id}`;
  const manager = await actor(browser, 'manager');
  const m = manager.page;

  // The hiring manager opens a role with the front-desk kit.
  await m.goto('/hiring/openings');
  await m.getByRole('button', { name: 'New opening' }).click();
  const openingDialog = m.getByRole('dialog', { name: 'New opening' });
  await openingDialog.getByLabel('Title').fill(role);
  await openingDialog.getByRole('combobox', { name: 'Location' }).click();
  await m.getByRole('option', { name: 'Downtown Clinic' }).click();
  await openingDialog.getByRole('combobox', { name: 'Interview kit' }).click();
  await m.getByRole('option', { name: /Front desk \/ patient coordinator/ }).click();
  await expect(openingDialog.getByRole('combobox', { name: 'Hiring manager' })).toContainText('Maya Chen');
  await openingDialog.getByRole('button', { name: 'Create opening' }).click();
  await expect(openingDialog).toBeHidden();
  await m.getByRole('link', { name: role, exact: true }).click();
  await expect(m.getByRole('heading', { level: 1, name: role })).toBeVisible();

  // …adds a new candidate…
  await m.getByRole('button', { name: 'Add candidate' }).click();
  const addDialog = m.getByRole('dialog', { name: 'Add candidate' });
  await addDialog.getByRole('radio', { name: 'New candidate' }).click();
  await addDialog.getByLabel('Name').fill(candidate);
  await addDialog.getByLabel('Email').fill(`dana.${id.toLowerCase()}@example.com`);
  await addDialog.getByRole('button', { name: 'Add to opening' }).click();
  await expect(addDialog).toBeHidden();
  await expect(column(m, 'Applied').getByRole('link', { name: candidate })).toBeVisible();

  // …and schedules a panel of two: herself and Ivan Novak.
  await card(m, candidate).getByRole('button', { name: `Actions for ${candidate}` }).click();
  await m.getByRole('menuitem', { name: 'Schedule interview' }).click();
  const schedule = m.getByRole('dialog', { name: `Schedule an interview with ${candidate}` });
  await schedule.getByRole('textbox', { name: 'Date' }).fill(daysAhead(2));
  await schedule.getByRole('combobox', { name: 'Time' }).fill('10:30 AM');
  await schedule.getByRole('combobox', { name: 'Interviewers' }).click();
  await m.getByRole('option', { name: /Maya Chen/ }).click();
  await m.getByRole('option', { name: 'Ivan Novak' }).click();
  await m.keyboard.press('Escape');
  await expect(schedule.getByText('A panel of 2.')).toBeVisible();
  await schedule.getByRole('button', { name: 'Schedule' }).click();
  await expect(schedule).toBeHidden();
  // Scheduling the first interview moves an applied candidate to Interviewing.
  await expect(column(m, 'Interviewing').getByRole('link', { name: candidate })).toBeVisible();
  await expect(card(m, candidate)).toContainText('0/2 scorecards');

  // Interviewer 1 scores on a tablet.
  const ivan = await actor(browser, 'interviewer', TABLET);
  const i = ivan.page;
  await i.goto('/interviews');
  await i.getByRole('link', { name: `Start scoring: ${candidate}` }).click();
  await expect(i.getByRole('heading', { level: 1, name: candidate })).toBeVisible();

  // Submitting too early points at what is missing: evidence for the rated question, a recommendation.
  const first = i.locator('li.question').first();
  await first.getByRole('radio', { name: /^5 / }).check();
  await expect(i.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await i.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect(first.getByText(/evidence is required/)).toBeVisible();
  await expect(first.getByRole('textbox', { name: /Evidence/ })).toBeFocused();
  await expect(i.locator('#recommendation').getByText(/recommendation is required/)).toBeVisible();

  await scoreAll(i, 5, 'Named the patient’s worry first and followed up the next day');
  await i.getByRole('radio', { name: 'Strong yes' }).check();
  await expect(i.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(first.getByText(/evidence is required/)).toHaveCount(0);
  await i.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect(i.getByText(/Your scorecard is submitted and locked/)).toBeVisible();
  await expect(i.getByRole('button', { name: 'Amend' })).toBeVisible();
  await expect(i.getByRole('radio')).toHaveCount(0);

  // Interviewer 2 (the manager, on the panel) cannot see Ivan's scores before submitting her own.
  await m.getByRole('link', { name: candidate }).click();
  await expect(m.getByRole('heading', { level: 1, name: candidate })).toBeVisible();
  await expect(m.getByText(HIDDEN).first()).toBeVisible();
  await expect(m.getByText('Strong yes')).toHaveCount(0);
  await m.getByRole('link', { name: 'Debrief' }).click();
  await expect(m.getByRole('heading', { name: "The panel's scores are hidden from you for now" })).toBeVisible();

  await m.goto('/interviews');
  await m.getByRole('link', { name: `Start scoring: ${candidate}` }).click();
  await expect(m.locator('rp-panel-scorecards').getByText(HIDDEN)).toBeVisible();
  await scoreAll(m, 2, 'Accurate but rushed; the patient’s concern came second');
  await m.getByRole('radio', { name: 'No', exact: true }).check();
  await expect(m.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await m.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect(m.getByText(/Your scorecard is submitted and locked/)).toBeVisible();
  // Now the rest of the panel is visible to her.
  await expect(m.getByRole('table', { name: 'Scorecards of the rest of the panel' })).toContainText('Ivan Novak');

  // The debrief shows the disagreement.
  await m.goto('/hiring/openings');
  await m.getByRole('link', { name: role, exact: true }).click();
  await expect(card(m, candidate)).toContainText('Panel disagrees');
  await card(m, candidate).getByRole('link', { name: candidate }).click();
  await m.getByRole('link', { name: 'Debrief' }).click();
  await expect(m.getByText(/The panel does not agree|Agreement cannot be computed/)).toBeVisible();
  await expect(m.getByText(/The panel disagrees \(scores 2 or more apart\)/)).toBeVisible();
  const scores = m.getByRole('table', { name: 'Scores by competency' });
  await expect(scores.getByText('Disagreement').first()).toBeVisible();
  await expect(scores.getByRole('row', { name: /Empathy & warmth/ })).toContainText('Disagreement');
  await expect(m.getByRole('img', { name: /Each interviewer's score by competency/ })).toBeVisible();
  await expect(m.getByRole('region', { name: 'Overall' })).toContainText('Yes');

  // The hiring manager rejects against the computed "Yes": the form warns it is an override.
  const decision = m.getByRole('region', { name: 'Decision' });
  await decision.getByRole('radio', { name: 'Reject' }).check();
  await expect(decision.getByText(/goes against the computed recommendation \(Yes\)/)).toBeVisible();
  await decision.getByRole('button', { name: 'Record decision' }).click();
  await expect(decision.getByText('Rationale is required')).toBeVisible();
  await decision.getByLabel('Rationale').fill('Two interviewers saw opposite things; the role-play showed rushing a worried patient.');
  await decision.getByRole('button', { name: 'Record decision' }).click();
  await expect(decision.getByText('Override of the computed recommendation')).toBeVisible();

  await m.getByRole('link', { name: 'Candidate' }).click();
  await expect(m.locator('.title-row')).toContainText('Rejected');
  await expect(m.getByRole('region', { name: 'Stage history' })).toContainText('Interviewing → Rejected');

  await ivan.context.close();
  await manager.context.close();
});
