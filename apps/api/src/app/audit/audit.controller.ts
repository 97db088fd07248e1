import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuditCheckpoint, AuditVerification } from '@rapport/shared/contracts';
import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Roles } from '../../common/decorators/roles.decorator';
import { CursorQueryDto } from '../../common/pagination/list-query.dto';
import { AuditCheckpointDto } from './audit-checkpoint.dto';
import { AuditVerificationService } from './audit-verification.service';
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
  constructor(
    private readonly audit: AuditService,
    private readonly verification: AuditVerificationService,
  ) {}

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

  /**
   * Recomputes the organization's hash chain and reports the first broken link, if any: an edited,
   * inserted or removed event, a redaction no redaction event accounts for, or a cut tail (the chain
   * ends before the organization's stored head).
   */
  @Get('verify')
  @Roles('owner', 'admin', 'hr')
  verify(): Promise<AuditVerification> {
    return this.verification.verify();
  }

  /** As GET verify, and the chain must still hold the event a signed checkpoint names, unchanged. */
  @Post('verify')
  @HttpCode(200)
  @Roles('owner', 'admin', 'hr')
  verifyAgainst(@Body() checkpoint: AuditCheckpointDto): Promise<AuditVerification> {
    return this.verification.verify(checkpoint);
  }

  /**
   * The organization's chain head signed with Ed25519 by a key kept outside the database: a receipt
   * to keep outside Rapport and post back to POST /api/audit-events/verify later.
   */
  @Get('checkpoint')
  @Roles('owner', 'admin', 'hr')
  checkpoint(): Promise<AuditCheckpoint> {
    return this.verification.checkpoint();
  }
}
