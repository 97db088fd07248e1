import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../guards/auth.guard';
import { RequestContext } from '../tenancy/request-context';

/**
 * Runs the handler inside the request's context (caller + request id) so that TenantRepository
 * and AuditService find them. Interceptors run after guards, so the caller is known here.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const store = { requestId: String(request.id), caller: request.caller };
    return new Observable((subscriber) =>
      RequestContext.run(store, () => next.handle().subscribe(subscriber)),
    );
  }
}
