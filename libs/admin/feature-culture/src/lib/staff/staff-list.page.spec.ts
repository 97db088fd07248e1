import type { Role, StaffMember } from '@rapport/shared/contracts';
import { buttonByText, overlay, problem, renderPage, typeInto } from '../testing/render-page';
import { StaffListPage } from './staff-list.page';

const person = (id: string, name: string, userId: string, locationId = 'l1') =>
  ({ id, name, userId, locationId, managerId: null, roleTitle: 'Nurse injector', email: `${id}@x.test` }) as StaffMember;
const breakdown = { components: [], dropped: [], serviceMetrics: [], observations: { recognitions: 0, coaching: 0 } };

async function render(inputs: Record<string, unknown> = {}, roles: Role[] = ['staff']) {
  const page = await renderPage(StaffListPage, { roles, userId: 'u-sofia', inputs });
  const { backend } = page;
  backend.expectOne('/api/staff').flush({
    items: [person('s-sofia', 'Sofia Alvarez', 'u-sofia'), person('s-marco', 'Marco Bianchi', 'u-marco', 'l2')],
    total: 2,
  });
  backend.expectOne('/api/locations').flush({
    items: [
      { id: 'l1', name: 'Riverside Medspa' },
      { id: 'l2', name: 'Northgate Studio' },
    ],
    total: 2,
  });
  // A staff member gets only their own series: everyone else's score is private.
  backend.expectOne((r) => r.url === '/api/culture/scores').flush({
    periods: ['2026-06'],
    items: [{ subjectId: 's-sofia', points: [{ period: '2026-06', score: 81, delta: null, insufficient_data: false, breakdown }] }],
  });
  backend.expectOne('/api/competencies').flush({ items: [{ id: 'c1', name: 'Empathy & warmth', position: 1 }], total: 1 });
  await page.stable();
  return page;
}

const rowTexts = (el: HTMLElement) =>
  Array.from(el.querySelectorAll('table[aria-label=Staff] tr.mat-mdc-row')).map((r) => r.textContent?.replace(/\s+/g, ' ').trim());

describe('StaffListPage', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  it('shows one’s own score and "Private" for colleagues, and no recognize button on one’s own row', async () => {
    const { el } = await render();
    const rows = rowTexts(el);
    expect(rows[0]).toContain('Marco Bianchi');
    expect(rows[0]).toContain('Private');
    expect(rows[1]).toContain('Sofia Alvarez');
    expect(rows[1]).toContain('81');
    expect(el.querySelector('button[aria-label="Recognize or coach Marco Bianchi"]')).not.toBeNull();
    expect(el.querySelector('button[aria-label="Recognize or coach Sofia Alvarez"]')).toBeNull();
    // Staff records are made by HR, admins, owners and hiring managers.
    expect(() => buttonByText(el, 'Add staff member')).toThrow();
  });

  it('filters by search text and says how many match', async () => {
    const { el, stable } = await render();
    typeInto(el.querySelector('input[placeholder="Name, role or email"]'), 'marco');
    await stable();
    expect(rowTexts(el)).toHaveLength(1);
    expect(el.querySelector('.count')?.textContent).toContain('1 of 2 people');
    typeInto(el.querySelector('input[placeholder="Name, role or email"]'), 'nobody');
    await stable();
    expect(el.textContent).toContain('No one matches these filters.');
  });

  it('opens "Recognize or coach" at once for the quick action, without oneself among the people', async () => {
    const { stable } = await render({ recognize: true });
    await stable();
    const dialog = overlay();
    expect(dialog.querySelector('h2')?.textContent).toContain('Recognize or coach');
    dialog.querySelector<HTMLElement>('mat-select[formcontrolname=staffMemberId]')?.click();
    await stable();
    const options = Array.from(document.querySelectorAll('mat-option')).map((o) => o.textContent?.trim());
    expect(options).toEqual(['Marco Bianchi · Nurse injector']);
  });

  describe('adding a staff member', () => {
    async function openForm() {
      const page = await render({}, ['hr']);
      buttonByText(page.el, 'Add staff member').click();
      await page.stable();
      const dialog = overlay().querySelector('mat-dialog-container') as HTMLElement;
      typeInto(dialog.querySelector('input[formcontrolname=name]'), 'Priya Shah');
      typeInto(dialog.querySelector('input[formcontrolname=email]'), 'priya.shah@example.com');
      typeInto(dialog.querySelector('input[formcontrolname=roleTitle]'), 'Nurse injector');
      typeInto(dialog.querySelector('input[formcontrolname=hiredAt]'), '2026-03-02');
      dialog.querySelector<HTMLElement>('mat-select[formcontrolname=locationId]')?.click();
      await page.stable();
      Array.from(overlay().querySelectorAll<HTMLElement>('mat-option'))
        .find((o) => o.textContent?.includes('Northgate Studio'))
        ?.click();
      dialog.querySelector<HTMLElement>('mat-select[formcontrolname=managerId]')?.click();
      await page.stable();
      Array.from(overlay().querySelectorAll<HTMLElement>('mat-option'))
        .find((o) => o.textContent?.includes('Marco Bianchi'))
        ?.click();
      await page.stable();
      dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
      await page.stable();
      return { ...page, dialog };
    }

    it('creates the record from the form and reads the directory again', async () => {
      const { backend, stable } = await openForm();
      const post = backend.expectOne({ method: 'POST', url: '/api/staff' });
      expect(post.request.body).toEqual({
        name: 'Priya Shah',
        email: 'priya.shah@example.com',
        roleTitle: 'Nurse injector',
        locationId: 'l2',
        managerId: 's-marco',
        hiredAt: '2026-03-02',
      });
      post.flush({ ...person('s-priya', 'Priya Shah', 'u-priya', 'l2'), hiredAt: '2026-03-02' });
      await stable();

      expect(overlay().querySelector('mat-dialog-container')).toBeNull();
      expect(overlay().querySelector('mat-snack-bar-container')?.textContent).toContain('Priya Shah added to the staff');
      expect(buttonByText(overlay(), 'View profile')).toBeTruthy();
      backend.expectOne({ method: 'GET', url: '/api/staff' });
    });

    it('shows the API refusal on the field it names and keeps the form', async () => {
      const { backend, stable, dialog } = await openForm();
      const refusal = problem(409, 'Conflict', [{ field: 'email', message: 'email is already used by another staff member' }]);
      backend.expectOne({ method: 'POST', url: '/api/staff' }).flush(refusal.body, refusal.init);
      await stable();
      expect(dialog.querySelector('input[formcontrolname=email]')?.closest('mat-form-field')?.textContent).toContain(
        'email is already used by another staff member',
      );
      backend.expectNone({ method: 'GET', url: '/api/staff' });
    });
  });
});
