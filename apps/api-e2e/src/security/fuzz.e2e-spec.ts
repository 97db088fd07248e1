import fc from 'fast-check';
import { appendFileSync } from 'node:fs';
import { csvCases, jsonCases, probeCases, type FuzzCase } from './arbitraries';
import { brief, problemDefect, send } from './client';
import { openApi, operations, requestSchema, type OpenApiDocument } from './openapi';
import { ROUTES, routeKey, type RouteSpec } from './routes';
import { countChanges, rowCounts } from './snapshot';
import { buildWorld, type World } from './world';
import { dropSnapshot, snapshotWorld } from './world-snapshot';

/**
 * Every write route (POST/PUT/PATCH) takes RUNS generated requests from one signed-in owner:
 * schema-shaped bodies with hostile values, poisoned keys, malformed and oversized payloads, wrong
 * content types, hostile path ids and cookies. The API must answer each without a server error,
 * refuse with a problem document, and write nothing when it refuses.
 *
 * FUZZ_RUNS and FUZZ_SEED change the run (tools/bench/fuzz-long.mjs uses them); FUZZ_REPORT names
 * a file that receives one JSON line of counts per route.
 */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 100);
const SEED = Number(process.env['FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
const WRITES = ROUTES.filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method));

/** Every uuid in the world: what schema-shaped uuids are drawn from, so requests reach the services. */
function idsOf(w: World): string[] {
  const found =
    JSON.stringify(w).match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [];
  return [...new Set(found)];
}

async function casesFor(doc: OpenApiDocument, r: RouteSpec, w: World): Promise<FuzzCase[]> {
  const base = r.make ? await r.make(w, 'owner') : {};
  const schema = requestSchema(doc, r.method, r.path);
  const arbitrary = base.file ? csvCases(base) : jsonCases(doc, schema, base, idsOf(w));
  const probes = probeCases(base, Object.keys(schema?.properties ?? {}));
  // No shrinking: every case runs once, and every violation is reported with its label and the seed.
  const random = fc.sample(arbitrary, {
    numRuns: Math.max(RUNS - probes.length, Math.ceil(RUNS / 2)),
    seed: SEED,
  });
  return [...probes, ...random];
}

describe('fuzzing every write route', () => {
  let doc: OpenApiDocument;
  beforeAll(async () => {
    doc = await openApi();
  });
  afterAll(async () => {
    await dropSnapshot();
  });

  it.each(WRITES.map((r) => [routeKey(r), r] as const))(
    '%s: no server error, every refusal a problem document that wrote nothing',
    async (key, r) => {
      expect(operations(doc)).toContain(key);
      const w = await snapshotWorld(() => buildWorld('FUZZQZ', { full: false }));
      const token = w.owner.token;
      const violations: string[] = [];
      // The valid example (with records of its own) must succeed, or the cases below, built from
      // another copy of it, would only ever exercise the validation layer.
      const valid = await send(r.method, r.path, r.make ? await r.make(w, 'owner') : {}, token);
      if (valid.status < 200 || valid.status > 299)
        violations.push(`${key} [the valid example]: ${brief(valid)}`);
      const cases = await casesFor(doc, r, w);
      const statuses: Record<string, number> = {};
      let before = await rowCounts();
      for (const c of cases) {
        const reply = await send(r.method, r.path, c.call, token);
        const after = await rowCounts();
        statuses[reply.status] = (statuses[reply.status] ?? 0) + 1;
        const what = `${key} [${c.label}]`;
        const refused = reply.status === 0 || (reply.status >= 400 && reply.status < 500);
        if (reply.status >= 500) violations.push(`${what}: ${brief(reply)}`);
        if (reply.status === 0 && !c.oversized) violations.push(`${what}: ${reply.text}`);
        if (reply.status >= 400 && reply.status < 500) {
          const defect = problemDefect(reply);
          if (defect) violations.push(`${what}: ${reply.status} is not a problem document (${defect})`);
        }
        if (refused) {
          const changed = countChanges(before, after, r.writesOnReject);
          if (changed.length)
            violations.push(`${what}: refused with ${reply.status} but wrote ${changed.join(', ')}`);
        }
        before = after;
      }
      if (process.env['FUZZ_REPORT']) {
        const line = { route: key, cases: cases.length, seed: SEED, statuses, violations: violations.length };
        appendFileSync(process.env['FUZZ_REPORT'], `${JSON.stringify(line)}\n`);
      }
      // Every distinct failure once (the same defect tends to repeat across cases), first 40 shown.
      expect({
        seed: SEED,
        total: violations.length,
        violations: [...new Set(violations)].slice(0, 40).map((v) => v.slice(0, 400)),
      }).toEqual({ seed: SEED, total: 0, violations: [] });
    },
    Math.max(180_000, RUNS * 1_000),
  );
});
