import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Observable, tap } from 'rxjs';
import { AppConfig } from '../../config/app-config';
import type { AuthenticatedRequest } from '../guards/auth.guard';
import { QUERY_COUNT_HEADER } from '../persistence/query-counter';
import { RequestContext, type RequestContextStore } from '../tenancy/request-context';

/**
 * Runs the handler inside the request's context (caller + request id) so that TenantRepository
 * and AuditService find them. Interceptors run after guards, so the caller is known here.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  /** Only when explicitly enabled (the N+1 tests): a count per request is an oracle for what a request touched. */
  private readonly count: boolean;

  constructor(config: AppConfig) {
    this.count = config.get('EXPOSE_QUERY_COUNT');
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const store: RequestContextStore = { requestId: String(request.id), caller: request.caller };
    const count = this.count;
    // next.handle() runs the handler: it must be called inside the context, not just subscribed there.
    return new Observable((subscriber) =>
      RequestContext.run(store, () => (count ? next.handle().pipe(tap(() => countHeader(reply, store))) : next.handle()).subscribe(subscriber)),
    );
  }
}

function countHeader(reply: FastifyReply, store: RequestContextStore): void {
  if (!reply.sent && typeof reply.header === 'function') reply.header(QUERY_COUNT_HEADER, String(store.queries ?? 0));
}
