import { ROLES, type Role } from '@rapport/shared/contracts';
import type { Call, Method } from './client';
import type { World } from './world';

/**
 * Every route of the API, who may call it, and how to call it validly with one organization's
 * records. The inventory test holds this table to /api/docs-json, so a new route cannot go
 * unprobed; the role matrix, tenant isolation and fuzz tests all read it.
 *
 * The role lists are written out here on purpose rather than imported from the API: they are the
 * specification, and a change in the API's decorators must show up as a failing test.
 */
export interface RouteSpec {
  method: Method;
  /** The OpenAPI template, e.g. `/api/interviews/{id}`. */
  path: string;
  roles: readonly Role[] | 'public';
  /** Roles answered 404 instead of 403 on purpose: the route must not confirm that a record exists. */
  hiddenFrom?: readonly Role[];
  kind: 'read' | 'write';
  /**
   * A valid call as `role` (null: unauthenticated) with `w`'s records. It may create records first
   * (a fresh location to delete, a fresh application to move), so every caller finds one to act on.
   */
  make?: (w: World, role: Role | null) => Call | Promise<Call>;
  /**
   * What `World.otherManager` gets: a second user holding only `hiring_manager`, who manages
   * another opening and sits on none of `w`'s panels. Unset: what the hiring_manager role gets.
   * `hidden` (404) for `w`'s records, `invalid` (400 naming the field) for a write that names them,
   * exactly as for another organization; `forbidden` (403) for what the role may not do at all.
   */
  otherManager?: OtherManagerExpectation;
  /** For a list the second manager may read: an id of their own records it must contain. */
  otherManagerSees?: (w: World) => string;
  /** Tables a refused request writes by design (failed sign-ins are counted for throttling). */
  writesOnReject?: string[];
}

export type MakeFn = NonNullable<RouteSpec['make']>;

export type OtherManagerExpectation = 'allowed' | 'forbidden' | 'hidden' | 'invalid';

/** Refusals of `w`'s records to the second hiring manager (see RouteSpec.otherManager). */
export const HIDDEN_FROM_OTHER_MANAGER = { otherManager: 'hidden' } as const;
export const INVALID_FOR_OTHER_MANAGER = { otherManager: 'invalid' } as const;

export const ANY: readonly Role[] = ROLES;
export const ORG_ADMINS: Role[] = ['owner', 'admin'];
export const PEOPLE_READERS: Role[] = ['owner', 'admin', 'hr'];
export const HIRING: Role[] = ['owner', 'admin', 'hr', 'hiring_manager'];
export const HIRING_READERS: Role[] = [...HIRING, 'interviewer'];
export const PANEL_ROLES: Role[] = [...HIRING_READERS, 'leader'];
export const DECIDERS: Role[] = ['owner', 'admin', 'hiring_manager'];
export const ERASERS: Role[] = ['owner', 'hr'];
export const CULTURE_ADMINS: Role[] = ['owner', 'admin', 'hr'];
export const OVERSEERS: Role[] = [...CULTURE_ADMINS, 'leader'];
export const OBSERVERS: Role[] = [...OVERSEERS, 'hiring_manager', 'staff'];
export const GOAL_ROLES: Role[] = [...CULTURE_ADMINS, 'leader'];
export const STAFF_CREATORS: Role[] = [...CULTURE_ADMINS, 'hiring_manager'];

export function route(
  method: Method,
  path: string,
  roles: RouteSpec['roles'],
  make?: MakeFn,
  extra: Partial<RouteSpec> = {},
): RouteSpec {
  return { method, path, roles, kind: method === 'GET' ? 'read' : 'write', make, ...extra };
}

let n = 0;
export const next = () => (n += 1);
export const id = (value: string) => ({ params: { id: value } });
export const c0 = (w: World) => w.competencies[0].id;
/** The caller's own staff record (the team member without an account when the caller has none). */
export const ownStaff = (w: World, role: Role | null) => ((role && w.staff[role]) || w.subject).id;

/** A setup request whose outcome the route's own answer will show (e.g. a draft already submitted). */
export const prepare = async (request: PromiseLike<unknown>) => {
  await request;
};

/** The caller's own self-review (the owner's when the caller has none). */
export function ownReview(ids: Partial<Record<Role, string>>, role: Role | null): string {
  const value = (role && ids[role]) || ids.owner;
  if (!value) throw new Error('the world has no self-review for the owner');
  return value;
}
