import type { SelectQueryBuilder } from 'typeorm';
import { ValidationFailedException } from '../filters/validation-exception';
import { decodeKeysetCursor, encodeKeysetCursor, isKeyValue, pageByKeyset, type KeysetOrder } from './keyset-query';

const ID = '0b6f4a52-6c1e-4c8e-9a57-1f0f8f0c2d11';
const ORDER: KeysetOrder = {
  alias: 'o',
  keys: [
    { sql: 'o.observed_at', type: 'date' },
    { sql: 'o.created_at', type: 'timestamptz' },
  ],
  direction: 'DESC',
};

const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function fieldOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ValidationFailedException) return err.fieldErrors.map((e) => e.field);
    throw err;
  }
  throw new Error('expected a ValidationFailedException');
}

describe('keyset cursors', () => {
  it('round-trips the sort keys and the id, microseconds included', () => {
    const cursor = encodeKeysetCursor(['2026-03-01', '2026-03-01T10:11:12.123456Z'], ID);
    expect(decodeKeysetCursor(cursor, ORDER)).toEqual({ keys: ['2026-03-01', '2026-03-01T10:11:12.123456Z'], id: ID });
  });

  it('keeps text keys of any script exactly', () => {
    const name = 'Zoë “Quote” \\ Ōsaka 山田';
    const cursor = encodeKeysetCursor([name], ID);
    expect(decodeKeysetCursor(cursor, { keys: [{ sql: 's.name', type: 'text' }] })).toEqual({ keys: [name], id: ID });
  });

  it.each([
    ['not base64 JSON', '%%%not-a-cursor'],
    ['JSON that is not an array', forge({ key: 'x', id: ID })],
    ['too few parts', forge(['2026-03-01', ID])],
    ['too many parts', forge(['2026-03-01', '2026-03-01T10:11:12.123456Z', 'x', ID])],
    ['a number where a string belongs', forge(['2026-03-01', 5, ID])],
    ['an id that is not a uuid', forge(['2026-03-01', '2026-03-01T10:11:12.123456Z', 'DROP TABLE'])],
    ['an impossible day', forge(['2026-02-30', '2026-03-01T10:11:12.123456Z', ID])],
    ['a timestamp without microseconds', forge(['2026-03-01', '2026-03-01T10:11:12Z', ID])],
    ['an impossible hour', forge(['2026-03-01', '2026-03-01T25:11:12.123456Z', ID])],
  ])('refuses %s as a 400 naming cursor', (_label, cursor) => {
    expect(fieldOf(() => decodeKeysetCursor(cursor, ORDER))).toEqual(['cursor']);
  });

  it('checks each key against the type PostgreSQL casts it to', () => {
    expect(isKeyValue('int', '42')).toBe(true);
    expect(isKeyValue('int', '99999999999')).toBe(false);
    expect(isKeyValue('int', '4.2')).toBe(false);
    expect(isKeyValue('bigint', '9007199254740993')).toBe(true);
    expect(isKeyValue('bigint', '1e3')).toBe(false);
    expect(isKeyValue('text', 'any text')).toBe(true);
    expect(isKeyValue('text', 'nul\u0000byte')).toBe(false);
    expect(isKeyValue({ enumName: 'service_metric', values: ['on_time_rate'] }, 'on_time_rate')).toBe(true);
    expect(isKeyValue({ enumName: 'service_metric', values: ['on_time_rate'] }, 'other')).toBe(false);
    expect(isKeyValue('date', '0000-01-01')).toBe(false);
  });

  it('refuses offset together with cursor, naming offset', async () => {
    const qb = {} as SelectQueryBuilder<{ id: string }>;
    const err: unknown = await pageByKeyset(qb, ORDER, { limit: 5, offset: 10, cursor: 'x' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ValidationFailedException);
    expect((err as ValidationFailedException).fieldErrors.map((e) => e.field)).toEqual(['offset']);
  });
});
