import type { Route } from '@angular/router';
import { guestGuard } from '@rapport/admin/data-access';
import { AcceptInvitePage } from './accept-invite/accept-invite.page';
import { ForgotPasswordPage } from './forgot-password/forgot-password.page';
import { ResetPasswordPage } from './reset-password/reset-password.page';
import { SignInPage } from './sign-in/sign-in.page';

export const signInRoutes: Route[] = [
  { path: '', canActivate: [guestGuard], component: SignInPage, title: 'Sign in · Rapport' },
];

/** Open to anyone holding a link: a signed-in admin may open one to check it, which signs in as the invitee. */
export const acceptInviteRoutes: Route[] = [
  { path: '', component: AcceptInvitePage, title: 'Accept invitation · Rapport' },
];

/** "Forgot password?": ask for a link, then choose a new password from it. Open to anyone. */
export const forgotPasswordRoutes: Route[] = [
  { path: '', component: ForgotPasswordPage, title: 'Forgot password · Rapport' },
];

export const resetPasswordRoutes: Route[] = [
  { path: '', component: ResetPasswordPage, title: 'Reset password · Rapport' },
];
