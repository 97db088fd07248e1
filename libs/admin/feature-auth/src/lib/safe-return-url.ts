/**
 * Where to go after signing in. Only same-app paths are followed: `//evil.example` or an absolute URL
 * in `returnUrl` would otherwise turn the sign-in page into an open redirect.
 */
export function safeReturnUrl(returnUrl: string | undefined | null): string {
  if (!returnUrl || !returnUrl.startsWith('/') || returnUrl.startsWith('//') || returnUrl.startsWith('/\\')) {
    return '/home';
  }
  if (returnUrl.startsWith('/sign-in') || returnUrl.startsWith('/accept-invite')) return '/home';
  return returnUrl;
}
