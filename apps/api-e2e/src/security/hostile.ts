import fc from 'fast-check';

/**
 * Values an attacker or a broken client sends: sizes past every limit, text that breaks encodings
 * and parsers (NUL, lone surrogates, bidi overrides), injection payloads, numbers at and past the
 * edges of every numeric type, dates that do not exist, and every wrong JSON type.
 */
const LONG = 'A'.repeat(10_000);
export const HOSTILE_STRINGS = [
  LONG,
  'é'.repeat(10_000),
  '😀👩‍⚕️'.repeat(2_000),
  '\u202Eevil.exe\u202C',
  'مرحبا שלום',
  'Ｚａｌｇｏ̵̡̢̛̛̛̖̗̘̙̜̝̞̟̠',
  'a\u0000b',
  '\u0000',
  '\uD800',
  '\uDFFFx\uD83D',
  '\uFEFF\u200B\u2028\u2029',
  "' OR 1=1 --",
  "'; DROP TABLE users; --",
  '" OR ""="',
  '$1; SELECT pg_sleep(5)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(document.cookie)>',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '%00%0d%0a',
  '=cmd|/C calc!A0',
  '',
  ' ',
  '\n\t\r',
  'null',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '9'.repeat(400),
  '0x7fffffff',
  '2026-02-30',
  '0000-00-00',
  '275760-09-14',
  '2026-13-45T99:99:99Z',
  '-infinity',
  'epoch',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
];

export const HOSTILE_NUMBERS = [
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER - 2,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 63,
  0,
  -0,
  -1,
  0.5,
  1e-320,
  3.000000000000001,
];

export const WRONG_TYPES: unknown[] = [
  null,
  true,
  false,
  [],
  {},
  [1, 2],
  { a: 1 },
  [null],
  [[[]]],
  { $gt: '' },
  [LONG],
];

/** One hostile JSON value of any kind. */
export function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
    { weight: 2, arbitrary: fc.constantFrom(...WRONG_TYPES) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
}

/** JSON text nested `depth` levels deep (arrays or objects). */
export function deepJson(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}1${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Bodies that are not JSON at all, or JSON that trips parsers. */
export const MALFORMED_JSON = [
  '{',
  '{"a":1,}',
  "{'name':'x'}",
  '{"name":"x"',
  'undefined',
  'NaN',
  '\u0000',
  '\uFEFF{}',
  '{"name":"\\ud800"}',
  '{"name":"\\u0000"}',
  '{"name":"a","name":"b"}',
  '[]]',
  '1e999999',
  '{"a":1e999999}',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  deepJson(10_000, 'array'),
  deepJson(5_000, 'object'),
];

export const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/jsonx',
  'application/problem+json',
  'text/html; charset=utf-8',
  '',
];

/** Keys that poison prototypes or assign what a client must never set. */
export const POISON_KEYS: [string, unknown][] = [
  ['__proto__', { isAdmin: true, roles: ['owner'] }],
  ['constructor', { prototype: { isAdmin: true } }],
  ['prototype', { polluted: true }],
  ['organizationId', '00000000-0000-4000-8000-000000000000'],
  ['id', '00000000-0000-4000-8000-000000000001'],
  ['createdAt', '1970-01-01T00:00:00.000Z'],
  ['hasOwnProperty', 'x'],
  ['toString', 'x'],
];

/** `body` as JSON text with `key` inserted verbatim (JSON.stringify would drop or rename `__proto__`). */
export function withKey(body: unknown, key: string, value: unknown): string {
  const base = body && typeof body === 'object' && !Array.isArray(body) ? JSON.stringify(body) : '{}';
  const inner = base.slice(1, -1);
  return `{${JSON.stringify(key)}:${JSON.stringify(value)}${inner ? `,${inner}` : ''}}`;
}

/** A valid-JSON body of about `bytes` bytes (past the 1 MiB body limit when bytes > 1048576). */
export function oversized(bytes: number): string {
  return JSON.stringify({ name: 'x'.repeat(bytes) });
}

/** Cells of a metrics CSV as an attacker writes them (formula injection, quotes, NULs, huge). */
export const HOSTILE_CSV_CELLS = [
  ...HOSTILE_STRINGS.filter((s) => s.length < 1_000),
  '"unterminated',
  '"a""b"',
  'a,b',
  '=HYPERLINK("http://x")',
  '+1',
  '-1',
  '@SUM(1)',
  '1,5',
  '0.9\r',
];
