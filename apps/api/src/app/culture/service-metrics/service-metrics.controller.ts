import { Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ANY_ROLE, Roles } from '../../../common/decorators/roles.decorator';
import { CULTURE_ADMINS } from '../culture.roles';
import { readCsvUpload } from './csv-upload';
import { ImportQueryDto, ServiceMetricQueryDto } from './service-metric.dto';
import { ServiceMetricsService } from './service-metrics.service';
import { Idempotent } from '../../../common/idempotency/idempotency.interceptor';

@ApiTags('service-metrics')
@Controller('service-metrics')
export class ServiceMetricsController {
  constructor(private readonly metrics: ServiceMetricsService) {}

  /** Location figures for everyone; a person's figures for them, their managers and leaders/HR. */
  @Get()
  @Roles(...ANY_ROLE)
  list(@Query() query: ServiceMetricQueryDto) {
    return this.metrics.list(query);
  }

  /**
   * CSV upload (multipart field `file`): all rows or none. Each row replaces the figure stored for the
   * same person or location, month and metric (`replaced` counts them), so re-importing a period is
   * safe; figures the file does not mention are kept. A bad file is a 400 whose `errors` list every
   * bad row as `{line, reason}`; `?dryRun=true` only checks.
   */
  @Post('import')
  @Idempotent()
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @Roles(...CULTURE_ADMINS)
  async import(@Req() request: FastifyRequest, @Query() query: ImportQueryDto) {
    return this.metrics.import(await readCsvUpload(request), query.dryRun === 'true' || query.dryRun === '1');
  }
}
