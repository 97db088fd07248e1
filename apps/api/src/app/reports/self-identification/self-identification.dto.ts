import {
  SELF_ID_RACE_ETHNICITIES,
  SELF_ID_SEXES,
  type SelfIdentifiedRaceEthnicity,
  type SelfIdentifiedSex,
  type UpdateSelfIdentificationRequest,
} from '@rapport/shared/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { Nullable } from '../../../common/validation/nullable';

export class UpdateSelfIdentificationDto implements UpdateSelfIdentificationRequest {
  /** EEO-1 sex, `prefer_not_to_say`, or null/omitted for not answered. */
  @IsOptional()
  @Nullable()
  @IsIn(SELF_ID_SEXES, { message: `sex must be one of: ${SELF_ID_SEXES.join(', ')}` })
  sex?: SelfIdentifiedSex | null;

  /** EEO-1 race/ethnicity, `prefer_not_to_say`, or null/omitted for not answered. */
  @IsOptional()
  @Nullable()
  @IsIn(SELF_ID_RACE_ETHNICITIES, { message: `raceEthnicity must be one of: ${SELF_ID_RACE_ETHNICITIES.join(', ')}` })
  raceEthnicity?: SelfIdentifiedRaceEthnicity | null;
}
