import type { ServiceMetricQuery } from '@rapport/shared/contracts';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ListQueryDto } from '../../../common/pagination/list-query.dto';
import { IsMonth } from '../shared/dates';

export class ServiceMetricQueryDto extends ListQueryDto implements ServiceMetricQuery {
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
  /** `true` (or `1`): check the file and report what would change, write nothing. */
  @IsOptional()
  @IsIn(['true', 'false', '1', '0'], { message: 'dryRun must be true or false' })
  dryRun?: string;
}
