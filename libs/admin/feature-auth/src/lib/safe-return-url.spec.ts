import { safeReturnUrl } from './safe-return-url';

describe('safeReturnUrl', () => {
  it('follows a path inside the app', () => {
    expect(safeReturnUrl('/settings/users?tab=1')).toBe('/settings/users?tab=1');
  });

  it.each([undefined, '', 'https://evil.example', '//evil.example/x', '/\\evil.example', 'settings'])(
    'goes home instead of to %p',
    (url) => expect(safeReturnUrl(url)).toBe('/home'),
  );

  it('does not send a user back to a signed-out page', () => {
    expect(safeReturnUrl('/sign-in?returnUrl=%2Fhome')).toBe('/home');
  });
});
