import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import type { FieldError } from '@rapport/shared/contracts';
import type { ValidationError } from 'class-validator';
import { VERSION_REQUIRED } from '../persistence/optimistic-lock';

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

/**
 * 428 Precondition Required (RFC 6585): an update without the version the client edited. It carries
 * every field error of the request, so a client fixing the version also sees what else is wrong.
 */
export class VersionRequiredException extends HttpException {
  constructor(
    readonly field: string,
    readonly fieldErrors: FieldError[],
  ) {
    super(
      `Send the ${field} of the record you edited (as you read it), so that a newer change is not overwritten silently`,
      HttpStatus.PRECONDITION_REQUIRED,
    );
  }
}

export const validationExceptionFactory = (errors: ValidationError[]) => {
  const fieldErrors = flattenValidationErrors(errors);
  // IsVersion()'s own constraint fails only when the version is absent (a wrong type is a plain 400).
  const missingVersion = errors.find((e) => VERSION_REQUIRED in (e.constraints ?? {}));
  return missingVersion ? new VersionRequiredException(missingVersion.property, fieldErrors) : new ValidationFailedException(fieldErrors);
};
