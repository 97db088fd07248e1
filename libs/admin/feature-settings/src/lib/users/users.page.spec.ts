import type { User } from '@rapport/shared/contracts';
import { buttonByText, overlay, renderPage, typeInto } from '../testing/render-page';
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
    });
    await stable();

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
