import { Body, Controller, Get, HttpCode, Post, Put, Query, Req } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Roles } from '../../../common/decorators/roles.decorator';
import { Idempotent } from '../../../common/idempotency/idempotency.interceptor';
import { CULTURE_ADMINS, CULTURE_OVERSEERS } from '../../culture/culture.roles';
import { readCsvUpload } from '../../culture/service-metrics/csv-upload';
import { ImportQueryDto } from '../../culture/service-metrics/service-metric.dto';
import { FeedbackItemsService } from './feedback-items.service';
import { PatientFeedbackQueryDto, UpdateFeedbackItemsDto } from './patient-feedback.dto';
import { PatientFeedbackService } from './patient-feedback.service';

const isDryRun = (q: ImportQueryDto) => q.dryRun === 'true' || q.dryRun === '1';

@ApiTags('patient-feedback')
@Controller('patient-feedback')
export class PatientFeedbackController {
  constructor(
    private readonly feedback: PatientFeedbackService,
    private readonly items: FeedbackItemsService,
  ) {}

  /**
   * Post-visit survey CSV (multipart field `file`): all rows or none. A file with a patient-identifier
   * column is refused naming the column. `?dryRun=true` only checks.
   */
  @Post('import')
  @Idempotent()
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @Roles(...CULTURE_ADMINS)
  async import(@Req() request: FastifyRequest, @Query() query: ImportQueryDto) {
    return this.feedback.import(await readCsvUpload(request), isDryRun(query));
  }

  /** Newest first, keyset-paginated (`nextCursor`). */
  @Get()
  @Roles(...CULTURE_OVERSEERS)
  list(@Query() query: PatientFeedbackQueryDto) {
    return this.feedback.list(query);
  }

  /** Which competency each survey item counts toward. */
  @Get('items')
  @Roles(...CULTURE_OVERSEERS)
  mapping() {
    return this.items.get();
  }

  @Put('items')
  @Roles(...CULTURE_ADMINS)
  updateItems(@Body() dto: UpdateFeedbackItemsDto) {
    return this.items.update(dto);
  }
}
