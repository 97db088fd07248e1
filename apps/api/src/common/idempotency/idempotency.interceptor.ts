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

const HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\w.:-]{8,200}$/;

/**
 * `Idempotency-Key` support (IETF draft "The Idempotency-Key HTTP Header Field"): the first request
 * with a key runs and its response is stored; a retry with the same key gets the stored response
 * instead of a second write. A retry while the first is still running gets 409; the same key on
 * another route gets 422. A failed first attempt frees the key so the client can retry.
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
    const organizationId = RequestContext.organizationId();
    const fingerprint = `${request.method} ${request.url}`.slice(0, 500);
    return from(this.claim(organizationId, key, fingerprint)).pipe(
      mergeMap((stored) => {
        if (stored) {
          void reply.status(stored.statusCode as number).header('idempotent-replayed', 'true');
          return of(stored.response);
        }
        return next.handle().pipe(
          mergeMap(async (body: unknown) => {
            await this.keys.update({ organizationId, key }, { statusCode: reply.statusCode, response: (body ?? null) as object });
            return body;
          }),
          catchError(async (error: unknown) => {
            await this.keys.delete({ organizationId, key, statusCode: IsNull() });
            throw error;
          }),
        );
      }),
    );
  }

  /** Claims the key, or returns the finished earlier response; throws while the earlier one runs. */
  private async claim(organizationId: string, key: string, fingerprint: string): Promise<IdempotencyKeyEntity | null> {
    const claimed: unknown[] = await this.keys.query(
      `INSERT INTO idempotency_keys (organization_id, key, fingerprint) VALUES ($1, $2, $3)
       ON CONFLICT (organization_id, key) DO NOTHING RETURNING id`,
      [organizationId, key, fingerprint],
    );
    if (claimed.length > 0) return null;
    const existing = await this.keys.findOneByOrFail({ organizationId, key });
    if (existing.fingerprint !== fingerprint) {
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
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retrying with the same key never repeats the write' }),
  );
