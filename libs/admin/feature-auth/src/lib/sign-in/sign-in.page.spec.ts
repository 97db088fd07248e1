import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AuthStore } from '@rapport/admin/data-access';
import { SignInPage } from './sign-in.page';

describe('SignInPage', () => {
  let backend: HttpTestingController;
  let navigateByUrl: jest.SpyInstance;

  async function render(returnUrl?: string) {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    navigateByUrl = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(SignInPage);
    if (returnUrl) fixture.componentRef.setInput('returnUrl', returnUrl);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`no ${selector}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      el.querySelector('form')?.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    return { fixture, el, type, submit };
  }

  it('signs in and returns to the page the user asked for', async () => {
    const { type, submit } = await render('/settings/users');
    type('input[type=email]', 'owner@demo.rapport.test');
    type('input[type=password]', 'Rapport-demo-2026');
    await submit();

    const login = backend.expectOne('/api/auth/login');
    expect(login.request.body).toEqual({ email: 'owner@demo.rapport.test', password: 'Rapport-demo-2026' });
    login.flush({
      accessToken: 't',
      user: { id: 'u', email: 'owner@demo.rapport.test', name: 'Olivia', roles: ['owner'] },
      organization: { id: 'o', name: 'Lumen Aesthetics' },
    });

    expect(TestBed.inject(AuthStore).isAuthenticated()).toBe(true);
    expect(navigateByUrl).toHaveBeenCalledWith('/settings/users');
  });

  it('does not call the API with an incomplete form and marks the fields', async () => {
    const { el, submit } = await render();
    await submit();

    backend.expectNone('/api/auth/login');
    expect(el.textContent).toContain('Email is required');
    expect(el.textContent).toContain('Password is required');
  });

  it('says why sign-in failed above the form', async () => {
    const { el, type, submit, fixture } = await render();
    type('input[type=email]', 'owner@demo.rapport.test');
    type('input[type=password]', 'wrong');
    await submit();

    backend.expectOne('/api/auth/login').flush(
      { type: 'unauthorized', title: 'Unauthorized', status: 401, detail: 'Email or password is incorrect' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await fixture.whenStable();

    expect(el.querySelector('[role=alert]')?.textContent).toContain('Email or password is incorrect');
    expect(navigateByUrl).not.toHaveBeenCalled();
  });
});
