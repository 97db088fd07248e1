import { expect, test } from '@playwright/test';
import { checkPage, demoEmail, signIn } from '../support/app';
import { chooseOption, readCsv } from './governance.helpers';

test.describe('reports', () => {
  test('HR downloads the hiring funnel of one opening as CSV and it holds that opening’s stages', async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    await signIn(page, demoEmail('hr'));
    await page.goto('/governance/reports');
    const cards = page.locator('rp-report-card');
    await expect(cards).toHaveCount(8);
    await checkPage(page, testInfo, 'governance-reports');

    const funnel = page.getByRole('region', { name: /Hiring funnel$/ });
    await chooseOption(page, funnel, 'Opening', 'Patient coordinator');
    await chooseOption(page, funnel, 'Format', 'CSV');
    const downloading = page.waitForEvent('download');
    await funnel.getByRole('button', { name: 'Download Hiring funnel' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^rapport-hiring-funnel-patient-coordinator-.+\.csv$/);
    await expect(funnel.getByText(`Saved ${download.suggestedFilename()}`)).toBeVisible();

    const rows = await readCsv(await download.path());
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(['Opening', 'Stage', 'Entered', 'Advanced', 'Pass-through rate']));
    // Only the chosen opening, one row per pipeline stage, and the demo's nine candidates all applied.
    expect(new Set(rows.map((r) => r['Opening']))).toEqual(new Set(['Patient coordinator']));
    const applied = rows.find((r) => r['Stage'].toLowerCase() === 'applied');
    expect(Number(applied?.['Entered'])).toBeGreaterThanOrEqual(9);
    expect(rows.map((r) => r['Stage'].toLowerCase())).toEqual(expect.arrayContaining(['applied', 'hired']));
  });

  test('a refused download says why in its card', async ({ page }) => {
    await signIn(page, demoEmail('hr'));
    await page.goto('/governance/reports');
    const packet = page.getByRole('region', { name: /Candidate packet$/ });
    await packet.getByRole('button', { name: 'Download Candidate packet' }).click();
    await expect(packet.getByText('Opening is required')).toBeVisible();
  });

  test('a hiring manager gets only the reports about their openings', async ({ page }) => {
    await signIn(page, demoEmail('manager'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports & audit' }).click();
    await expect(page).toHaveURL(/\/governance\/reports$/);
    await expect(page.getByRole('tablist', { name: 'Governance sections' }).getByRole('tab')).toHaveText(['Reports']);
    await expect(page.locator('rp-report-card h2')).toHaveText([/Candidate packet/, /Hiring funnel/, /Quality of hire/]);
    await page.goto('/governance/audit');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});
