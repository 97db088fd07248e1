import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Picks an option of a Material select by the select's label. The select opens from the keyboard: its
 * resting label lies over the trigger, so a pointer click at the centre lands on the label.
 */
export async function chooseOption(page: Page, label: string | RegExp, option: string | RegExp): Promise<void> {
  const select = page.getByRole('combobox', { name: label });
  const wanted = page.getByRole('option', { name: option });
  // A dialog moves focus to its first field when its opening animation ends, which can take our focus
  // away on a slow machine: retry until the panel is open.
  await expect(async () => {
    await select.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('listbox')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  // The panel can still close or re-render under the pointer (CI saw the option detached for 30 s):
  // reopen it if needed and click again. A click that lands ends the loop, so nothing is toggled twice.
  await expect(async () => {
    if (!(await wanted.isVisible())) {
      await select.focus();
      await page.keyboard.press('Enter');
    }
    await wanted.click({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}

/** Waits until every chart on the page has drawn its canvas (ECharts loads lazily, then renders). */
export async function chartsDrawn(page: Page): Promise<void> {
  const charts = page.locator('rp-chart');
  const count = await charts.count();
  for (let i = 0; i < count; i++) await expect(charts.nth(i).locator('canvas').first()).toBeAttached();
}

/** Opens a staff member's profile from the directory, through its search and link. */
export async function openProfile(page: Page, name: string): Promise<void> {
  await page.goto('/staff');
  await page.getByRole('textbox', { name: 'Search' }).fill(name);
  await page.getByRole('table', { name: 'Staff' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** The observation list of a profile, once it has loaded (a list or the empty state). */
export async function observationsLoaded(page: Page): Promise<Locator> {
  const section = page.getByRole('region', { name: /^(Observations|Recognitions)$/ });
  await expect(section.getByRole('list').or(section.getByText('Nothing recorded yet.'))).toBeVisible();
  return section;
}
