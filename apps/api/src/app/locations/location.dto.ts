import { PartialType } from '@nestjs/swagger';
import type { CreateLocationRequest, UpdateLocationRequest } from '@rapport/shared/contracts';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { trim } from '../../common/validation/transforms';
import { IsVersion } from '../../common/persistence/optimistic-lock';

export class CreateLocationDto implements CreateLocationRequest {
  /** Display name, e.g. "Downtown clinic". */
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  /** Short code used by imports, 2–20 letters, digits or dashes; stored upper-case. */
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @Matches(/^[A-Z0-9-]{2,20}$/, { message: 'code must be 2–20 letters, digits or dashes' })
  code!: string;
}

export class UpdateLocationDto extends PartialType(CreateLocationDto) implements UpdateLocationRequest {
  @IsVersion()
  version!: number;
}
