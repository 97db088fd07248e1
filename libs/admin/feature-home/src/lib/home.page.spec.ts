import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore } from '@rapport/admin/data-access';
import type { Role } from '@rapport/shared/contracts';
import { HomePage } from './home.page';

describe('HomePage', () => {
  let backend: HttpTestingController;

  function session(roles: Role[]) {
    return {
      user: { id: 'u', email: 'x@demo.rapport.test', name: 'Olivia Owner', roles },
      organization: { id: 'o', name: 'Lumen Aesthetics' },
    };
  }

  async function render(roles: Role[]) {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).signIn({ email: 'x', password: 'y' }).subscribe();
    backend.expectOne('/api/auth/login').flush({ accessToken: 't', ...session(roles) });
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('shows the organization, the roles and the quick links the roles allow', async () => {
    const { fixture, el } = await render(['owner']);
    expect(el.textContent).toContain('Loading');
    backend.expectOne('/api/auth/me').flush(session(['owner', 'leader']));
    await fixture.whenStable();

    expect(el.querySelector('h1')?.textContent).toBe('Welcome, Olivia Owner');
    expect(el.textContent).toContain('Lumen Aesthetics');
    expect(Array.from(el.querySelectorAll('mat-chip')).map((c) => c.textContent?.trim())).toEqual(['Owner', 'Leader']);
    expect(Array.from(el.querySelectorAll('.link-label')).map((l) => l.textContent)).toEqual([
      'Users',
      'Locations',
      'Care standard',
    ]);
  });

  it('offers no settings links to staff and says so', async () => {
    const { fixture, el } = await render(['staff']);
    backend.expectOne('/api/auth/me').flush(session(['staff']));
    await fixture.whenStable();

    expect(el.querySelectorAll('.link-card')).toHaveLength(0);
    expect(el.textContent).toContain('Nothing to manage with your roles yet');
  });

  it('shows an error with a retry that loads again', async () => {
    const { fixture, el } = await render(['owner']);
    backend.expectOne('/api/auth/me').flush(null, { status: 0, statusText: 'Unknown Error' });
    await fixture.whenStable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Cannot reach the server');

    el.querySelector<HTMLButtonElement>('[role=alert] button')?.click();
    backend.expectOne('/api/auth/me').flush(session(['owner']));
    await fixture.whenStable();
    expect(el.textContent).toContain('Lumen Aesthetics');
  });
});
