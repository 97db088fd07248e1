import { HttpClient, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { sessionFixture } from '../testing/session.fixture';
import { authInterceptor } from './auth.interceptor';
import { AuthStore } from './auth.store';

const UNAUTHORIZED = { status: 401, statusText: 'Unauthorized' };

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let auth: AuthStore;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthStore);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    auth.signIn({ email: 'owner@demo.rapport.test', password: 'x' }).subscribe();
    backend.expectOne('/api/auth/login').flush(sessionFixture('token-1'));
  });

  afterEach(() => backend.verify());

  it('sends the in-memory access token as a bearer token to the API only', () => {
    http.get('/api/users').subscribe();
    http.get('https://elsewhere.example/data').subscribe();

    expect(backend.expectOne('/api/users').request.headers.get('Authorization')).toBe('Bearer token-1');
    expect(backend.expectOne('https://elsewhere.example/data').request.headers.has('Authorization')).toBe(false);
  });

  it('on a 401 refreshes once and retries the request with the new token', () => {
    let body: unknown;
    http.get('/api/users').subscribe((b) => (body = b));

    backend.expectOne('/api/users').flush(null, UNAUTHORIZED);
    backend.expectOne({ method: 'POST', url: '/api/auth/refresh' }).flush(sessionFixture('token-2'));
    const retry = backend.expectOne('/api/users');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer token-2');
    retry.flush({ items: [], total: 0 });

    expect(body).toEqual({ items: [], total: 0 });
    expect(auth.accessToken()).toBe('token-2');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('does not refresh a second time when the retried request is also refused', () => {
    let error: HttpErrorResponse | undefined;
    http.get('/api/users').subscribe({ error: (e: HttpErrorResponse) => (error = e) });

    backend.expectOne('/api/users').flush(null, UNAUTHORIZED);
    backend.expectOne('/api/auth/refresh').flush(sessionFixture('token-2'));
    backend.expectOne('/api/users').flush(null, UNAUTHORIZED);

    backend.expectNone('/api/auth/refresh');
    expect(error?.status).toBe(401);
  });

  it('when the refresh fails, ends the session and sends the user to sign-in', () => {
    let error: HttpErrorResponse | undefined;
    http.get('/api/users').subscribe({ error: (e: HttpErrorResponse) => (error = e) });

    backend.expectOne('/api/users').flush(null, UNAUTHORIZED);
    backend.expectOne('/api/auth/refresh').flush(null, UNAUTHORIZED);

    expect(error?.status).toBe(401);
    expect(auth.isAuthenticated()).toBe(false);
    expect(auth.accessToken()).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], { queryParams: { returnUrl: '/' } });
    backend.expectNone('/api/users');
  });

  it('shares one refresh between concurrent 401s and retries each request', () => {
    const results: unknown[] = [];
    http.get('/api/users').subscribe((b) => results.push(b));
    http.get('/api/locations').subscribe((b) => results.push(b));

    backend.expectOne('/api/users').flush(null, UNAUTHORIZED);
    backend.expectOne('/api/locations').flush(null, UNAUTHORIZED);
    const refreshes = backend.match('/api/auth/refresh');
    expect(refreshes).toHaveLength(1);
    refreshes[0].flush(sessionFixture('token-2'));

    for (const url of ['/api/users', '/api/locations']) {
      const retry = backend.expectOne(url);
      expect(retry.request.headers.get('Authorization')).toBe('Bearer token-2');
      retry.flush({ url });
    }
    expect(results).toEqual([{ url: '/api/users' }, { url: '/api/locations' }]);
  });

  it('retries without refreshing when another request already refreshed the token', () => {
    http.get('/api/users').subscribe();
    const stale = backend.expectOne('/api/users');

    http.get('/api/locations').subscribe();
    backend.expectOne('/api/locations').flush(null, UNAUTHORIZED);
    backend.expectOne('/api/auth/refresh').flush(sessionFixture('token-2'));
    backend.expectOne('/api/locations').flush({});

    stale.flush(null, UNAUTHORIZED);
    backend.expectNone('/api/auth/refresh');
    expect(backend.expectOne('/api/users').request.headers.get('Authorization')).toBe('Bearer token-2');
  });

  it.each(['/api/auth/refresh', '/api/auth/login', '/api/auth/accept-invite', '/api/auth/logout'])(
    'never answers a 401 from the session endpoint %s with a refresh',
    (url) => {
      let status: number | undefined;
      http.post(url, {}).subscribe({ error: (e: HttpErrorResponse) => (status = e.status) });

      backend.expectOne(url).flush(null, UNAUTHORIZED);

      backend.expectNone('/api/auth/refresh');
      expect(status).toBe(401);
      expect(navigate).not.toHaveBeenCalled();
    },
  );

  it('passes other errors through untouched', () => {
    let status: number | undefined;
    http.get('/api/users').subscribe({ error: (e: HttpErrorResponse) => (status = e.status) });

    backend.expectOne('/api/users').flush(null, { status: 403, statusText: 'Forbidden' });

    backend.expectNone('/api/auth/refresh');
    expect(status).toBe(403);
  });
});
