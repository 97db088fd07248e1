import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuditVerification } from '@rapport/shared/contracts';
import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Roles } from '../../common/decorators/roles.decorator';
import { CursorQueryDto } from '../../common/pagination/list-query.dto';
import { AuditService } from './audit.service';

/** Newest first; `limit` 1–500 (default 100). `offset` stays for existing clients; `cursor` (from `nextCursor`) replaces it for deep pages. */
export class AuditQueryDto extends CursorQueryDto {
  /** Entity type, e.g. `candidate`, `scorecard`. */
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entity?: string;

  /** Alias of `entity`. */
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entityType?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  /** User id of the actor. */
  @IsOptional()
  @IsUUID()
  actor?: string;

  @IsOptional()
  @IsDateString({}, { message: 'from must be an ISO 8601 date' })
  from?: string;

  @IsOptional()
  @IsDateString({}, { message: 'to must be an ISO 8601 date' })
  to?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;
}

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('owner', 'admin', 'hr')
  list(@Query() query: AuditQueryDto) {
    return this.audit.list({
      entityType: query.entity ?? query.entityType,
      entityId: query.entityId,
      actorUserId: query.actor,
      from: query.from,
      to: query.to,
      limit: query.limit,
      offset: query.offset,
      cursor: query.cursor,
    });
  }

  /** Recomputes the organization's hash chain and reports the first broken link, if any. */
  @Get('verify')
  @Roles('owner', 'admin', 'hr')
  verify(): Promise<AuditVerification> {
    return this.audit.verify();
  }
}
