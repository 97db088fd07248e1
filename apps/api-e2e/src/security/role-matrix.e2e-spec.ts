import { ROLES, type Role } from '@rapport/shared/contracts';
import { brief, problemDefect, send, type Reply } from './client';
import { readableText } from './export-text';
import { openApi, operations } from './openapi';
import { domainOf, ROUTES, routeKey, type RouteSpec } from './routes';
import type { OtherManagerExpectation } from './route-spec';
import { countChanges, fingerprintChanges, leakedMarkers, orgFingerprint, rowCounts } from './snapshot';
import { buildWorld, otherManager, type World } from './world';

type Expectation = 'allowed' | 'forbidden' | 'hidden' | 'unauthenticated';

/** What the table says a caller with `role` (null: no session) must get from route `r`. */
function expectationFor(r: RouteSpec, role: Role | null): Expectation {
  if (r.roles === 'public') return 'allowed';
  if (role === null) return 'unauthenticated';
  if (r.roles.includes(role)) return 'allowed';
  return r.hiddenFrom?.includes(role) ? 'hidden' : 'forbidden';
}

const REFUSAL: Record<Exclude<Expectation, 'allowed'>, number> = {
  forbidden: 403,
  hidden: 404,
  unauthenticated: 401,
};

function judge(r: RouteSpec, role: Role | null, expectation: Expectation, reply: Reply): string[] {
  const where = `${routeKey(r)} as ${role ?? 'anonymous'}`;
  const out: string[] = [];
  if (reply.status >= 500 || reply.status === 0) out.push(`${where}: server error ${brief(reply)}`);
  if (reply.status >= 400 && reply.status < 500) {
    const defect = problemDefect(reply);
    if (defect) out.push(`${where}: ${reply.status} is not a problem document (${defect})`);
  }
  if (expectation === 'allowed') {
    // Allowed callers may still be refused for data reasons (404, 409, 400), never for who they are.
    if (reply.status === 401 || reply.status === 403)
      out.push(`${where}: allowed by the table, got ${brief(reply)}`);
  } else if (reply.status !== REFUSAL[expectation]) {
    out.push(`${where}: expected ${REFUSAL[expectation]} (${expectation}), got ${brief(reply)}`);
  }
  return out;
}

/** Calls `r` as a user of each role and as nobody; returns every departure from the table. */
async function probe(w: World, r: RouteSpec): Promise<string[]> {
  const violations: string[] = [];
  let successes = 0;
  for (const role of [null, ...ROLES]) {
    const call = r.make ? await r.make(w, role) : {};
    const token = role ? (w.users[role]?.token ?? null) : null;
    if (role && !token) throw new Error(`the world has no ${role}`);
    const expectation = expectationFor(r, role);
    const before = expectation === 'allowed' ? undefined : await rowCounts();
    const reply = await send(r.method, r.path, call, token);
    violations.push(...judge(r, role, expectation, reply));
    if (expectation === 'allowed' && reply.status >= 200 && reply.status < 300) successes += 1;
    if (before) {
      const changed = countChanges(before, await rowCounts(), r.writesOnReject);
      if (changed.length)
        violations.push(`${routeKey(r)} as ${role ?? 'anonymous'}: refused, yet wrote ${changed.join(', ')}`);
    }
  }
  // The fixture must let some allowed caller through, or "not 401/403" would prove nothing.
  if (successes === 0) violations.push(`${routeKey(r)}: no allowed caller got a 2xx with the fixture`);
  return violations;
}

const OTHER_REFUSAL: Record<Exclude<OtherManagerExpectation, 'allowed'>, number> = {
  forbidden: 403,
  hidden: 404,
  invalid: 400,
};

/** What the second hiring manager must get: the route's own entry, else what the role gets. */
function otherManagerExpectation(r: RouteSpec): OtherManagerExpectation {
  if (r.otherManager) return r.otherManager;
  const role = expectationFor(r, 'hiring_manager');
  return role === 'allowed' ? 'allowed' : role === 'hidden' ? 'hidden' : 'forbidden';
}

/**
 * Identifiers of `w`'s hiring records outside the second manager's view: the first opening, its
 * candidates, applications and interviews, and the interviewer who sits only on its panels.
 */
function outOfScope(w: World): Set<string> {
  return new Set(
    [
      w.opening.id,
      w.candidate.id,
      w.candidate.email,
      w.application.id,
      w.doneApplication.id,
      w.doneApplication.candidateId,
      w.interview.id,
      w.doneInterview.id,
      w.users.interviewer?.user.id ?? '',
    ]
      .filter((m) => m !== '')
      .map((m) => m.toLowerCase()),
  );
}

/**
 * Calls `r` as a second hiring manager, who manages another opening and sits on none of `w`'s
 * panels (issue 13): refused as the table says with `w`'s rows unchanged, and no answer of theirs
 * names a record outside their openings.
 */
async function probeOtherManager(w: World, r: RouteSpec): Promise<string[]> {
  const other = otherManager(w);
  const where = `${routeKey(r)} as a second hiring_manager`;
  const call = r.make ? await r.make(w, 'hiring_manager') : {};
  const expectation = otherManagerExpectation(r);
  const before = await orgFingerprint(w.owner.org.id);
  const reply = await send(r.method, r.path, call, other.session.token);
  const out: string[] = [];
  if (reply.status >= 500 || reply.status === 0) out.push(`${where}: server error ${brief(reply)}`);
  if (reply.status >= 400 && reply.status < 500) {
    const defect = problemDefect(reply);
    if (defect) out.push(`${where}: ${reply.status} is not a problem document (${defect})`);
  }
  if (expectation === 'allowed') {
    if (reply.status < 200 || reply.status >= 300) out.push(`${where}: expected 2xx, got ${brief(reply)}`);
  } else {
    if (reply.status !== OTHER_REFUSAL[expectation]) {
      out.push(`${where}: expected ${OTHER_REFUSAL[expectation]} (${expectation}), got ${brief(reply)}`);
    }
    const changed = fingerprintChanges(before, await orgFingerprint(w.owner.org.id));
    if (changed.length) out.push(`${where}: refused, yet changed ${changed.join(', ')}`);
  }
  const text = await readableText(reply);
  const leaked = leakedMarkers(text, outOfScope(w), JSON.stringify(call));
  if (leaked.length) out.push(`${where}: the answer (${reply.status}) names ${leaked.join(', ')}`);
  const own = r.otherManagerSees?.(w);
  if (own && !text.toLowerCase().includes(own.toLowerCase())) out.push(`${where}: the answer lacks their own ${own}`);
  return out;
}

describe('role matrix: every route, every role, against the table', () => {
  it.each([
    ['organization', 'hiring'],
    ['culture', 'reports'],
  ] as const)(
    '%s and %s routes: allowed roles pass, others get 403 (or the listed 404), no session gets 401',
    async (...domains) => {
      const documented = new Set(operations(await openApi()));
      // Rows the API does not (yet) document are reported by the inventory test, not probed here.
      const routes = ROUTES.filter(
        (r) => (domains as readonly string[]).includes(domainOf(r)) && documented.has(routeKey(r)),
      );
      expect(routes.length).toBeGreaterThan(0);
      const w = await buildWorld('MATRIXQZ', { full: true });
      const violations: string[] = [];
      for (const r of routes) violations.push(...(await probe(w, r)));
      // A second hiring manager on every hiring route and export (issue 13).
      for (const r of routes.filter((x) => ['hiring', 'reports'].includes(domainOf(x)))) {
        violations.push(...(await probeOtherManager(w, r)));
      }
      expect(violations).toEqual([]);
    },
    240_000,
  );
});
