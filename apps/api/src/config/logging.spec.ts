import { ConfigService } from '@nestjs/config';
import pino, { type LoggerOptions } from 'pino';
import { Writable } from 'node:stream';
import { QueryFailedError } from 'typeorm';
import { AppConfig } from './app-config';
import { validateEnv } from './env.validation';
import { pinoOptions, redactUrlSecrets } from './logging';

const HASH = '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo';
const TOKEN_HASH = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

/** The pino logger the API builds from its options, writing into `lines`. */
function apiLogger(lines: string[]): pino.Logger {
  const config = new AppConfig(
    new ConfigService(validateEnv({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/rapport', LOG_LEVEL: 'trace' })),
  );
  const options = pinoOptions(config).pinoHttp as LoggerOptions;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return pino(options, sink);
}

describe('pino options', () => {
  it('keep a failed query and its error code in the log but not its bound values or the row PostgreSQL echoes', () => {
    const driverError = Object.assign(new Error('new row for relation "users" violates check constraint "users_roles_check"'), {
      code: '23514',
      detail: `Failing row contains (owner@example.test, ${HASH}, ${TOKEN_HASH}).`,
    });
    const error = new QueryFailedError(
      'INSERT INTO "users"("email", "password_hash", "invitation_token_hash") VALUES ($1, $2, $3)',
      ['owner@example.test', HASH, TOKEN_HASH],
      driverError,
    );
    const lines: string[] = [];
    // The shape ProblemDetailsFilter logs a 500 with (nestjs-pino adds the context).
    apiLogger(lines).error({ context: 'Problem', err: error, requestId: 'req-1' }, 'Unhandled error');

    const log = lines.join('');
    const entry = JSON.parse(log) as { err: Record<string, unknown> };
    expect(entry.err['query']).toContain('INSERT INTO "users"');
    expect(entry.err['code']).toBe('23514');
    expect(entry.err['parameters']).toBe('[redacted]');
    expect(entry.err['detail']).toBe('[redacted]');
    expect(log).not.toContain(HASH);
    expect(log).not.toContain(TOKEN_HASH);
    expect(log).not.toContain('owner@example.test');
  });
});

describe('redactUrlSecrets', () => {
  it('hides the one-time token of invitation and reset links and keeps the rest of the URL', () => {
    expect(redactUrlSecrets('/reset-password?token=abc_DEF-123')).toBe('/reset-password?token=[redacted]');
    expect(redactUrlSecrets('/accept-invite?x=1&token=abc&y=2')).toBe('/accept-invite?x=1&token=[redacted]&y=2');
    expect(redactUrlSecrets('/api/users?limit=5')).toBe('/api/users?limit=5');
  });
});
