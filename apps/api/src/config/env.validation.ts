import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, validateSync } from 'class-validator';

/** The JWT secret used when none is configured: fine on a laptop, refused in production. */
export const DEV_JWT_SECRET = 'rapport-dev-secret-change-me-in-production';
/** The audit checkpoint signing secret used when none is configured: refused in production. */
export const DEV_AUDIT_SIGNING_KEY = 'rapport-dev-audit-signing-key-change-me-in-production';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const TRUE_WORDS = ['true', '1', 'yes', 'on'];
const FALSE_WORDS = ['false', '0', 'no', 'off'];
/** A recognised word becomes a boolean; anything else stays as given, for @IsBoolean to name it. */
const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  const word = String(value).trim().toLowerCase();
  return TRUE_WORDS.includes(word) ? true : FALSE_WORDS.includes(word) ? false : value;
};

/** Every environment variable the API reads, validated at boot. */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsString()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL!: string;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET = DEV_JWT_SECRET;

  /**
   * Seed of the Ed25519 key that signs audit checkpoints (GET /api/audit-events/checkpoint). Kept out
   * of the database on purpose: whoever can rewrite the audit tables still cannot forge a receipt.
   */
  @IsString()
  @MinLength(32, { message: 'AUDIT_SIGNING_KEY must be at least 32 characters' })
  AUDIT_SIGNING_KEY = DEV_AUDIT_SIGNING_KEY;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(300)
  REFRESH_TOKEN_TTL_SECONDS = 14 * 24 * 3600;

  @Transform(toBool)
  @IsBoolean({ message: `SEED_DEMO must be one of ${[...TRUE_WORDS, ...FALSE_WORDS].join(', ')}` })
  SEED_DEMO = true;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_URL?: string;

  /**
   * Outgoing mail server, e.g. smtp://user:pass@host:587 or smtps://…; unset, messages are kept
   * (listed at GET /api/messages and in Settings → Messages) instead of sent.
   */
  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true }, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The sender address; the organization's name is shown as the sender's name. */
  @IsEmail({ require_tld: false }, { message: 'MAIL_FROM must be an email address, e.g. no-reply@example.com' })
  MAIL_FROM = 'no-reply@rapport.localhost';

  /** Delivery attempts after the first, with exponential backoff from MAIL_RETRY_DELAY_SECONDS. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  MAIL_RETRY_LIMIT = 6;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  MAIL_RETRY_DELAY_SECONDS = 30;

  /** How often an idle delivery worker looks for queued messages. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MAIL_POLL_SECONDS = 2;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  PASSWORD_RESET_PER_EMAIL = 3;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  PASSWORD_RESET_PER_IP = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  PASSWORD_RESET_WINDOW_SECONDS = 3600;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_THROTTLE_PER_EMAIL = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_THROTTLE_PER_IP = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_THROTTLE_WINDOW_SECONDS = 900;

  /** Sign-ups per client address within RATE_LIMIT_WINDOW_SECONDS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SIGNUP_LIMIT_PER_IP = 10;

  /** Sign-up attempts per email address within the window (a taken address answers 409 and counts too). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SIGNUP_LIMIT_PER_EMAIL = 3;

  /** Invitations (users created) per organization within the window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  INVITE_LIMIT_PER_ORGANIZATION = 50;

  /** Invitations per client address within the window, whichever organization they are for. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  INVITE_LIMIT_PER_IP = 100;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_WINDOW_SECONDS = 3600;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  DB_POOL_MAX = 10;

  @IsOptional()
  @IsString()
  ADMIN_DIST?: string;

  /**
   * Sends `x-db-queries` (SQL statements per request) on every response. For the N+1 tests only:
   * off unless asked for, since the count tells an observer how much data a request touched.
   */
  @Transform(toBool)
  @IsBoolean({ message: `EXPOSE_QUERY_COUNT must be one of ${[...TRUE_WORDS, ...FALSE_WORDS].join(', ')}` })
  EXPOSE_QUERY_COUNT = false;
}

/**
 * ConfigModule's validate hook: a bad or missing variable stops start-up with a message naming it.
 * Production refuses the development JWT secret and audit signing key.
 */
export function validateEnv(raw: Record<string, unknown>): EnvironmentVariables {
  const env = plainToInstance(EnvironmentVariables, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  const problems = errors.flatMap((e) =>
    Object.values(e.constraints ?? { invalid: `${e.property} is invalid` }).map((m) => `${e.property}: ${m}`),
  );
  if (env.NODE_ENV === 'production' && env.JWT_SECRET === DEV_JWT_SECRET) {
    problems.push('JWT_SECRET: the development default is not allowed when NODE_ENV=production');
  }
  if (env.NODE_ENV === 'production' && env.AUDIT_SIGNING_KEY === DEV_AUDIT_SIGNING_KEY) {
    problems.push('AUDIT_SIGNING_KEY: required when NODE_ENV=production (the development default is not allowed)');
  }
  if (env.NODE_ENV === 'production' && env.AUDIT_SIGNING_KEY === env.JWT_SECRET) {
    problems.push('AUDIT_SIGNING_KEY: must differ from JWT_SECRET');
  }
  if (env.NODE_ENV === 'production' && env.SEED_DEMO && raw['SEED_DEMO'] !== undefined) {
    problems.push('SEED_DEMO: the demo practice is never seeded in production; unset SEED_DEMO or set it to false');
  }
  if (env.NODE_ENV === 'production' && env.EXPOSE_QUERY_COUNT) {
    problems.push('EXPOSE_QUERY_COUNT: the per-request query count is a test aid and is never sent in production');
  }
  if (problems.length > 0) {
    throw new Error(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  if (env.NODE_ENV === 'production') env.SEED_DEMO = false;
  return env;
}
