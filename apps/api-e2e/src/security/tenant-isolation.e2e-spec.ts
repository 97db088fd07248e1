import { ROLES, type Role } from '@rapport/shared/contracts';
import type { Session } from '../factories';
import { brief, problemDefect, send, type Call } from './client';
import { readableText } from './export-text';
import { openApi, operations } from './openapi';
import { domainOf, ROUTES, routeKey, type RouteSpec } from './routes';
import { fingerprintChanges, leakedMarkers, orgFingerprint, orgMarkers } from './snapshot';
import { buildWorld, outsiders, type World } from './world';

const A = 'ALPHAQZ';
const B = 'BRAVOQZ';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * Organization B's users of every role call `r` with organization A's ids and valid bodies (the
 * route's fixture builder run against A's world, so every uuid in the call is one of A's). B must
 * never get A's data, never write with A's ids, never change A's rows, never cause a server error.
 */
async function isolate(
  a: World,
  b: Record<Role, Session>,
  markers: Set<string>,
  r: RouteSpec,
): Promise<string[]> {
  const calls: [Role, Call][] = [];
  for (const role of ROLES) calls.push([role, r.make ? await r.make(a, role) : {}]);
  const violations: string[] = [];
  const before = await orgFingerprint(a.owner.org.id);
  for (const [role, call] of calls) {
    const reply = await send(r.method, r.path, call, b[role].token);
    const where = `${routeKey(r)} as B's ${role}`;
    const sent = JSON.stringify(call);
    const ok = reply.status >= 200 && reply.status < 300;
    if (reply.status >= 500 || reply.status === 0) violations.push(`${where}: server error ${brief(reply)}`);
    if (reply.status >= 400 && reply.status < 500) {
      const defect = problemDefect(reply);
      if (defect) violations.push(`${where}: ${reply.status} is not a problem document (${defect})`);
    }
    if (ok && Object.values(call.params ?? {}).some((v) => UUID.test(v))) {
      violations.push(`${where}: answered ${reply.status} for A's record ${JSON.stringify(call.params)}`);
    }
    if (ok && r.kind === 'write' && UUID.test(sent))
      violations.push(`${where}: accepted a write naming A's records (${reply.status})`);
    const leaked = leakedMarkers(await readableText(reply), markers, sent);
    if (leaked.length)
      violations.push(`${where}: the answer (${reply.status}) contains A's ${leaked.slice(0, 5).join(', ')}`);
  }
  const changed = fingerprintChanges(before, await orgFingerprint(a.owner.org.id));
  if (changed.length) violations.push(`${routeKey(r)}: B's calls changed A's rows in ${changed.join(', ')}`);
  return violations;
}

describe("tenant isolation: organization B's users of every role, with A's ids, on every route", () => {
  it.each([
    ['organization', 'hiring'],
    ['culture', 'reports'],
  ] as const)(
    '%s and %s routes: no 2xx on A’s records, no A data in any answer, A’s rows unchanged, no 5xx',
    async (...domains) => {
      const documented = new Set(operations(await openApi()));
      // Public routes act on credentials (a password, an invitation or refresh token), not on an
      // organization's records; undocumented rows are the inventory test's to report.
      const routes = ROUTES.filter(
        (r) =>
          r.roles !== 'public' &&
          (domains as readonly string[]).includes(domainOf(r)) &&
          documented.has(routeKey(r)),
      );
      expect(routes.length).toBeGreaterThan(0);
      const a = await buildWorld(A, { full: true });
      const b = await outsiders(B);
      const markers = await orgMarkers(a.owner.org.id, A);
      expect(markers.size).toBeGreaterThan(50);
      const violations: string[] = [];
      for (const r of routes) violations.push(...(await isolate(a, b, markers, r)));
      expect(violations).toEqual([]);
    },
    240_000,
  );
});
