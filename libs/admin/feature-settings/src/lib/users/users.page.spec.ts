import type { Role, User } from '@rapport/shared/contracts';
import { buttonByText, choose, optionStates, overlay, problem, renderPage, typeInto } from '../testing/render-page';
import { UsersPage } from './users.page';
import { TestBed } from '@angular/core/testing';
import { AuthStore } from '@rapport/admin/data-access';

const user = (over: Partial<User>): User => ({
  id: 'u1',
  email: 'staff@demo.rapport.test',
  name: 'Sam Staff',
  roles: ['staff'],
  active: true,
  invitationPending: false,
  version: 3,
  createdAt: '',
  updatedAt: '',
  ...over,
});

describe('UsersPage', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  it('lists users with role chips and status', async () => {
    const { backend, stable, el } = await renderPage(UsersPage);
    backend.expectOne('/api/users').flush({
      items: [user({}), user({ id: 'u2', name: 'Ivy Invited', invitationPending: true, roles: ['interviewer', 'hr'] })],
      total: 2,
    });
    await stable();

    const rows = Array.from(el.querySelectorAll('tr.mat-mdc-row'));
    expect(rows.map((r) => r.querySelector('.name')?.textContent)).toEqual(['Sam Staff', 'Ivy Invited']);
    expect(Array.from(rows[1].querySelectorAll('mat-chip')).map((c) => c.textContent?.trim())).toEqual([
      'HR',
      'Interviewer',
    ]);
    expect(rows[1].textContent).toContain('Invited');
  });

  it('invites a user and shows the one-time link to copy', async () => {
    const { backend, stable, el } = await renderPage(UsersPage);
    backend.expectOne('/api/users').flush({ items: [], total: 0 });
    await stable();

    buttonByText(el, 'Invite user').click();
    await stable();
    const dialog = overlay();
    typeInto(dialog.querySelector('input[formcontrolname=name]'), 'Nina New');
    typeInto(dialog.querySelector('input[formcontrolname=email]'), 'nina@demo.rapport.test');
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    await stable();

    const post = backend.expectOne({ method: 'POST', url: '/api/users' });
    expect(post.request.body).toEqual({ name: 'Nina New', email: 'nina@demo.rapport.test', roles: ['staff'] });
    post.flush({
      user: user({ id: 'u9', name: 'Nina New', email: 'nina@demo.rapport.test', invitationPending: true }),
      invitationUrl: 'http://localhost:3000/accept-invite?token=abc',
      invitationToken: 'abc',
      invitationExpiresAt: '2030-01-01T00:00:00.000Z',
      invitationDelivery: 'kept',
    });
    await stable();

    expect(dialog.textContent).toContain('was kept, not emailed');

    expect(dialog.querySelector<HTMLInputElement>('rp-copy-field input')?.value).toBe(
      'http://localhost:3000/accept-invite?token=abc',
    );
    expect(el.querySelector('table')?.textContent).toContain('Nina New');
  });

  it('deactivates a user after confirmation', async () => {
    const { backend, stable, el } = await renderPage(UsersPage);
    backend.expectOne('/api/users').flush({ items: [user({})], total: 1 });
    await stable();

    el.querySelector<HTMLButtonElement>('button[aria-label="Actions for Sam Staff"]')?.click();
    await stable();
    buttonByText(overlay(), 'Deactivate').click();
    await stable();
    buttonByText(overlay(), 'Deactivate').click();
    await stable();

    const patch = backend.expectOne({ method: 'PATCH', url: '/api/users/u1' });
    expect(patch.request.body).toEqual({ active: false, version: 3 });
    patch.flush(user({ active: false }));
    await stable();
    expect(el.querySelector('tr.mat-mdc-row')?.textContent).toContain('Deactivated');
  });
});

describe('UsersPage for the signed-in user', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  it('does not offer to deactivate yourself', async () => {
    const { backend, stable, el } = await renderPage(UsersPage);
    TestBed.inject(AuthStore).signIn({ email: 'staff@demo.rapport.test', password: 'x' }).subscribe();
    backend.expectOne('/api/auth/login').flush({
      accessToken: 't',
      user: { id: 'u1', email: 'staff@demo.rapport.test', name: 'Sam Staff', roles: ['admin'] },
      organization: { id: 'o', name: 'Lumen Aesthetics' },
    });
    backend.expectOne('/api/users').flush({ items: [user({})], total: 1 });
    await stable();

    el.querySelector<HTMLButtonElement>('button[aria-label="Actions for Sam Staff"]')?.click();
    await stable();

    expect(buttonByText(overlay(), 'You cannot deactivate yourself').disabled).toBe(true);
  });
});

describe('UsersPage role changes', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  async function openEdit(roles: Role[], shown: User) {
    const page = await renderPage(UsersPage, { roles });
    page.backend.expectOne('/api/users').flush({ items: [shown], total: 1 });
    await page.stable();
    page.el.querySelector<HTMLButtonElement>(`button[aria-label="Actions for ${shown.name}"]`)?.click();
    await page.stable();
    buttonByText(overlay(), 'Edit name and roles').click();
    await page.stable();
    const dialog = overlay().querySelector<HTMLElement>('rp-edit-user-dialog');
    if (!dialog) throw new Error('The edit dialog did not open');
    return { ...page, dialog, rolesSelect: dialog.querySelector('mat-select[formcontrolname=roles]') };
  }

  it('changes roles with PATCH /api/users/:id carrying the version, and shows them in the row', async () => {
    // An owner: only an owner may grant HR (see the next tests for what an admin is offered).
    const { backend, stable, el, dialog, rolesSelect } = await openEdit(['owner'], user({}));

    await choose(rolesSelect, 'HR', stable);
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    await stable();

    const patch = backend.expectOne({ method: 'PATCH', url: '/api/users/u1' });
    expect(patch.request.body).toEqual({ name: 'Sam Staff', roles: ['hr', 'staff'], version: 3 });
    patch.flush(user({ roles: ['hr', 'staff'], version: 4 }));
    await stable();

    expect(document.querySelector('rp-edit-user-dialog')).toBeNull();
    const chips = Array.from(el.querySelectorAll('tr.mat-mdc-row mat-chip')).map((c) => c.textContent?.trim());
    expect(chips).toEqual(['HR', 'Staff']);
  });

  it('puts the API refusal of the roles on the Roles field and keeps the dialog open', async () => {
    const { backend, stable, dialog, rolesSelect } = await openEdit(['admin'], user({}));

    await choose(rolesSelect, 'Interviewer', stable);
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    await stable();
    const refusal = problem(400, 'The request is invalid', [{ field: 'roles', message: 'each role must be one of: owner, admin' }]);
    backend.expectOne({ method: 'PATCH', url: '/api/users/u1' }).flush(refusal.body, refusal.init);
    await stable();

    expect(document.querySelector('rp-edit-user-dialog')).not.toBeNull();
    const rolesField = rolesSelect?.closest('mat-form-field');
    expect(rolesField?.querySelector('mat-error')?.textContent).toContain('each role must be one of: owner, admin');
    const nameField = dialog.querySelector('input[formcontrolname=name]')?.closest('mat-form-field');
    expect(nameField?.querySelector('mat-error')).toBeNull();
  });

  it('does not let an admin grant the owner or HR role, and says why', async () => {
    const { stable, dialog, rolesSelect } = await openEdit(['admin'], user({}));

    expect(dialog.querySelector('mat-hint')?.textContent).toContain('Only an owner can grant or remove the Owner and HR roles.');
    (rolesSelect as HTMLElement).click();
    await stable();
    expect(optionStates()).toMatchObject({ Owner: true, Admin: false, HR: true, Staff: false });
  });

  it('keeps an existing owner an owner when an admin edits them (the option cannot be removed)', async () => {
    const owner = user({ id: 'u7', name: 'Olivia Owner', roles: ['owner'], version: 5 });
    const { backend, stable, dialog, rolesSelect } = await openEdit(['admin'], owner);

    await choose(rolesSelect, 'Owner', stable);
    await choose(rolesSelect, 'Staff', stable);
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    await stable();

    const patch = backend.expectOne({ method: 'PATCH', url: '/api/users/u7' });
    expect(patch.request.body).toEqual({ name: 'Olivia Owner', roles: ['owner', 'staff'], version: 5 });
    patch.flush({ ...owner, roles: ['owner', 'staff'], version: 6 });
  });

  it('lets an owner grant the owner role, without the hint', async () => {
    const { backend, stable, dialog, rolesSelect } = await openEdit(['owner'], user({}));

    expect(dialog.querySelector('mat-hint')).toBeNull();
    await choose(rolesSelect, 'Owner', stable);
    expect(optionStates()['Owner']).toBe(false);
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    await stable();

    const patch = backend.expectOne({ method: 'PATCH', url: '/api/users/u1' });
    expect(patch.request.body).toEqual({ name: 'Sam Staff', roles: ['owner', 'staff'], version: 3 });
    patch.flush(user({ roles: ['owner', 'staff'], version: 4 }));
  });

  it('offers the owner role in the invite dialog to an owner only', async () => {
    for (const [roles, ownerDisabled] of [
      [['admin'], true],
      [['owner'], false],
    ] as const) {
      const { backend, stable, el } = await renderPage(UsersPage, { roles: [...roles] });
      backend.expectOne('/api/users').flush({ items: [], total: 0 });
      await stable();
      buttonByText(el, 'Invite user').click();
      await stable();
      const dialog = overlay().querySelector<HTMLElement>('rp-invite-user-dialog');
      expect(!!dialog?.querySelector('mat-hint')?.textContent?.includes('Only an owner can grant')).toBe(ownerDisabled);
      dialog?.querySelector<HTMLElement>('mat-select[formcontrolname=roles]')?.click();
      await stable();
      expect(optionStates()).toMatchObject({ Owner: ownerDisabled, HR: ownerDisabled, Admin: false });
      document.querySelector('.cdk-overlay-container')?.remove();
      TestBed.resetTestingModule();
    }
  });
});
