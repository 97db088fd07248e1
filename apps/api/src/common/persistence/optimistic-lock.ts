import { applyDecorators, ConflictException } from '@nestjs/common';
import { IsInt, Min, ValidateBy } from 'class-validator';

/** The constraint name the validation pipe turns into 428 Precondition Required (validation-exception.ts). */
export const VERSION_REQUIRED = 'versionRequired';

/**
 * The optimistic-locking field of an update DTO (`version`, or a kit's `revision`): required, so that
 * no client can overwrite a newer edit silently. Missing → 428 Precondition Required (not 400: the
 * body is well formed, the precondition is what is missing); stale → 409 (assertVersion).
 */
export const IsVersion = () =>
  applyDecorators(
    ValidateBy({
      name: VERSION_REQUIRED,
      validator: {
        validate: (value: unknown) => value !== undefined && value !== null,
        defaultMessage: (args) => `${args?.property} is required: send the ${args?.property} of the record you edited`,
      },
    }),
    IsInt(),
    Min(1),
  );

/** Refuses to overwrite a newer version than the one the client edited (409, nothing lost). */
export function assertVersion(entity: { version: number }, expected: number): void {
  if (expected !== entity.version) {
    throw new ConflictException(
      `The record was changed by someone else (version ${entity.version}, you edited ${expected}); reload it and try again`,
    );
  }
}
