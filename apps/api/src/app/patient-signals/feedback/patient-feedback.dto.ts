import { PATIENT_FEEDBACK_ITEMS, type PatientFeedbackItem } from '@rapport/shared/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsObject, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { KeysetQueryDto } from '../../../common/pagination/keyset';
import { Nullable } from '../../../common/validation/nullable';
import { IsCalendarDate } from '../../culture/shared/dates';

export class FeedbackItemMappingDto {
  @IsIn(PATIENT_FEEDBACK_ITEMS, { message: `item must be one of: ${PATIENT_FEEDBACK_ITEMS.join(', ')}` })
  item!: PatientFeedbackItem;

  /** `null`: the item counts toward no competency. */
  @Nullable()
  @IsUUID('all', { message: 'competencyId must be a competency id or null' })
  competencyId!: string | null;
}

export class UpdateFeedbackItemsDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PATIENT_FEEDBACK_ITEMS.length)
  // Without IsObject, class-validator lets nested arrays ([[[]]]) through ValidateNested.
  @IsObject({ each: true, message: 'each item must be an object {item, competencyId}' })
  @ValidateNested({ each: true })
  @Type(() => FeedbackItemMappingDto)
  items!: FeedbackItemMappingDto[];
}

/** Newest first; a day range and a location narrow it. */
export class PatientFeedbackQueryDto extends KeysetQueryDto {
  @IsOptional()
  @IsUUID('all', { message: 'locationId must be a location id' })
  locationId?: string;

  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
