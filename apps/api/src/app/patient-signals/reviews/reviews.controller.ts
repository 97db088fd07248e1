import { Body, Controller, Get, HttpCode, Post, Put, Query, Req } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Roles } from '../../../common/decorators/roles.decorator';
import { Idempotent } from '../../../common/idempotency/idempotency.interceptor';
import { CULTURE_ADMINS, CULTURE_OVERSEERS } from '../../culture/culture.roles';
import { readCsvUpload } from '../../culture/service-metrics/csv-upload';
import { ImportQueryDto } from '../../culture/service-metrics/service-metric.dto';
import { ReviewsQueryDto, ReviewSummaryQueryDto, UpdateReviewThemesDto } from './reviews.dto';
import { ReviewsService } from './reviews.service';

@ApiTags('reviews')
@Controller('reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  /** Online reviews CSV (`source, date, location_code, rating, text`), tagged by the theme rules on import. */
  @Post('import')
  @Idempotent()
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @Roles(...CULTURE_ADMINS)
  async import(@Req() request: FastifyRequest, @Query() query: ImportQueryDto) {
    return this.reviews.import(await readCsvUpload(request), query.dryRun === 'true' || query.dryRun === '1');
  }

  /** Newest first, keyset-paginated (`nextCursor`); filter by location, theme and days. */
  @Get()
  @Roles(...CULTURE_OVERSEERS)
  list(@Query() query: ReviewsQueryDto) {
    return this.reviews.list(query);
  }

  /** Per location over time: count, mean rating, and per theme. */
  @Get('summary')
  @Roles(...CULTURE_OVERSEERS)
  summary(@Query() query: ReviewSummaryQueryDto) {
    return this.reviews.summary(query);
  }

  /** The keyword rules that tag reviews with themes. */
  @Get('themes')
  @Roles(...CULTURE_OVERSEERS)
  themes() {
    return this.reviews.themeRules();
  }

  /** Saves rules and re-tags every stored review; answers how many changed. */
  @Put('themes')
  @Roles(...CULTURE_ADMINS)
  updateThemes(@Body() dto: UpdateReviewThemesDto) {
    return this.reviews.updateThemeRules(dto);
  }
}
