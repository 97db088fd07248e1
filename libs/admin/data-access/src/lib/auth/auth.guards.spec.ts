import { Component } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@rapport/shared/contracts';
import { sessionFixture } from '../testing/session.fixture';
import { authGuard, guestGuard, roleGuard } from './auth.guards';
import { AuthStore } from './auth.store';

@Component({ selector: 'rp-page', template: '<p>page</p>' })
class PageComponent {}

@Component({ selector: 'rp-settings', template: '<p>settings</p>' })
class SettingsComponent {}

@Component({ selector: 'rp-not-found', template: '<p>not found</p>' })
class NotFoundComponent {}

/** The shell's route shape: a signed-in area whose `**` catches what a role guard refuses. */
const routes = [
  { path: 'sign-in', canActivate: [guestGuard], component: PageComponent },
  {
    path: '',
    canActivate: [authGuard],
    children: [
      { path: 'home', component: PageComponent },
      { path: 'settings', canMatch: [roleGuard(['owner', 'admin'])], component: SettingsComponent },
      { path: '**', component: NotFoundComponent },
    ],
  },
];

describe('auth guards', () => {
  let harness: RouterTestingHarness;

  async function setup(roles: Role[] | null): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideRouter(routes), provideHttpClient(), provideHttpClientTesting()],
    });
    if (roles) {
      TestBed.inject(AuthStore).signIn({ email: 'a@b.c', password: 'x' }).subscribe();
      TestBed.inject(HttpTestingController).expectOne('/api/auth/login').flush(sessionFixture('t', roles));
    }
    harness = await RouterTestingHarness.create();
  }

  it('shows the not-found page, not a 403, when a staff user types a settings URL', async () => {
    await setup(['staff']);
    await harness.navigateByUrl('/settings');

    expect(harness.routeNativeElement?.textContent).toContain('not found');
    expect(TestBed.inject(Router).url).toBe('/settings');
  });

  it.each<Role>(['owner', 'admin'])('lets an %s into settings', async (role) => {
    await setup([role, 'staff']);
    await harness.navigateByUrl('/settings');

    expect(harness.routeNativeElement?.textContent).toContain('settings');
  });

  it('sends a signed-out visitor to sign-in with the URL to come back to', async () => {
    await setup(null);
    await harness.navigateByUrl('/settings');

    expect(TestBed.inject(Router).url).toBe('/sign-in?returnUrl=%2Fsettings');
  });

  it('sends a signed-in user away from sign-in to home', async () => {
    await setup(['staff']);
    await harness.navigateByUrl('/sign-in');

    expect(TestBed.inject(Router).url).toBe('/home');
  });

  it('roleGuard matches when the user holds any one of the roles', async () => {
    await setup(['hr', 'admin']);
    const guard = roleGuard(['owner', 'admin']);
    const allowed = TestBed.runInInjectionContext(() => guard({ path: 'settings' }, []));
    const refused = TestBed.runInInjectionContext(() => roleGuard(['leader'])({ path: 'x' }, []));

    expect(allowed).toBe(true);
    expect(refused).toBe(false);
  });
});
