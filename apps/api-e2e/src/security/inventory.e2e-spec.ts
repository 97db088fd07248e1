import { ROLES } from '@rapport/shared/contracts';
import { send } from './client';
import { openApi, operations } from './openapi';
import { ROUTES, routeKey, UNDOCUMENTED_PUBLIC } from './routes';

describe('route inventory: the security table covers exactly the routes the API documents', () => {
  it('every route in /api/docs-json is in the table, and every table row is a documented route', async () => {
    const documented = operations(await openApi());
    const table = ROUTES.map(routeKey);
    expect(documented.length).toBeGreaterThan(50);
    // "missing": a new route nobody decided roles, isolation and fuzzing for; add it to routes.ts.
    // "stale": a route the table still probes but the API no longer has.
    expect({
      missing: documented.filter((k) => !table.includes(k)).sort(),
      stale: table.filter((k) => !documented.includes(k)).sort(),
    }).toEqual({ missing: [], stale: [] });
  });

  it('each row is listed once, with a coherent rule and a way to call it', () => {
    const keys = ROUTES.map(routeKey);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const defects = ROUTES.flatMap((r) => {
      const out: string[] = [];
      const key = routeKey(r);
      if (r.roles !== 'public' && r.roles.length === 0) out.push(`${key}: no role may call it`);
      if (r.roles !== 'public' && r.roles.some((role) => !ROLES.includes(role)))
        out.push(`${key}: unknown role`);
      if (r.roles !== 'public' && r.hiddenFrom?.some((role) => r.roles.includes(role)))
        out.push(`${key}: a role both allowed and hidden`);
      if (/\{\w+\}/.test(r.path) && !r.make) out.push(`${key}: has path parameters but no fixture builder`);
      if (r.kind !== (r.method === 'GET' ? 'read' : 'write'))
        out.push(`${key}: kind ${r.kind} for ${r.method}`);
      return out;
    });
    expect(defects).toEqual([]);
  });

  it('the public routes outside the document (the document itself and its UI) answer without a session', async () => {
    for (const r of UNDOCUMENTED_PUBLIC) {
      const reply = await send(r.method, r.path, {}, null);
      expect({ route: routeKey(r), status: reply.status }).toEqual({ route: routeKey(r), status: 200 });
    }
  });
});
