import { PartialType } from '@nestjs/swagger';
import type { CreateCandidateRequest, UpdateCandidateRequest } from '@rapport/shared/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { trim } from '../../../common/validation/transforms';
import { ListQueryDto } from '../../../common/pagination/list-query.dto';
import { normalizeEmail } from '../../users/user.dto';
import { IsVersion } from '../../../common/persistence/optimistic-lock';

export class CreateCandidateDto implements CreateCandidateRequest {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Transform(normalizeEmail)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email!: string;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @Matches(/^[+()\d\s.-]{5,40}$/, { message: 'phone must be a phone number (digits, spaces, + ( ) . -)' })
  phone?: string;

  /** Where the candidate came from, e.g. referral, job board. */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  source?: string;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}

export class UpdateCandidateDto extends PartialType(CreateCandidateDto) implements UpdateCandidateRequest {
  /** Keeps the candidate out of automatic retention erasure (HR, owner, admin). */
  @IsOptional()
  @IsBoolean()
  legalHold?: boolean;

  @IsVersion()
  version!: number;
}

export class CandidateQueryDto extends ListQueryDto {
  /** Matches name or email (case-insensitive, partial). */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  /** Alias of `search`. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
