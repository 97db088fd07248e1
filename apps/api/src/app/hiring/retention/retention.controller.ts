import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RetentionSettingsRequest } from '@rapport/shared/contracts';
import { IsInt, Max, Min } from 'class-validator';
import { Roles } from '../../../common/decorators/roles.decorator';
import { RetentionService } from './retention.service';

export class RetentionSettingsDto implements RetentionSettingsRequest {
  /** Days after an unsuccessful candidate's last activity before automatic erasure (30–3650). */
  @IsInt()
  @Min(30)
  @Max(3650)
  candidateRetentionDays!: number;
}

@ApiTags('retention')
@Controller('retention')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  @Get('settings')
  @Roles('owner', 'admin', 'hr')
  settings() {
    return this.retention.settings();
  }

  @Put('settings')
  @Roles('owner', 'hr')
  update(@Body() dto: RetentionSettingsDto) {
    return this.retention.updateSettings(dto.candidateRetentionDays);
  }

  /** Candidates the next run would erase. */
  @Get('preview')
  @Roles('owner', 'hr')
  preview() {
    return this.retention.preview();
  }

  /** Runs the retention policy for this organization now (it also runs daily). */
  @Post('run')
  @HttpCode(200)
  @Roles('owner', 'hr')
  run() {
    return this.retention.runNow();
  }
}
