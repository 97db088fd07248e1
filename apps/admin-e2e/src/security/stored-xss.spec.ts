import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demoEmail, signIn, unique } from '../support/app';

/**
 * Stored XSS: markup typed into free-text fields comes back as text, everywhere the admin shows
 * it. Each payload would set `window.__xss` (or open a dialog) if the browser ever ran it.
 */
const payloads = (tag: string) => ({
  img: `<img src=x onerror="window.__xss='${tag}-img'">`,
  script: `<script>window.__xss='${tag}-script'</script>`,
  svg: `"><svg onload="window.__xss='${tag}-svg'">`,
});

async function asOwner(request: APIRequestContext): Promise<{ token: string; post: <T>(path: string, data: object) => Promise<T> }> {
  const login = await request.post('/api/auth/login', { data: { email: demoEmail('owner'), password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return {
    token: accessToken,
    post: async <T>(path: string, data: object) => {
      const res = await request.post(path, { data, headers: { authorization: `Bearer ${accessToken}` } });
      expect(res.status(), `${path}: ${await res.text()}`).toBe(201);
      return (await res.json()) as T;
    },
  };
}

/** Nothing ran: no flag, no dialog, no element the payload would have created. */
async function expectInert(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(page.locator('img[src="x"], svg[onload]')).toHaveCount(0);
}

test('markup in names, titles, notes and comments is shown as text, never run', async ({ page, request }) => {
  const tag = unique();
  const p = payloads(tag);
  const owner = await asOwner(request);
  const locations = (await (await request.get('/api/locations', { headers: { authorization: `Bearer ${owner.token}` } })).json()) as {
    items: { id: string }[];
  };
  const staff = await owner.post<{ id: string }>('/api/staff', {
    name: `Staff ${p.img}`,
    email: `xss.${tag.toLowerCase()}@demo.rapport.test`,
    roleTitle: `Nurse ${p.svg}`,
    locationId: locations.items[0].id,
    hiredAt: '2025-01-06',
  });
  const competencies = (await (await request.get('/api/competencies', { headers: { authorization: `Bearer ${owner.token}` } })).json()) as {
    items: { id: string }[];
  };
  await owner.post('/api/observations', {
    staffMemberId: staff.id,
    competencyId: competencies.items[0].id,
    kind: 'recognition',
    note: `Stayed late ${p.script} ${p.img}`,
    observedAt: '2026-10-01',
  });
  await owner.post('/api/candidates', { name: `Cand ${p.svg}`, email: `cand.${tag.toLowerCase()}@example.com`, source: `Ref ${p.img}` });

  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signIn(page, demoEmail('owner'));

  await page.goto('/staff');
  await expect(page.getByText(`Staff ${p.img}`).first()).toBeVisible();
  await expectInert(page, dialogs);

  await page.goto(`/staff/${staff.id}`);
  await expect(page.getByText(`Staff ${p.img}`).first()).toBeVisible();
  await expect(page.getByText(`Nurse ${p.svg}`).first()).toBeVisible();
  await expect(page.getByText(`Stayed late ${p.script} ${p.img}`).first()).toBeVisible();
  await expectInert(page, dialogs);
});
