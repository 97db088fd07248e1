import type { Role } from './roles';

export interface User {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  /** false once deactivated: a deactivated user cannot sign in and their sessions are revoked. */
  active: boolean;
  /** true until the invitation has been accepted (password set). */
  invitationPending: boolean;
  /** Optimistic-locking version: send it back on PATCH to get 409 instead of overwriting a newer edit. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateUserRequest {
  email: string;
  name: string;
  roles: Role[];
}

/** 201 body of POST /api/users: the user and a one-time invitation link (shown once). */
export interface CreateUserResponse {
  user: User;
  invitationUrl: string;
  invitationToken: string;
  invitationExpiresAt: string;
  /**
   * How the invitation message left: `emailed` (SMTP configured) or `kept` (no SMTP: read it in
   * Settings → Messages, GET /api/messages). Also the answer of POST /api/users/:id/invitation.
   */
  invitationDelivery: 'emailed' | 'kept';
}

export interface UpdateUserRequest {
  name?: string;
  roles?: Role[];
  active?: boolean;
  version: number;
}
