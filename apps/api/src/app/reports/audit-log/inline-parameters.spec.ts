import { inlineParameters } from './inline-parameters';

describe('inlineParameters (COPY takes no bind parameters)', () => {
  it('replaces placeholders with escaped literals', () => {
    expect(inlineParameters('SELECT 1 WHERE a = $1 AND b >= $2 AND c = $10', ['x', 2, 1, 1, 1, 1, 1, 1, 1, "o'k"])).toBe(
      "SELECT 1 WHERE a = 'x' AND b >= 2 AND c = 'o''k'",
    );
  });

  it('leaves placeholders inside quoted literals and identifiers alone', () => {
    expect(inlineParameters(`SELECT '$1 it''s', "$1" FROM t WHERE x = $1`, ['v'])).toBe(`SELECT '$1 it''s', "$1" FROM t WHERE x = 'v'`);
  });

  it('refuses missing values and values it cannot render', () => {
    expect(() => inlineParameters('SELECT $2', ['a'])).toThrow('no value for $2');
    expect(() => inlineParameters('SELECT $1', [{ a: 1 }])).toThrow(TypeError);
  });

  it('turns an injection attempt into an inert string literal', () => {
    expect(inlineParameters('SELECT * FROM t WHERE d >= CAST($1 AS date)', ["2026-01-01'); DROP TABLE t; --"])).toBe(
      "SELECT * FROM t WHERE d >= CAST('2026-01-01''); DROP TABLE t; --' AS date)",
    );
  });
});
