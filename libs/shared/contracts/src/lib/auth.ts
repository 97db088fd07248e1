import type { Role } from './roles';

export interface SignupRequest {
  organizationName: string;
  name: string;
  email: string;
  password: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface AcceptInviteRequest {
  token: string;
  password: string;
}

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  roles: Role[];
}

export interface OrganizationSummary {
  id: string;
  name: string;
}

/** Body of signup (201). The refresh token travels only in the httpOnly `rp_refresh` cookie. */
export interface SignupResponse {
  accessToken: string;
  user: UserSummary;
  organization: OrganizationSummary;
}

/** Body of login and refresh (200). */
export interface SessionResponse {
  accessToken: string;
  user: UserSummary;
  organization: OrganizationSummary;
}

/** Body of GET /api/auth/me. */
export interface MeResponse {
  user: UserSummary;
  organization: OrganizationSummary;
}

/** Minimum password length enforced by the API (NIST SP 800-63B: length over composition, plus a blocklist). */
export const PASSWORD_MIN_LENGTH = 12;
export const REFRESH_COOKIE = 'rp_refresh';
