import { expect, test } from '@playwright/test';
import { demoEmail, signIn } from '../support/app';

const csv = (rows: string[]) => ({
  name: 'metrics.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(['staff_email,location_code,period,metric,value', ...rows].join('\n') + '\n'),
});

/** Last month as YYYY-MM: inside the seeded 12 months, and never in the future. */
function lastMonth(): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

test('HR checks a metrics file, sees every bad row by line, then imports a corrected file', async ({ page }) => {
  await signIn(page, demoEmail('hr'));
  await page.goto('/culture/import');
  const input = page.getByTestId('csv-input');

  await input.setInputFiles(
    csv([`nobody@demo.rapport.test,,${lastMonth()},calls_returned_rate,0.9`, `,NGT,2099-01,review_rating,4.5`, `,NGT,${lastMonth()},review_rating,4.4`]),
  );
  await expect(page.getByRole('alert')).toContainText('The file has 2 bad rows; nothing was imported');
  const rows = page.getByRole('table', { name: 'Rows to fix' }).getByRole('row');
  await expect(rows).toHaveCount(3); // header + two bad rows
  await expect(rows.nth(1)).toContainText('2');
  await expect(rows.nth(1)).toContainText('no staff member has the email "nobody@demo.rapport.test"');
  await expect(rows.nth(2)).toContainText('3');
  await expect(rows.nth(2)).toContainText('is in the future');
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);

  await input.setInputFiles(csv([`,NGT,${lastMonth()},review_rating,4.4`, `,NGT,${lastMonth()},inquiry_response_minutes,95`]));
  const preview = page.getByTestId('preview');
  await expect(preview).toContainText('The file is valid: 2 rows');
  await expect(preview).toContainText('2 stored values would be replaced');
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await page.getByRole('alertdialog', { name: 'Replace stored figures?' }).getByRole('button', { name: 'Replace and import' }).click();
  await expect(page.getByTestId('imported')).toContainText('Imported 2 rows, replacing 2 stored values');
});

test('a leader sees the culture overview but not the import', async ({ page }) => {
  await signIn(page, demoEmail('leader'));
  await page.goto('/culture');
  await expect(page.getByRole('tab', { name: 'Import metrics' })).toHaveCount(0);
  await page.goto('/culture/import');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
