import { expect, test } from '@playwright/test';
import { checkPage, demoEmail, signIn, unique } from '../support/app';
import { apiSession, apiUpload, leaderSurveyLines } from './patient.helpers';

test('a leader sees self, staff and patients side by side, with the patient source stated', async ({ page, request }, testInfo) => {
  // The leader page is long: axe and its screenshot take a while.
  test.setTimeout(60_000);
  // Surveys naming Dr. Martins; his self review and his staff's upward reviews come from the demo seed.
  const hr = await apiSession(request, 'hr');
  await apiUpload(request, hr, '/api/patient-feedback/import', leaderSurveyLines(unique(), 6).join('\n') + '\n');

  await signIn(page, demoEmail('leader'));
  await page.goto('/leaders/me');
  const section = page.getByRole('region', { name: 'Self, staff and patients', exact: true });
  await expect(section.getByTestId('patient-source')).toContainText('Patients: surveys naming you');

  const table = section.getByRole('table', { name: 'Self, staff and patient ratings per competency' });
  await expect(table.getByRole('columnheader')).toHaveText(['Competency', 'Self', 'Staff (upward)', 'Patients']);
  const empathy = table.getByRole('row', { name: /Empathy & warmth/ });
  await expect(empathy.getByTestId('self')).toHaveText(/^[1-5]$/);
  await expect(empathy.getByTestId('staff')).toHaveText(/^\d\.\d \(\d+ raters?\)$/);
  await expect(empathy.getByTestId('patients')).toHaveText(/^\d\.\d \(\d+ responses\)$/);
  // No survey item speaks to service recovery: that cell says so rather than showing a number.
  await expect(table.getByRole('row', { name: /Service recovery/ }).getByTestId('patients')).toHaveText('No responses');

  const chart = section.getByRole('img', { name: /^Bar chart: self rating, staff upward rating and patient score/ });
  await expect(chart.locator('canvas').first()).toBeAttached();
  await checkPage(page, testInfo, 'three-way-gap');
});

test('HR sees the same three columns on a leader’s page, about the leader', async ({ page, request }) => {
  const leader = await apiSession(request, 'leader');
  await signIn(page, demoEmail('hr'));
  await page.goto(`/leaders/${leader.userId}`);
  const section = page.getByRole('region', { name: 'Self, staff and patients', exact: true });
  await expect(section.getByRole('table', { name: 'Self, staff and patient ratings per competency' }).getByRole('columnheader')).toHaveText([
    'Competency',
    'Self',
    'Staff (upward)',
    'Patients',
  ]);
  await expect(section.getByTestId('patient-source')).toContainText(/Patients: (surveys naming this leader|all surveys at their location|no post-visit surveys)/);
});
