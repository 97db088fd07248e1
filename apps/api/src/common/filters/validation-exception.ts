import { BadRequestException } from '@nestjs/common';
import type { FieldError } from '@rapport/shared/contracts';
import type { ValidationError } from 'class-validator';

/** A 400 carrying one entry per bad field, so clients can put each message on its field. */
export class ValidationFailedException extends BadRequestException {
  constructor(readonly fieldErrors: FieldError[]) {
    super(`The request has ${fieldErrors.length} invalid field${fieldErrors.length === 1 ? '' : 's'}`);
  }
}

/** Flattens class-validator's nested errors to `{field: 'a.b.0', message}`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    const unknownField = 'whitelistValidation' in constraints;
    // A missing field gets one clear message rather than every rule it also fails.
    const own =
      error.value === undefined && !unknownField && Object.keys(constraints).length > 0
        ? [{ field, message: `${field} is required` }]
        : Object.values(constraints).map((message) => ({
            field,
            message: unknownField ? `${field} is not an accepted field` : message,
          }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export const validationExceptionFactory = (errors: ValidationError[]) =>
  new ValidationFailedException(flattenValidationErrors(errors));
