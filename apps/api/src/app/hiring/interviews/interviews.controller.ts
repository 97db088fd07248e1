import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../common/decorators/roles.decorator';
import { UuidParam } from '../../../common/validation/uuid-param';
import { DebriefService } from '../debrief/debrief.service';
import { HIRING_MANAGERS, PANEL_ROLES } from '../hiring.roles';
import { AmendScorecardDto, InterviewQueryDto, SaveScorecardDto, ScheduleInterviewDto } from './interview.dto';
import { InterviewsService } from './interviews.service';
import { ScorecardsService } from './scorecards.service';
import { Idempotent } from '../../../common/idempotency/idempotency.interceptor';

@ApiTags('interviews')
@Controller('interviews')
export class InterviewsController {
  constructor(
    private readonly interviews: InterviewsService,
    private readonly scorecards: ScorecardsService,
    private readonly debriefs: DebriefService,
  ) {}

  @Post()
  @Roles(...HIRING_MANAGERS)
  schedule(@Body() dto: ScheduleInterviewDto) {
    return this.interviews.schedule(dto);
  }

  @Get()
  @Roles(...PANEL_ROLES)
  list(@Query() query: InterviewQueryDto) {
    return this.interviews.list(query);
  }

  @Get(':id')
  @Roles(...PANEL_ROLES)
  get(@UuidParam() id: string) {
    return this.interviews.get(id);
  }

  /** Other panel members' scorecards: only after submitting your own (403 before). */
  @Get(':id/scorecards')
  @Roles(...PANEL_ROLES)
  scorecardsOf(@UuidParam() id: string) {
    return this.scorecards.list(id);
  }

  @Get(':id/scorecards/me')
  @Roles(...PANEL_ROLES)
  mine(@UuidParam() id: string) {
    return this.scorecards.mine(id);
  }

  /** Saves your draft (rating null = not asked). */
  @Put(':id/scorecards/me')
  @Roles(...PANEL_ROLES)
  saveDraft(@UuidParam() id: string, @Body() dto: SaveScorecardDto) {
    return this.scorecards.saveDraft(id, dto);
  }

  /** Submits and locks your scorecard; 400 names every missing piece. */
  @Post(':id/scorecards/me/submit')
  @Idempotent()
  @HttpCode(200)
  @Roles(...PANEL_ROLES)
  submit(@UuidParam() id: string) {
    return this.scorecards.submit(id);
  }

  /** Changes a submitted scorecard with a reason; the original stays in the audit trail. */
  @Post(':id/scorecards/me/amend')
  @HttpCode(200)
  @Roles(...PANEL_ROLES)
  amend(@UuidParam() id: string, @Body() dto: AmendScorecardDto) {
    return this.scorecards.amend(id, dto);
  }

  @Get(':id/debrief')
  @Roles(...PANEL_ROLES)
  debrief(@UuidParam() id: string) {
    return this.debriefs.forInterview(id);
  }
}
