import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { sessionFixture } from '../testing/session.fixture';
import { AuthStore } from './auth.store';

describe('AuthStore', () => {
  let auth: AuthStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    auth = TestBed.inject(AuthStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('is neither signed in nor out until the start-up restore has answered', () => {
    expect(auth.status()).toBe('unknown');
  });

  it('restores a session from the refresh cookie at start-up', () => {
    let restored: boolean | undefined;
    auth.restore().subscribe((r) => (restored = r));
    const call = backend.expectOne('/api/auth/refresh');
    expect(call.request.withCredentials).toBe(true);
    call.flush(sessionFixture('t1', ['hr']));

    expect(restored).toBe(true);
    expect(auth.isAuthenticated()).toBe(true);
    expect(auth.organization()?.name).toBe('Lumen Aesthetics');
    expect(auth.hasAnyRole(['owner', 'hr'])).toBe(true);
    expect(auth.hasAnyRole(['owner'])).toBe(false);
  });

  it('settles as signed out, without an error, when there is no session to restore', () => {
    let restored: boolean | undefined;
    auth.restore().subscribe((r) => (restored = r));
    backend.expectOne('/api/auth/refresh').flush(null, { status: 401, statusText: 'Unauthorized' });

    expect(restored).toBe(false);
    expect(auth.status()).toBe('anonymous');
  });

  it('is signed out by the time sign-out emits, even when the logout call fails', () => {
    auth.signIn({ email: 'a', password: 'b' }).subscribe();
    backend.expectOne('/api/auth/login').flush(sessionFixture('t1'));

    let signedInWhenEmitted: boolean | undefined;
    auth.signOut().subscribe(() => (signedInWhenEmitted = auth.isAuthenticated()));
    backend.expectOne('/api/auth/logout').flush(null, { status: 500, statusText: 'Server Error' });

    expect(signedInWhenEmitted).toBe(false);
    expect(auth.accessToken()).toBeNull();
  });

  it('keeps the access token out of web storage', () => {
    auth.signIn({ email: 'a', password: 'b' }).subscribe();
    backend.expectOne('/api/auth/login').flush(sessionFixture('secret-token'));

    const stored = [localStorage, sessionStorage].flatMap((s) =>
      Array.from({ length: s.length }, (_, i) => s.getItem(s.key(i) ?? '')),
    );
    expect(stored.join()).not.toContain('secret-token');
    expect(auth.accessToken()).toBe('secret-token');
  });
});
