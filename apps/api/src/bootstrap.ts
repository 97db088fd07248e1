import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { problem } from './common/filters/problem-details';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from './app/app.module';
import { MULTIPART_OPTIONS } from './app/culture/service-metrics/csv-upload';
import { ProblemDetailsFilter } from './common/filters/problem-details.filter';
import { ValidationFailedException } from './common/filters/validation-exception';
import { StrictValidationPipe } from './common/validation/strict-validation.pipe';
import { AppConfig } from './config/app-config';
import { runMigrations } from './database/migrate';
import { seedDemo } from './database/seed/demo-seed';

const BODY_LIMIT_BYTES = 1024 * 1024;

function requestId(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
  req.headers['x-request-id'] = id; // pino-http reads the same id
  return id;
}

function hasBody(headers: IncomingMessage['headers']): boolean {
  return Number(headers['content-length'] ?? 0) > 0 || headers['transfer-encoding'] !== undefined;
}

/** The API takes JSON bodies (and multipart uploads on import routes); anything else is a 415. */
function hasUnsupportedBody(method: string, headers: IncomingMessage['headers']): boolean {
  if (!['POST', 'PUT', 'PATCH'].includes(method)) return false;
  if (!hasBody(headers)) return false;
  const type = String(headers['content-type'] ?? '').toLowerCase();
  return !type.startsWith('application/json') && !type.startsWith('multipart/form-data');
}

/** No request of ours nests deeper than a few levels; deeper bodies would only exhaust the stack. */
const MAX_JSON_DEPTH = 16;
/** A UTF-16 surrogate without its partner cannot be stored as UTF-8 text (nor can NUL, checked apart). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Walks a parsed body or query without recursion: how deep it nests, and the first string that
 * PostgreSQL cannot store (a NUL character or a lone UTF-16 surrogate), by its field path.
 */
export function inspectInput(value: unknown): { depth: number; badField: string | null } {
  let depth = 0;
  const stack: [unknown, number, string][] = [[value, 0, '']];
  while (stack.length) {
    const [current, level, path] = stack.pop() as [unknown, number, string];
    if (typeof current === 'string') {
      if (current.includes('\u0000') || LONE_SURROGATE.test(current)) return { depth, badField: path || 'body' };
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    depth = Math.max(depth, level + 1);
    if (depth > MAX_JSON_DEPTH) return { depth, badField: null };
    for (const [key, child] of Object.entries(current as object)) stack.push([child, level + 1, path ? `${path}.${key}` : key]);
  }
  return { depth, badField: null };
}

/** Builds the fully configured application (used by main.ts). Migrates and seeds before returning. */
export async function createApp(): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: requestId,
    trustProxy: false,
    // Errors the router raises before any route runs (a malformed URL, a path segment over 100
    // characters) are problem documents too, like every other refusal.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
      const detail = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path segment is too long' : 'The URL is malformed';
      void reply
        .code(status)
        .header('content-type', 'application/problem+json; charset=utf-8')
        .header('x-request-id', request.id)
        .send(problem(status, detail, { instance: request.url.slice(0, 200), requestId: String(request.id) }));
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  const config = app.get(AppConfig);

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    // Some clients label every request as JSON; an empty DELETE/GET body is no body, not bad JSON.
    if (!hasBody(request.headers)) delete request.headers['content-type'];
  });
  fastify.addHook('preValidation', async (request) => {
    if (hasUnsupportedBody(request.method, request.headers)) {
      throw Object.assign(new Error('Send the request body as application/json'), { statusCode: 415 });
    }
    for (const input of [request.body, request.query]) {
      const { depth, badField } = inspectInput(input);
      if (depth > MAX_JSON_DEPTH) {
        throw Object.assign(new Error(`The request is nested more than ${MAX_JSON_DEPTH} levels deep`), { statusCode: 400 });
      }
      if (badField) throw new ValidationFailedException([{ field: badField, message: `${badField} contains characters that cannot be stored` }]);
    }
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        // TLS is terminated in front of the API in production; on a plain-http LAN install this
        // directive would make browsers fetch the admin's scripts over https and fail.
        'upgrade-insecure-requests': null,
      },
    },
  });
  // gzip/deflate above 1 KB (brotli costs too much CPU per request); the admin's hashed assets too.
  await app.register(fastifyCompress, { encodings: ['gzip', 'deflate'], threshold: 1024 });
  await app.register(fastifyCookie);
  // CSV imports arrive as one multipart file; larger files are refused with 413.
  await app.register(fastifyMultipart, MULTIPART_OPTIONS);

  const adminDist = resolve(config.get('ADMIN_DIST') ?? join(__dirname, '..', 'admin', 'browser'));
  const hasAdmin = existsSync(join(adminDist, 'index.html'));
  if (hasAdmin) {
    await app.register(fastifyStatic, {
      root: adminDist,
      prefix: '/',
      wildcard: false,
      setHeaders: (res, path) => {
        res.header('cache-control', path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable');
      },
    });
  } else {
    app.get(Logger).warn(`No admin build at ${adminDist}; serving the API only`);
  }

  app.setGlobalPrefix('api');
  app.useGlobalPipes(new StrictValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter(hasAdmin));
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Rapport API')
      .setDescription('Hiring and staff-culture platform for patient-facing practices')
      .setVersion('1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  const dataSource = app.get(DataSource);
  const applied = await runMigrations(dataSource);
  if (applied.length) app.get(Logger).log(`Applied migrations: ${applied.join(', ')}`);
  if (config.get('SEED_DEMO')) await seedDemo(dataSource, config.publicUrl);
  return app;
}
