import { escapeLiteral } from 'pg';

/**
 * COPY cannot take bind parameters, so the tenant-scoped query built by TypeORM (`$1`, `$2`, …) is
 * turned into one statement with each parameter written as an escaped literal (pg's `escapeLiteral`).
 * Placeholders inside quoted literals or identifiers are left alone. Only strings, numbers and dates
 * are accepted: anything else in an export filter is a bug, and failing beats guessing a rendering.
 */
export function inlineParameters(sql: string, params: readonly unknown[]): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < sql.length && !(sql[j] === c && sql[j + 1] !== c)) j += sql[j] === c ? 2 : 1;
      out += sql.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const match = c === '$' ? /^\$(\d+)/.exec(sql.slice(i, i + 12)) : null;
    if (match) {
      const index = Number(match[1]) - 1;
      if (index < 0 || index >= params.length) throw new RangeError(`no value for ${match[0]}`);
      out += literal(params[index]);
      i += match[0].length;
      continue;
    }
    out += c;
    i += 1;
  }
  return out;
}

function literal(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return escapeLiteral(value);
  if (value instanceof Date) return escapeLiteral(value.toISOString());
  throw new TypeError(`cannot inline a ${typeof value} parameter into COPY`);
}
