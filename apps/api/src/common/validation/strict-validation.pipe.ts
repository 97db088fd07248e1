import { type ArgumentMetadata, Injectable, ValidationPipe, type ValidationPipeOptions } from '@nestjs/common';
import { ValidationFailedException, validationExceptionFactory } from '../filters/validation-exception';
import { forbiddenNulls } from './nullable';

/** The global pipe: whitelist, forbid unknown fields, transform — and refuse nulls not marked `@Nullable()`. */
@Injectable()
export class StrictValidationPipe extends ValidationPipe {
  constructor(options: ValidationPipeOptions = {}) {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
      ...options,
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const result: unknown = await super.transform(value, metadata);
    if (metadata.type === 'body' || metadata.type === 'query') {
      const errors = forbiddenNulls(result);
      if (errors.length) throw new ValidationFailedException(errors);
    }
    return result;
  }
}
