import { expect, test } from '@playwright/test';
import { checkPage, demoEmail, signIn, unique } from '../support/app';
import { cellNumber, csvFile, daysAgo, leaderSurveyLines } from './patient.helpers';

test('HR imports surveys and reviews through the UI, sees a patient-identifier column refused by name, then the signals and themes', async ({
  page,
}, testInfo) => {
  // Two uploads, three pages and an axe check of each.
  test.setTimeout(90_000);
  const tag = unique();
  await signIn(page, demoEmail('hr'));
  await page.goto('/culture');
  await page.getByRole('tab', { name: 'Patient voice' }).click();
  const sections = page.getByRole('navigation', { name: 'Patient voice sections' });
  await sections.getByRole('link', { name: 'Import' }).click();
  await expect(page).toHaveURL(/\/culture\/patient\/import$/);

  // A survey export with the patient's name in it is refused whole, naming the column.
  const surveys = page.getByRole('region', { name: 'Post-visit surveys', exact: true });
  await page.getByTestId('feedback-csv-input').setInputFiles(
    csvFile('surveys.csv', ['date,location_code,patient_name,courteous', `${daysAgo(3)},RVS,Jane Roe,5`]),
  );
  await expect(surveys.getByRole('alert')).toContainText('column "patient_name"');
  const refused = surveys.getByRole('table', { name: 'Post-visit surveys: rows to fix' }).getByRole('row');
  await expect(refused).toHaveCount(2);
  await expect(refused.nth(1).getByRole('cell').nth(1)).toHaveText('patient_name');
  await expect(refused.nth(1)).toContainText('looks like a patient identifier');
  await expect(surveys.getByRole('button', { name: /^Import/ })).toHaveCount(0);

  // A clean file: checked, then imported.
  await page.getByTestId('feedback-csv-input').setInputFiles(csvFile('surveys.csv', leaderSurveyLines(tag, 6)));
  await expect(page.getByTestId('feedback-preview')).toContainText('The file is valid: 6 survey responses');
  await surveys.getByRole('button', { name: 'Import 6 survey responses' }).click();
  await expect(page.getByTestId('feedback-imported')).toContainText('Imported 6 survey responses');

  const reviews = page.getByRole('region', { name: 'Online reviews', exact: true });
  await page.getByTestId('reviews-csv-input').setInputFiles(
    csvFile('reviews.csv', [
      'source,date,location_code,rating,text',
      `google,${daysAgo(5)},RVS,2,"The bill was higher than quoted (${tag})"`,
      `google,${daysAgo(6)},RVS,5,"Friendly staff, lovely visit (${tag})"`,
      `yelp,${daysAgo(7)},RVS,3,"We waited an hour past the appointment (${tag})"`,
    ]),
  );
  await expect(page.getByTestId('reviews-preview')).toContainText('The file is valid: 3 reviews');
  await reviews.getByRole('button', { name: 'Import 3 reviews' }).click();
  await expect(page.getByTestId('reviews-imported')).toContainText('Imported 3 reviews');
  await checkPage(page, testInfo, 'patient-import');

  // The signals view has the location's row, with a patient mean now that it has enough responses.
  await sections.getByRole('link', { name: 'Signals' }).click();
  const signals = page.getByRole('table', { name: 'Patient and staff scores per location and competency' });
  const riverside = signals.getByRole('row', { name: /Riverside Medspa/ });
  await expect(riverside).toBeVisible();
  await expect(riverside.getByRole('rowheader')).toContainText(/\d+ responses/);
  await expect(riverside).toContainText(/Patients\s+\d\.\d \(\d+ responses\)/);
  await checkPage(page, testInfo, 'patient-signals');

  // The theme summary counts the tagged reviews; the list shows them with their theme chips.
  await sections.getByRole('link', { name: 'Online reviews' }).click();
  const themeRow = page.getByRole('table', { name: 'Theme counts per location' }).getByRole('row', { name: /Riverside Medspa/ });
  const cells = themeRow.getByRole('cell');
  // Columns: Reviews, Mean rating, Staff, Billing, Wait time, …
  expect(await cellNumber(cells.nth(0).innerText())).toBeGreaterThanOrEqual(3);
  expect(await cellNumber(cells.nth(2).innerText())).toBeGreaterThanOrEqual(1);
  expect(await cellNumber(cells.nth(3).innerText())).toBeGreaterThanOrEqual(1);
  expect(await cellNumber(cells.nth(4).innerText())).toBeGreaterThanOrEqual(1);
  const billingReview = page.getByRole('list', { name: 'Online reviews' }).getByRole('listitem').filter({ hasText: `higher than quoted (${tag})` });
  await expect(billingReview).toContainText('Billing');
  await checkPage(page, testInfo, 'patient-reviews');
});

test('a leader reads the patient voice but cannot import or edit the rules', async ({ page }) => {
  await signIn(page, demoEmail('leader'));
  await page.goto('/culture/patient');
  const sections = page.getByRole('navigation', { name: 'Patient voice sections' });
  await expect(sections.getByRole('link', { name: 'Signals' })).toBeVisible();
  await expect(sections.getByRole('link', { name: 'Import' })).toHaveCount(0);
  await expect(sections.getByRole('link', { name: 'Themes and items' })).toHaveCount(0);
  await page.goto('/culture/patient/import');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
