import { DEV_AUDIT_SIGNING_KEY, DEV_JWT_SECRET, validateEnv } from './env.validation';

const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/rapport' };
const production = { ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), AUDIT_SIGNING_KEY: 'y'.repeat(40) };

describe('validateEnv', () => {
  it('applies defaults to a minimal environment', () => {
    const env = validateEnv(base);
    expect(env.PORT).toBe(3000);
    expect(env.SEED_DEMO).toBe(true);
    expect(env.JWT_SECRET).toBe(DEV_JWT_SECRET);
  });

  it('keeps the query-count header off unless asked for, and refuses it in production', () => {
    expect(validateEnv(base).EXPOSE_QUERY_COUNT).toBe(false);
    expect(validateEnv({ ...base, EXPOSE_QUERY_COUNT: 'true' }).EXPOSE_QUERY_COUNT).toBe(true);
    expect(() =>
      validateEnv({ ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), EXPOSE_QUERY_COUNT: 'true' }),
    ).toThrow(/EXPOSE_QUERY_COUNT/);
  });

  it('has sane sign-up and invitation limits by default and names a bad one', () => {
    const env = validateEnv(base);
    expect([env.SIGNUP_LIMIT_PER_IP, env.SIGNUP_LIMIT_PER_EMAIL, env.INVITE_LIMIT_PER_ORGANIZATION, env.INVITE_LIMIT_PER_IP]).toEqual([10, 3, 50, 100]);
    expect(env.RATE_LIMIT_WINDOW_SECONDS).toBe(3600);
    expect(() => validateEnv({ ...base, SIGNUP_LIMIT_PER_IP: '0' })).toThrow(/SIGNUP_LIMIT_PER_IP/);
  });

  it('names a missing DATABASE_URL', () => {
    expect(() => validateEnv({})).toThrow(/DATABASE_URL/);
  });

  it('names a bad PORT', () => {
    expect(() => validateEnv({ ...base, PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('refuses the default JWT secret in production', () => {
    expect(() => validateEnv({ ...base, NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });

  it('accepts production with a real secret and never seeds the demo there', () => {
    const env = validateEnv(production);
    expect(env.SEED_DEMO).toBe(false);
  });

  it('uses a development audit signing key outside production and requires a real one in production', () => {
    expect(validateEnv(base).AUDIT_SIGNING_KEY).toBe(DEV_AUDIT_SIGNING_KEY);
    expect(() => validateEnv({ ...production, AUDIT_SIGNING_KEY: undefined })).toThrow(/AUDIT_SIGNING_KEY: required/);
    expect(() => validateEnv({ ...production, AUDIT_SIGNING_KEY: 'short' })).toThrow(/AUDIT_SIGNING_KEY must be at least 32/);
    expect(() => validateEnv({ ...production, AUDIT_SIGNING_KEY: production.JWT_SECRET })).toThrow(/must differ from JWT_SECRET/);
  });

  it('refuses an explicit demo seed in production', () => {
    expect(() =>
      validateEnv({ ...production, SEED_DEMO: 'true' }),
    ).toThrow(/SEED_DEMO/);
  });

  it('parses SEED_DEMO=false', () => {
    expect(validateEnv({ ...base, SEED_DEMO: 'false' }).SEED_DEMO).toBe(false);
  });

  it.each([
    ['true', true],
    ['1', true],
    ['YES', true],
    ['on', true],
    ['False', false],
    ['0', false],
    ['no', false],
    ['off', false],
  ])('parses SEED_DEMO=%s', (value, expected) => {
    expect(validateEnv({ ...base, SEED_DEMO: value }).SEED_DEMO).toBe(expected);
  });

  it.each(['flase', 'maybe', '2', 'enabled'])('stops start-up on SEED_DEMO=%s, naming the variable', (value) => {
    expect(() => validateEnv({ ...base, SEED_DEMO: value })).toThrow(/SEED_DEMO: .*true, 1, yes, on, false, 0, no, off/);
  });
});
