import type { Route } from '@angular/router';
import { guestGuard } from '@rapport/admin/data-access';
import { AcceptInvitePage } from './accept-invite/accept-invite.page';
import { SignInPage } from './sign-in/sign-in.page';

export const signInRoutes: Route[] = [
  { path: '', canActivate: [guestGuard], component: SignInPage, title: 'Sign in · Rapport' },
];

/** Open to anyone holding a link: a signed-in admin may open one to check it, which signs in as the invitee. */
export const acceptInviteRoutes: Route[] = [
  { path: '', component: AcceptInvitePage, title: 'Accept invitation · Rapport' },
];
