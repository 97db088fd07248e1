import { expect, type Browser, type BrowserContext, type Locator, type Page, type TestInfo } from '@playwright/test';
import { checkPage, demoEmail, signIn } from '../support/app';

export const DESKTOP = { width: 1280, height: 800 };
export const TABLET = { width: 820, height: 1180 };

/** A signed-in user in a context of their own (several people act in one test). */
export async function actor(
  browser: Browser,
  who: Parameters<typeof demoEmail>[0],
  viewport = DESKTOP,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, hasTouch: viewport === TABLET });
  const page = await context.newPage();
  await signIn(page, demoEmail(who));
  return { context, page };
}

/** The board column of a stage. */
export function column(page: Page, stage: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^${stage}\\b`) });
}

/** A candidate's card on the pipeline board. */
export function card(page: Page, name: string): Locator {
  return page.locator('rp-pipeline-card').filter({ has: page.getByRole('link', { name, exact: true }) });
}

/**
 * Drags a card onto another column the way a person does (CDK drag-drop follows pointer moves, so a
 * single jump is not enough). The board scrolls sideways: it is first scrolled so the card's column
 * is at its left edge, which keeps both ends of a drag of up to three columns on screen.
 */
export async function dragCard(page: Page, name: string, toStage: string): Promise<void> {
  const source = card(page, name);
  await source.evaluate((el) => {
    const board = el.closest('.board') as HTMLElement;
    const col = el.closest('.column') as HTMLElement;
    board.scrollLeft = col.offsetLeft - board.offsetLeft;
  });
  const from = await source.boundingBox();
  const to = await column(page, toStage).getByRole('list').boundingBox();
  const viewport = page.viewportSize();
  if (!from || !to || !viewport || to.x + 40 > viewport.width) throw new Error(`Cannot drag ${name} to ${toStage}`);
  await page.mouse.move(from.x + 40, from.y + from.height - 12);
  await page.mouse.down();
  await page.mouse.move(from.x + 50, from.y + from.height - 4, { steps: 5 });
  await page.mouse.move(to.x + Math.min(to.width / 2, 60), to.y + 40, { steps: 20 });
  await page.mouse.move(to.x + Math.min(to.width / 2, 60), to.y + 44, { steps: 3 });
  await page.mouse.up();
}

/** A date a few days ahead, as typed into the datepicker (US format). */
export function daysAhead(days: number): string {
  const d = new Date(Date.now() + days * 24 * 3600 * 1000);
  return `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`;
}

/** axe + screenshot, named with the viewport (the hiring specs set viewports themselves). */
export async function checkHiringPage(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const size = page.viewportSize();
  await checkPage(page, testInfo, `${size?.width === TABLET.width ? 'tablet' : 'desktop'}-${name}`);
}

/** Rates every question of the scoring screen with `rating` and the same evidence. */
export async function scoreAll(page: Page, rating: number, evidence: string): Promise<void> {
  const questions = page.locator('li.question');
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    const q = questions.nth(i);
    await q.getByRole('radio', { name: new RegExp(`^${rating} `) }).check();
    await q.getByRole('textbox', { name: /Evidence/ }).fill(`${evidence} (question ${i + 1})`);
  }
  await expect(page.getByRole('status').filter({ hasText: /Saved|Saving/ })).toBeVisible();
}
