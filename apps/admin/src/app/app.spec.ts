import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthStore } from '@rapport/admin/data-access';
import type { Role } from '@rapport/shared/contracts';
import { appRoutes } from './app.routes';

/** The real route table: guards, lazy features and the not-found fallback working together. */
describe('app routes', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  async function signedInAs(roles: Role[] | null): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    if (roles) {
      TestBed.inject(AuthStore).signIn({ email: 'a@demo.rapport.test', password: 'x' }).subscribe();
      backend.expectOne('/api/auth/login').flush({
        accessToken: 't',
        user: { id: 'u1', email: 'a@demo.rapport.test', name: 'Sam Staff', roles },
        organization: { id: 'o1', name: 'Lumen Aesthetics' },
      });
    }
    harness = await RouterTestingHarness.create();
  }

  const text = () => document.body.textContent ?? '';

  it('shows a staff user the not-found page for a settings URL, keeping the URL', async () => {
    await signedInAs(['staff']);
    await harness.navigateByUrl('/settings/users');

    expect(TestBed.inject(Router).url).toBe('/settings/users');
    expect(text()).toContain('Page not found');
    backend.expectNone('/api/users');
  });

  it('opens settings for an owner and loads the users', async () => {
    await signedInAs(['owner']);
    await harness.navigateByUrl('/settings/users');

    backend.expectOne('/api/users').flush({ items: [], total: 0 });
    await harness.fixture.whenStable();
    expect(text()).toContain('No users yet');
  });

  it.each<[Role, string[]]>([
    ['staff', ['Home', 'Staff', 'Recognize / coach', 'My reviews']],
    [
      'admin',
      ['Home', 'Hiring', 'My interviews', 'Quality of hire', 'Culture', 'Staff', 'Recognize / coach', 'My reviews', 'Leaders', 'Reports & audit', 'Settings'],
    ],
    ['interviewer', ['Home', 'My interviews', 'Quality of hire', 'Staff', 'My reviews']],
    ['leader', ['Home', 'My interviews', 'Quality of hire', 'Culture', 'Staff', 'Recognize / coach', 'My reviews', 'My leadership']],
  ])('shows a %s the navigation entries %j', async (role, expected) => {
    await signedInAs([role]);
    await harness.navigateByUrl('/not-a-page');
    const navLabels = () =>
      Array.from(document.querySelectorAll('nav[aria-label="Main"] [matListItemTitle]')).map((a) => a.textContent?.trim());

    expect(navLabels()).toEqual(expected);
  });

  it('sends a signed-out visitor to sign-in, remembering the page', async () => {
    await signedInAs(null);
    await harness.navigateByUrl('/settings/locations');

    expect(TestBed.inject(Router).url).toBe('/sign-in?returnUrl=%2Fsettings%2Flocations');
    expect(text()).toContain('Sign in');
  });
});
