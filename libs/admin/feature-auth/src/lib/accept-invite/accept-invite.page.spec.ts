import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AcceptInvitePage } from './accept-invite.page';

describe('AcceptInvitePage', () => {
  let backend: HttpTestingController;
  let navigateByUrl: jest.SpyInstance;

  async function render(token?: string) {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    navigateByUrl = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(AcceptInvitePage);
    if (token) fixture.componentRef.setInput('token', token);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const fill = (password: string, confirm: string) => {
      const [first, second] = Array.from(el.querySelectorAll<HTMLInputElement>('input[type=password]'));
      first.value = password;
      first.dispatchEvent(new Event('input'));
      second.value = confirm;
      second.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      el.querySelector('form')?.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    return { fixture, el, fill, submit };
  }

  it('explains a link without a token instead of showing a form', async () => {
    const { el } = await render();
    expect(el.querySelector('form')).toBeNull();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('no invitation token');
  });

  it('refuses mismatched passwords without calling the API', async () => {
    const { el, fill, submit } = await render('tok');
    fill('a long enough password', 'a different password');
    await submit();

    backend.expectNone('/api/auth/accept-invite');
    expect(el.textContent).toContain('The passwords do not match');
  });

  it('sets the password with the token and goes home signed in', async () => {
    const { fill, submit } = await render('tok-123');
    fill('a long enough password', 'a long enough password');
    await submit();

    const call = backend.expectOne('/api/auth/accept-invite');
    expect(call.request.body).toEqual({ token: 'tok-123', password: 'a long enough password' });
    call.flush({
      accessToken: 't',
      user: { id: 'u', email: 'new@demo.rapport.test', name: 'New', roles: ['staff'] },
      organization: { id: 'o', name: 'Lumen Aesthetics' },
    });
    expect(navigateByUrl).toHaveBeenCalledWith('/home');
  });

  it('shows an expired-token problem above the form', async () => {
    const { el, fill, submit, fixture } = await render('old');
    fill('a long enough password', 'a long enough password');
    await submit();

    backend.expectOne('/api/auth/accept-invite').flush(
      { type: 'validation-error', title: 'Bad Request', status: 400, detail: 'The invitation has expired' },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('The invitation has expired');
  });
});
