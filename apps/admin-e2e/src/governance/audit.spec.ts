import { expect, test } from '@playwright/test';
import { checkPage, demoEmail, signIn, unique } from '../support/app';
import { chooseOption, createLocation, eventRows, readCsv, today } from './governance.helpers';

test.describe('audit log', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, demoEmail('owner'));
  });

  test('finds an event you created with the filters, which stay in the URL', async ({ page }, testInfo) => {
    // Creates a record, filters, expands, runs axe and reloads: more than the default 30 s on 2 cores.
    test.setTimeout(90_000);
    const code = `AU-${unique()}`.slice(0, 20);
    const name = `Audit clinic ${code}`;
    const id = await createLocation(page, name, code);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports & audit' }).click();
    await expect(page).toHaveURL(/\/governance\/audit$/);
    await expect(eventRows(page).first()).toBeVisible();

    await chooseOption(page, page, 'Entity type', 'Location');
    await page.getByRole('textbox', { name: 'Record id' }).fill(id);
    await chooseOption(page, page, 'Actor', 'Dr. Olivia Hart');
    await page.getByRole('textbox', { name: 'From' }).fill(today());
    await page.getByRole('textbox', { name: 'To' }).fill(today());
    const filtered = page.waitForResponse((r) => r.url().includes('/api/audit-events?') && r.url().includes(`entityId=${id}`));
    await page.getByRole('button', { name: 'Apply filters' }).click();
    expect((await filtered).status()).toBe(200);

    await expect(page).toHaveURL(new RegExp(`entity=location.*entityId=${id}`));
    await expect(eventRows(page)).toHaveCount(1);
    const row = eventRows(page).first();
    await expect(row).toContainText('location.created');
    await expect(row).toContainText('Dr. Olivia Hart');

    // Before/after on expand: a creation shows the new values.
    await row.getByRole('button', { name: /^Details of event #\d+$/ }).click();
    const fields = page.getByRole('table', { name: /^Fields of event #\d+$/ });
    const nameRow = fields.getByRole('row').filter({ has: page.getByRole('cell', { name: 'name', exact: true }) });
    await expect(nameRow.getByRole('cell', { name, exact: true })).toBeVisible();
    await checkPage(page, testInfo, 'governance-audit');

    // A reload keeps the filtered view.
    const reloaded = page.waitForResponse((r) => r.url().includes('/api/audit-events?') && r.url().includes(`entityId=${id}`));
    await page.reload();
    await reloaded;
    await expect(eventRows(page)).toHaveCount(1);
    await expect(page.getByRole('combobox', { name: 'Entity type' })).toContainText('Location');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/governance\/audit$/);
  });

  test('verifying the chain reports it intact', async ({ page }) => {
    await page.goto('/governance/audit');
    const verified = page.waitForResponse((r) => r.url().endsWith('/api/audit-events/verify'));
    await page.getByRole('button', { name: 'Verify chain' }).click();
    const body = (await (await verified).json()) as { valid: boolean; events: number };
    expect(body.valid).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: 'Chain intact.' })).toContainText(`${body.events.toLocaleString('en-US')} events verified`);
  });

  test('Export CSV downloads the audit log, readable by a CSV parser', async ({ page }) => {
    const code = `CSV-${unique()}`.slice(0, 20);
    const name = `Audit CSV clinic, "${code}"`;
    const id = await createLocation(page, name, code);
    await page.goto(`/governance/audit?entity=location&entityId=${id}`);
    await expect(eventRows(page)).toHaveCount(1);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^rapport-audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    await expect(page.getByText(`Saved ${download.suggestedFilename()}`)).toBeVisible();

    const rows = await readCsv(await download.path());
    expect(Object.keys(rows[0])).toEqual([
      'seq',
      'occurred_at',
      'actor_user_id',
      'actor_name',
      'action',
      'entity_type',
      'entity_id',
      'request_id',
      'redacted',
      'before',
      'after',
      'hash',
    ]);
    const created = rows.filter((r) => r.entity_id === id);
    expect(created.map((r) => r.action)).toEqual(['location.created']);
    expect(created[0].actor_name).toBe('Dr. Olivia Hart');
    // The snapshot survives the CSV quoting (a comma and quotes in the name) intact.
    expect(JSON.parse(created[0].after)).toMatchObject({ name, code });
  });
});
