import type {} from '@fastify/static'; // reply.sendFile typings
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { type FieldError, PROBLEM_CONTENT_TYPE } from '@rapport/shared/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EntityNotFoundError, OptimisticLockVersionMismatchError, QueryFailedError } from 'typeorm';
import { TenantViolationError } from '../tenancy/tenant-guard.subscriber';
import { isServerError, problem } from './problem-details';
import { ValidationFailedException, VersionRequiredException } from './validation-exception';

const RELEASED_RUNNER_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);
const DB_UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08001', '08003', '08004']);
const RETRY_AFTER_SECONDS = 5;

interface Mapped {
  status: number;
  detail?: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
}

/**
 * The one place errors become RFC 9457 problem documents. It also serves the admin's index.html
 * for unknown non-API GETs (SPA fallback), since Nest routes unknown paths here as a 404.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  constructor(private readonly spaIndexAvailable: boolean) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const mapped = this.map(exception);

    if (mapped.status === 404 && this.isSpaNavigation(request)) {
      void reply.type('text/html').sendFile('index.html');
      return;
    }
    if (isServerError(mapped.status) && mapped.status !== HttpStatus.SERVICE_UNAVAILABLE) {
      this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    }
    const errors =
      exception instanceof ValidationFailedException || exception instanceof VersionRequiredException
        ? exception.fieldErrors
        : mapped.errors;
    const body = problem(mapped.status, mapped.detail, {
      errors,
      instance: request.url.split('?')[0],
      requestId: String(request.id),
    });
    void reply
      .status(mapped.status)
      .headers(mapped.headers ?? {})
      .type(PROBLEM_CONTENT_TYPE)
      .send(body);
  }

  private map(exception: unknown): Mapped {
    if (exception instanceof HttpException) {
      const response = exception.getResponse();
      const headers = (exception as HttpException & { headers?: Record<string, string> }).headers;
      const detail =
        typeof response === 'string'
          ? response
          : Array.isArray((response as { message?: unknown }).message)
            ? ((response as { message: string[] }).message.join('; '))
            : String((response as { message?: unknown }).message ?? exception.message);
      return { status: exception.getStatus(), detail, headers };
    }
    if (exception instanceof TenantViolationError || exception instanceof EntityNotFoundError) {
      if (exception instanceof TenantViolationError) this.logger.error(exception.message);
      return { status: 404, detail: 'The record was not found' };
    }
    if (exception instanceof OptimisticLockVersionMismatchError) {
      return { status: 409, detail: 'The record was changed by someone else; reload it and try again' };
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string } | undefined)?.code;
      if (code === '23505') return this.uniqueViolation(exception);
      if (code === '23503') return { status: 409, detail: 'The record is still referenced by other records' };
      if (code === '23502') return this.missingValue(exception);
      if (code && DB_UNAVAILABLE_CODES.has(code)) return this.unavailable();
      // Class 22 is "data exception": a value PostgreSQL cannot take (bad encoding, out of range).
      if (code?.startsWith('22')) return { status: 400, detail: 'A value in the request cannot be stored' };
    }
    if (this.isConnectionError(exception)) return this.unavailable();
    const fastifyStatus = (exception as { statusCode?: number } | null)?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      return { status: fastifyStatus, detail: (exception as Error).message };
    }
    return { status: 500, detail: 'Something went wrong on our side; it has been logged' };
  }

  private unavailable(): Mapped {
    return {
      status: 503,
      detail: 'The database is unavailable; try again shortly',
      headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
    };
  }

  private isConnectionError(exception: unknown): boolean {
    if (!(exception instanceof Error)) return false;
    const code = (exception as { code?: string }).code;
    return (
      (code !== undefined && DB_UNAVAILABLE_CODES.has(code)) ||
      // A transaction whose connection the server dropped: TypeORM released it mid-request.
      RELEASED_RUNNER_ERRORS.has(exception.name) ||
      /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(exception.message)
    );
  }

  /** A required value sent as null (optional in a PATCH does not mean clearable): 400 naming the field. */
  private missingValue(error: QueryFailedError): Mapped {
    const column = (error.driverError as { column?: string } | undefined)?.column ?? '';
    const field = column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
    return field
      ? { status: 400, detail: `${field} cannot be empty`, errors: [{ field, message: `${field} cannot be null` }] }
      : { status: 400, detail: 'A required value is missing' };
  }

  /** 409 naming the field, e.g. a location code already in use, so a form can show it in place. */
  private uniqueViolation(error: QueryFailedError): Mapped {
    const detail = (error.driverError as { detail?: string } | undefined)?.detail ?? '';
    const match = /Key \((?:[^)]*,\s*)?([a-z_]+)\)=\((?:[^)]*,\s*)?([^)]*)\) already exists/.exec(detail);
    if (!match) return { status: 409, detail: 'The record already exists' };
    const field = match[1].replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
    return {
      status: 409,
      detail: `A record with this ${field} already exists`,
      errors: [{ field, message: `${match[2]} is already in use` }],
    };
  }

  private isSpaNavigation(request: FastifyRequest): boolean {
    return (
      this.spaIndexAvailable &&
      request.method === 'GET' &&
      !request.url.startsWith('/api') &&
      !/\.[a-z0-9]+($|\?)/i.test(request.url)
    );
  }
}
