import type { ServiceMetricQuery } from '@rapport/shared/contracts';
import { IsBooleanString, IsOptional, IsUUID } from 'class-validator';
import { IsMonth } from '../shared/dates';

export class ServiceMetricQueryDto implements ServiceMetricQuery {
  @IsOptional()
  @IsUUID()
  staffMemberId?: string;

  @IsOptional()
  @IsUUID()
  locationId?: string;

  /** First month, inclusive (YYYY-MM). */
  @IsOptional()
  @IsMonth()
  from?: string;

  /** Last month, inclusive (YYYY-MM). */
  @IsOptional()
  @IsMonth()
  to?: string;
}

export class ImportQueryDto {
  /** `true`: check the file and report what would change, write nothing. */
  @IsOptional()
  @IsBooleanString()
  dryRun?: string;
}
