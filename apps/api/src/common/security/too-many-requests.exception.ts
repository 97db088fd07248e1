import { HttpException, HttpStatus } from '@nestjs/common';

/** 429 with a Retry-After header (read by ProblemDetailsFilter). */
export class TooManyRequestsException extends HttpException {
  readonly headers: Record<string, string>;

  constructor(retryAfterSeconds: number, message: string) {
    super(message, HttpStatus.TOO_MANY_REQUESTS);
    this.headers = { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) };
  }
}
