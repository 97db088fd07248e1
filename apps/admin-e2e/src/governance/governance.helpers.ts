import { expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { openDialog } from '../support/app';

/**
 * Picks an option of a Material select by its label, inside `scope` (a card or the page). The select
 * opens from the keyboard: its resting label lies over the trigger, so a click at its centre lands on
 * the label. Retried, because a dialog or page may still be moving focus when we start.
 */
export async function chooseOption(page: Page, scope: Locator | Page, label: string | RegExp, option: string | RegExp): Promise<void> {
  await expect(async () => {
    await scope.getByRole('combobox', { name: label }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('listbox')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await page.getByRole('listbox').getByRole('option', { name: option, exact: typeof option === 'string' }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

/** Today as typed into a Material datepicker (US format, local calendar). */
export function today(): string {
  const d = new Date();
  return `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`;
}

/** A CSV download read back with a standard parser (RFC 4180, UTF-8 with BOM), one object per row. */
export async function readCsv(path: string): Promise<Record<string, string>[]> {
  return parse(await readFile(path, 'utf8'), { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

/** Creates a location as the signed-in owner and returns its id (the API's answer). */
export async function createLocation(page: Page, name: string, code: string): Promise<string> {
  await page.goto('/settings/locations');
  const dialog = await openDialog(page, page.getByRole('button', { name: 'Add location' }), 'Add location');
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Code').fill(code);
  const created = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/locations'));
  await dialog.getByRole('button', { name: 'Add location' }).click();
  const response = await created;
  expect(response.status()).toBe(201);
  await expect(dialog).toBeHidden();
  return ((await response.json()) as { id: string }).id;
}

/** The audit viewer's event rows (the detail rows between them left out). */
export function eventRows(page: Page): Locator {
  return page.getByRole('table', { name: 'Audit events' }).locator('tr.event-row');
}
