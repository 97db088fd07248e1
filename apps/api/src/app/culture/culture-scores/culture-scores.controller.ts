import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ANY_ROLE, Roles } from '../../../common/decorators/roles.decorator';
import { CULTURE_OVERSEERS } from '../culture.roles';
import { CultureScoresQueryDto, HeatmapQueryDto } from './culture-scores.dto';
import { CultureScoresService } from './culture-scores.service';

@ApiTags('culture')
@Controller('culture')
export class CultureScoresController {
  constructor(private readonly scores: CultureScoresService) {}

  /** Culture score per person or location and period, with its breakdown and trend (ADR 0004). */
  @Get('scores')
  @Roles(...ANY_ROLE)
  list(@Query() query: CultureScoresQueryDto) {
    return this.scores.scores(query);
  }

  /** Competency × location (or role title): 360 means behind the anonymity threshold. */
  @Get('heatmap')
  @Roles(...CULTURE_OVERSEERS)
  heatmap(@Query() query: HeatmapQueryDto) {
    return this.scores.heatmap(query);
  }
}
