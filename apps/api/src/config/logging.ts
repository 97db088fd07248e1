import type { IncomingMessage } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from './app-config';

/**
 * Invitation and password-reset links carry their one-time secret as `?token=`; the admin's pages
 * for them are served through the API, so the request line would put the secret in the log.
 */
export const redactUrlSecrets = (url: string): string => url.replace(/([?&]token=)[^&#]*/gi, '$1[redacted]');

/**
 * Structured JSON logs, one line per request with its request id. Secrets never reach the log:
 * bodies are not logged, auth headers and cookies are redacted, and so are a failed query's bound values.
 */
export function pinoOptions(config: AppConfig): Params {
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.get('LOG_LEVEL'),
      genReqId: (req: IncomingMessage) => String(req.headers['x-request-id'] ?? ''),
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
          'req.body',
          '*.password',
          '*.accessToken',
          '*.refreshToken',
          // A failed query (TypeORM QueryFailedError, logged as `err` by the problem filter) carries
          // its bound values, and PostgreSQL's `detail` echoes column values ("Failing row
          // contains (...)", "Key (token_hash)=(...)"): password hashes, token hashes, emails.
          // The SQL text (`err.query`) stays: its values are placeholders ($1, $2, ...).
          'err.parameters',
          'err.detail',
          'err.driverError.detail',
        ],
        censor: '[redacted]',
      },
      serializers: {
        req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({
          id: req.id,
          method: req.method,
          url: redactUrlSecrets(req.url),
          remoteAddress: req.remoteAddress,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/api/health') ?? false },
    },
  };
}
