import type { CreateCompetencyRequest, UpdateCompetencyRequest } from '@rapport/shared/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { trim } from '../../common/validation/transforms';
import { IsVersion } from '../../common/persistence/optimistic-lock';

const trimAll = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;

export class UpdateCompetencyDto implements UpdateCompetencyRequest {
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  definition?: string;

  /** Observable behaviors that show the competency. */
  @IsOptional()
  @Transform(trimAll)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  indicators?: string[];

  @IsVersion()
  version!: number;
}

export class CreateCompetencyDto implements CreateCompetencyRequest {
  /** Stable machine key, lower-case letters, digits and underscores. */
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{1,59}$/, { message: 'key must be 2–60 lower-case letters, digits or underscores' })
  key!: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  definition!: string;

  @Transform(trimAll)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  indicators!: string[];
}
