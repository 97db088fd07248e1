import fc from 'fast-check';
import type { Call } from './client';
import {
  deepJson,
  HOSTILE_CSV_CELLS,
  HOSTILE_STRINGS,
  hostileValue,
  MALFORMED_JSON,
  oversized,
  POISON_KEYS,
  withKey,
  WRONG_CONTENT_TYPES,
} from './hostile';
import { resolve, type OpenApiDocument, type Schema } from './openapi';

/** One fuzz case: the request, and a label saying how it was built (for failure messages). */
export interface FuzzCase {
  label: string;
  call: Call;
  /** The body is larger than the API's 1 MiB limit: a dropped connection is an acceptable refusal. */
  oversized?: boolean;
}

const dateLike = fc.oneof(
  fc
    .date({ min: new Date('1000-01-01'), max: new Date('3000-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 7)),
);

/**
 * A value of the shape `schema` describes (mostly valid, sometimes at or past its limits), with
 * `ids` (records of the fuzzed organization) as the likely uuids so that requests reach the services.
 */
export function fromSchema(
  doc: OpenApiDocument,
  raw: Schema | undefined,
  ids: string[],
  depth = 0,
): fc.Arbitrary<unknown> {
  const schema = resolve(doc, raw);
  if (!schema || depth > 3) return fc.constant({});
  let arb: fc.Arbitrary<unknown>;
  if (schema.enum?.length) arb = fc.constantFrom(...schema.enum);
  else if (schema.type === 'string') {
    if (schema.format === 'uuid') arb = ids.length ? fc.oneof(fc.constantFrom(...ids), fc.uuid()) : fc.uuid();
    else if (schema.format === 'email') arb = fc.emailAddress();
    else {
      const max = schema.maxLength ?? 60;
      arb = fc.oneof(
        fc.string({ maxLength: Math.min(max, 60) }),
        fc.string({ minLength: max, maxLength: max + 2 }),
        dateLike,
      );
    }
  } else if (schema.type === 'number' || schema.type === 'integer') {
    const min = schema.minimum ?? -1_000;
    const max = schema.maximum ?? 1_000;
    arb = fc.oneof(
      fc.integer({ min: Math.ceil(min) - 1, max: Math.floor(max) + 1 }),
      fc.double({ min: min - 1, max: max + 1, noNaN: true }),
    );
  } else if (schema.type === 'boolean') arb = fc.boolean();
  else if (schema.type === 'array') {
    arb = fc.array(fromSchema(doc, schema.items, ids, depth + 1), {
      maxLength: Math.min(schema.maxItems ?? 4, 4),
    });
  } else if (schema.properties) {
    const props = Object.fromEntries(
      Object.entries(schema.properties).map(([k, s]) => [k, fromSchema(doc, s, ids, depth + 1)]),
    );
    arb = fc.record(props, { requiredKeys: schema.required?.filter((k) => k in props) ?? [] });
  } else arb = fc.jsonValue({ maxDepth: 1 });
  return schema.nullable ? fc.oneof(fc.constant(null), arb) : arb;
}

/** Paths of the leaves and containers of a JSON value, e.g. `questions.0.anchors.1`. */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return prefix.length ? [prefix] : [];
  const own = prefix.length ? [prefix] : [];
  return [...own, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

function setAt(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy: Record<string, unknown> = Array.isArray(value)
    ? ([...value] as unknown as Record<string, unknown>)
    : { ...(value as object) };
  const [head, ...rest] = path;
  copy[head] = setAt(copy[head], rest, replacement);
  return copy;
}

/** The fuzz cases of a JSON route: derived from its request schema and its valid example call. */
export function jsonCases(
  doc: OpenApiDocument,
  schema: Schema | undefined,
  base: Call,
  ids: string[],
): fc.Arbitrary<FuzzCase> {
  const body = (base.body ?? {}) as Record<string, unknown>;
  const topKeys = [...new Set([...Object.keys(schema?.properties ?? {}), ...Object.keys(body)])];
  const paths = [...new Set([...pathsOf(body), ...topKeys.map((k) => [k])].map((p) => p.join('\u0001')))].map(
    (p) => p.split('\u0001'),
  );
  const field = (path: string[]) => {
    const propSchema = schema?.properties?.[path[0]];
    return fc.oneof(hostileValue(), path.length === 1 ? fromSchema(doc, propSchema, ids) : hostileValue());
  };
  const json = (b: unknown, label: string): FuzzCase => ({
    label,
    call: { ...base, body: b, raw: undefined },
  });
  const raw = (contentType: string, payload: string, label: string, big = false): FuzzCase => ({
    label,
    call: { ...base, body: undefined, raw: { contentType, payload } },
    oversized: big,
  });

  const cases: { weight: number; arbitrary: fc.Arbitrary<FuzzCase> }[] = [
    // One field of the valid body replaced: reaches the deepest code with one bad value.
    {
      weight: 8,
      arbitrary: paths.length
        ? fc
            .constantFrom(...paths)
            .chain((path) =>
              field(path).map((v) => json(setAt(body, path, v), `field ${path.join('.')} = ${preview(v)}`)),
            )
        : hostileValue().map((v) => json(v, `body = ${preview(v)}`)),
    },
    // A whole object from the schema, each property valid, random, hostile or missing.
    {
      weight: 4,
      arbitrary: fc
        .record(
          Object.fromEntries(
            topKeys.map((k) => [
              k,
              fc.oneof(fc.constant(body[k]), fromSchema(doc, schema?.properties?.[k], ids), hostileValue()),
            ]),
          ),
          {
            requiredKeys: [],
          },
        )
        .map((b) => json(b, `schema object ${preview(b)}`)),
    },
    // Prototype pollution and mass assignment.
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...POISON_KEYS)
        .map(([k, v]) => raw('application/json', withKey(body, k, v), `extra key ${k}`)),
    },
    // The whole body of the wrong kind, or nested deeper than any parser should follow.
    {
      weight: 2,
      arbitrary: fc.oneof(
        hostileValue().map((v) => json(v, `whole body ${preview(v)}`)),
        fc
          .constantFrom(200, 2_000)
          .map((d) => raw('application/json', deepJson(d, 'object'), `nested ${d} deep`)),
      ),
    },
    // Not JSON, not announced as JSON, or too big.
    {
      weight: 3,
      arbitrary: fc.oneof(
        fc.constantFrom(...MALFORMED_JSON).map((p) => raw('application/json', p, `malformed ${preview(p)}`)),
        fc
          .constantFrom(...WRONG_CONTENT_TYPES)
          .map((t) => raw(t, JSON.stringify(body), `content-type "${t}"`)),
        fc
          .constantFrom(1_100_000, 3_000_000)
          .map((n) => raw('application/json', oversized(n), `oversized ${n} bytes`, true)),
      ),
    },
  ];
  if (base.params) cases.push({ weight: 2, arbitrary: hostileParams(base) });
  if (base.cookie) cases.push({ weight: 3, arbitrary: hostileCookie(base) });
  return fc.oneof(...cases);
}

/**
 * Cases every run includes, whatever the seed: the values most likely to break a layer below the
 * validation (NUL bytes and lone surrogates PostgreSQL refuses in text and jsonb; null and wrong
 * types in every field), and the transport attacks (deep nesting, malformed, oversized, wrong type).
 */
export function probeCases(base: Call, schemaKeys: string[] = [], limit = 40): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const raw = (contentType: string, payload: string, label: string, big = false): FuzzCase => ({
    label,
    call: { ...base, body: undefined, file: undefined, raw: { contentType, payload } },
    oversized: big,
  });
  if (base.file) {
    const header = 'staff_email,location_code,period,metric,value';
    for (const cell of ['a\u0000b@x.test', '\uD800', "' OR 1=1 --"]) {
      cases.push({
        label: `csv cell ${preview(cell)}`,
        call: { ...base, file: { ...base.file, content: `${header}\n${cell},,2026-08,on_time_rate,0.5\n` } },
      });
    }
    cases.push(raw('multipart/form-data; boundary=x', '--x\r\nbroken', 'broken multipart'));
  } else if (base.body && typeof base.body === 'object') {
    const body = base.body as Record<string, unknown>;
    const strings = pathsOf(body).filter(
      (p) => typeof p.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], body) === 'string',
    );
    for (const path of strings) {
      for (const v of ['a\u0000b', '\uD800x'])
        cases.push({
          label: `field ${path.join('.')} = ${preview(v)}`,
          call: { ...base, body: setAt(body, path, v) },
        });
    }
    // null in every field (PATCH DTOs mark fields optional, and optional lets null through).
    for (const key of new Set([...Object.keys(body), ...schemaKeys])) {
      cases.push({ label: `field ${key} = null`, call: { ...base, body: setAt(body, [key], null) } });
    }
    for (const key of Object.keys(body))
      cases.push({ label: `field ${key} = ["x"]`, call: { ...base, body: setAt(body, [key], ['x']) } });
  }
  cases.splice(limit - 6);
  cases.push(
    raw('application/json', deepJson(5_000, 'object'), 'nested 5000 objects deep'),
    raw('application/json', deepJson(10_000, 'array'), 'nested 10000 arrays deep'),
    raw('application/json', '{"name":', 'truncated JSON'),
    raw('text/plain', JSON.stringify(base.body ?? {}), 'content-type text/plain'),
    raw('application/json', oversized(1_100_000), 'oversized 1.1 MB', true),
  );
  if (base.cookie) {
    for (const v of [encodeURIComponent("' OR 1=1 --"), 'A'.repeat(4_000)]) {
      cases.push({ label: `cookie rp_refresh=${preview(v)}`, call: { ...base, cookie: `rp_refresh=${v}` } });
    }
  }
  if (base.params) {
    const [name] = Object.keys(base.params);
    cases.push({
      label: `path {${name}} = SQL`,
      call: { ...base, params: { ...base.params, [name]: "' OR 1=1 --" } },
    });
  }
  return cases;
}

/** The fuzz cases of the CSV import (multipart): hostile files, fields and framing. */
export function csvCases(base: Call): fc.Arbitrary<FuzzCase> {
  const header = 'staff_email,location_code,period,metric,value';
  const cell = fc.oneof(fc.constantFrom(...HOSTILE_CSV_CELLS), fc.string({ maxLength: 20 }));
  const row = fc.array(cell, { minLength: 1, maxLength: 6 }).map((cells) => cells.join(','));
  const file = (content: string, label: string, field = 'file'): FuzzCase => ({
    label,
    call: { ...base, file: { field, name: 'metrics.csv', content } },
  });
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .array(row, { minLength: 1, maxLength: 8 })
        .map((rows) => file([header, ...rows].join('\n'), `rows ${preview(rows)}`)),
    },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS).map((s) => file(s, `file ${preview(s)}`)) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('upload', '', '__proto__')
        .map((f) => file(`${header}\n`, `field "${f}"`, f)),
    },
    {
      weight: 1,
      arbitrary: fc.constant(
        file(`${header}\n${'x@y.z,,2026-08,on_time_rate,0.5\n'.repeat(60_000)}`, '1.9 MB of rows'),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...MALFORMED_JSON).map((p) => ({
        label: `json ${preview(p)}`,
        call: { ...base, file: undefined, raw: { contentType: 'application/json', payload: p } },
      })),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom('--x\r\nbroken', 'garbage', '--x--').map((p) => ({
        label: `broken multipart ${p}`,
        call: {
          ...base,
          file: undefined,
          raw: { contentType: 'multipart/form-data; boundary=x', payload: p },
        },
      })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('yes', '1', HOSTILE_STRINGS[0]).map((d) => ({
        ...file(`${header}\n`, `dryRun=${preview(d)}`),
        call: { ...base, query: { dryRun: d } },
      })),
    },
  );
}

function hostileParams(base: Call): fc.Arbitrary<FuzzCase> {
  const names = Object.keys(base.params ?? {});
  return fc
    .tuple(
      fc.constantFrom(...names),
      fc.oneof(
        fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length < 2_000)),
        fc.string({ unit: 'binary', maxLength: 30 }),
      ),
    )
    .filter(([, v]) => v.length > 0)
    .map(([name, v]) => ({
      label: `path {${name}} = ${preview(v)}`,
      call: { ...base, params: { ...base.params, [name]: v } },
    }));
}

function hostileCookie(base: Call): fc.Arbitrary<FuzzCase> {
  // A header carries printable ASCII only (fetch refuses anything else before it is sent).
  const printable = HOSTILE_STRINGS.filter((s) => s.length < 4_000 && /^[ -~]*$/.test(s) && !s.includes(';'));
  const values = fc.oneof(
    fc.constantFrom(...printable),
    fc.string({ maxLength: 40 }).map(encodeURIComponent),
  );
  return values.map((v) => ({
    label: `cookie rp_refresh=${preview(v)}`,
    call: { ...base, cookie: `rp_refresh=${v}` },
  }));
}

/** A short, printable rendering of a value for failure messages. */
export function preview(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 60)}…(${text.length} chars)` : text;
}
