import {
  BadRequestException,
  CallHandler,
  ConflictException,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UnprocessableEntityException,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, Observable, of } from 'rxjs';
import { IsNull, Repository } from 'typeorm';
import { RequestContext } from '../tenancy/request-context';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { requestHash } from './request-hash';

const HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\w.:-]{8,200}$/;
/** How long a key holds its response; the daily retention job deletes expired keys. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

/** What the first request with a key was: the key replays only to exactly this. */
interface Claim {
  organizationId: string;
  userId: string;
  key: string;
  fingerprint: string;
  requestHash: string;
}

/**
 * `Idempotency-Key` support (IETF draft "The Idempotency-Key HTTP Header Field"): the first request
 * with a key runs and its response is stored; a retry by the same user, on the same route, with the
 * same body gets the stored response instead of a second write. Anything else with that key (another
 * user, route or body) gets 422 and nothing runs; a retry while the first is still running gets 409.
 * A failed first attempt frees the key so the client can retry; after 24 hours the key is free again.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@InjectRepository(IdempotencyKeyEntity) private readonly keys: Repository<IdempotencyKeyEntity>) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const raw = request.headers[HEADER];
    if (raw === undefined) return next.handle();
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (!KEY_PATTERN.test(key)) {
      throw new BadRequestException('Idempotency-Key must be 8–200 letters, digits, dots, colons, dashes or underscores');
    }
    // Idempotent routes are authenticated: organizationId() throws without a caller.
    const organizationId = RequestContext.organizationId();
    const userId = RequestContext.caller()?.userId as string;
    return from(requestHash(request)).pipe(
      mergeMap((hash) => {
        const claim: Claim = {
          organizationId,
          userId,
          key,
          fingerprint: `${request.method} ${request.url}`.slice(0, 500),
          requestHash: hash,
        };
        return from(this.claim(claim));
      }),
      mergeMap((stored) => {
        if (stored) {
          void reply.status(stored.statusCode as number).header('idempotent-replayed', 'true');
          return of(stored.response);
        }
        const mine = { organizationId, key, userId };
        return next.handle().pipe(
          mergeMap(async (body: unknown) => {
            await this.keys.update(mine, { statusCode: reply.statusCode, response: (body ?? null) as object });
            return body;
          }),
          catchError(async (error: unknown) => {
            await this.keys.delete({ ...mine, statusCode: IsNull() });
            throw error;
          }),
        );
      }),
    );
  }

  /**
   * Claims the key (an expired one is claimed afresh), or returns the finished earlier response of
   * the very same request; throws for a different request or while the earlier one still runs.
   */
  private async claim(c: Claim): Promise<IdempotencyKeyEntity | null> {
    const claimed: unknown[] = await this.keys.query(
      `INSERT INTO idempotency_keys (organization_id, key, user_id, fingerprint, request_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(hours => $6))
       ON CONFLICT (organization_id, key) DO UPDATE
          SET user_id = EXCLUDED.user_id, fingerprint = EXCLUDED.fingerprint, request_hash = EXCLUDED.request_hash,
              expires_at = EXCLUDED.expires_at, status_code = NULL, response = NULL, created_at = now(), updated_at = now()
        WHERE idempotency_keys.expires_at <= now()
       RETURNING id`,
      [c.organizationId, c.key, c.userId, c.fingerprint, c.requestHash, IDEMPOTENCY_KEY_TTL_HOURS],
    );
    if (claimed.length > 0) return null;
    const existing = await this.keys.findOneByOrFail({ organizationId: c.organizationId, key: c.key });
    // One answer for every mismatch: whose key it was is not the caller's business.
    if (existing.userId !== c.userId || existing.fingerprint !== c.fingerprint || existing.requestHash !== c.requestHash) {
      throw new UnprocessableEntityException('This Idempotency-Key was used for a different request');
    }
    if (existing.statusCode === null) {
      throw new ConflictException('A request with this Idempotency-Key is still being processed; retry shortly');
    }
    return existing;
  }
}

/** Marks a write route as safe to retry with an `Idempotency-Key` header. */
export const Idempotent = () =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Retrying with the same key, as the same user, with the same body never repeats the write (24 hours); ' +
        'the same key for any other request is a 422',
    }),
  );
