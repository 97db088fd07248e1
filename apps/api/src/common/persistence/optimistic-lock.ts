import { ConflictException } from '@nestjs/common';

/** When the client sent the version it edited, refuse to overwrite a newer one (409, nothing lost). */
export function assertVersion(entity: { version: number }, expected: number | undefined): void {
  if (expected !== undefined && expected !== entity.version) {
    throw new ConflictException(
      `The record was changed by someone else (version ${entity.version}, you edited ${expected}); reload it and try again`,
    );
  }
}
