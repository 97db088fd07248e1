import { PartialType } from '@nestjs/swagger';
import {
  OPENING_STATUSES,
  type CreateOpeningRequest,
  type OpeningStatus,
  type UpdateOpeningRequest,
} from '@rapport/shared/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { trim } from '../../../common/validation/transforms';
import { IsVersion } from '../../../common/persistence/optimistic-lock';

export class CreateOpeningDto implements CreateOpeningRequest {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @IsUUID()
  locationId!: string;

  @IsUUID()
  hiringManagerId!: string;

  @IsUUID()
  kitId!: string;

  @IsOptional()
  @IsIn(OPENING_STATUSES, { message: `status must be one of: ${OPENING_STATUSES.join(', ')}` })
  status?: OpeningStatus;
}

export class UpdateOpeningDto extends PartialType(CreateOpeningDto) implements UpdateOpeningRequest {
  @IsVersion()
  version!: number;
}
