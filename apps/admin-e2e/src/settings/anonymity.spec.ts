import { type APIRequestContext, expect, test } from '@playwright/test';
import { DEMO_PASSWORD, demoEmail, signIn } from '../support/app';

/** The owner's bearer header, signed in through the API (for setting up and cleaning up only). */
async function ownerAuth(request: APIRequestContext): Promise<{ authorization: string }> {
  const res = await request.post('/api/auth/login', { data: { email: demoEmail('owner'), password: DEMO_PASSWORD } });
  expect(res.status(), await res.text()).toBe(200);
  return { authorization: `Bearer ${((await res.json()) as { accessToken: string }).accessToken}` };
}

test.describe('Settings → Anonymity', () => {
  let original = 3;

  test.beforeEach(async ({ request }) => {
    const res = await request.get('/api/culture/settings', { headers: await ownerAuth(request) });
    expect(res.status()).toBe(200);
    original = ((await res.json()) as { anonymityMinRaters: number }).anonymityMinRaters;
  });

  // Other tests read review results under the seeded minimum: put it back whatever happened here.
  test.afterEach(async ({ request }) => {
    const res = await request.put('/api/culture/settings', { headers: await ownerAuth(request), data: { anonymityMinRaters: original } });
    expect(res.status(), await res.text()).toBe(200);
  });

  test('the owner raises the minimum to 4, and a reload still shows 4', async ({ page }) => {
    await signIn(page, demoEmail('owner'));
    await page.goto('/settings');
    await page.getByRole('tab', { name: 'Anonymity' }).click();
    await expect(page).toHaveURL(/\/settings\/anonymity$/);
    await expect(page).toHaveTitle('Anonymity · Rapport');

    const minimum = page.getByRole('spinbutton', { name: 'Minimum number of raters' });
    await expect(minimum).toHaveValue(String(original));
    await expect(page.getByRole('heading', { name: 'What the minimum does' })).toBeVisible();

    await minimum.fill('4');
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/api/culture/settings'));
    await page.getByRole('button', { name: 'Save minimum' }).click();
    expect((await saved).status()).toBe(200);
    await expect(page.getByText('Anonymity minimum saved: 4 raters')).toBeVisible();

    await page.reload();
    await expect(page.getByRole('spinbutton', { name: 'Minimum number of raters' })).toHaveValue('4');
  });

  test('a minimum below 3 shows the error on the field and is not saved', async ({ page }) => {
    await signIn(page, demoEmail('admin'));
    await page.goto('/settings/anonymity');
    const minimum = page.getByRole('spinbutton', { name: 'Minimum number of raters' });
    await expect(minimum).toHaveValue(String(original));

    let put = false;
    page.on('request', (r) => {
      if (r.method() === 'PUT' && r.url().endsWith('/api/culture/settings')) put = true;
    });
    await minimum.fill('2');
    await page.getByRole('button', { name: 'Save minimum' }).click();
    await expect(page.getByText('Enter a whole number from 3 to 50')).toBeVisible();
    await expect(minimum).toHaveAttribute('aria-invalid', 'true');
    expect(put).toBe(false);

    await page.reload();
    await expect(page.getByRole('spinbutton', { name: 'Minimum number of raters' })).toHaveValue(String(original));
  });
});
