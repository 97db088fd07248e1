import { ROLES, type Role } from '@rapport/shared/contracts';
import { brief, problemDefect, send, type Reply } from './client';
import { openApi, operations } from './openapi';
import { domainOf, ROUTES, routeKey, type RouteSpec } from './routes';
import { countChanges, rowCounts } from './snapshot';
import { buildWorld, type World } from './world';

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
      expect(violations).toEqual([]);
    },
    240_000,
  );
});
