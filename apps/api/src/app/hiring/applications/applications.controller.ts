import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../common/decorators/roles.decorator';
import { UuidParam } from '../../../common/validation/uuid-param';
import { DebriefService } from '../debrief/debrief.service';
import { HIRING_MANAGERS, PANEL_ROLES } from '../hiring.roles';
import { ApplicationQueryDto, CreateApplicationDto, DecisionDto, StageChangeDto } from './application.dto';
import { ApplicationsService } from './applications.service';

@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly debriefs: DebriefService,
  ) {}

  @Get()
  @Roles(...HIRING_MANAGERS)
  list(@Query() query: ApplicationQueryDto) {
    return this.applications.list(query);
  }

  @Get(':id')
  @Roles(...HIRING_MANAGERS)
  get(@UuidParam() id: string) {
    return this.applications.get(id);
  }

  @Post()
  @Roles(...HIRING_MANAGERS)
  create(@Body() dto: CreateApplicationDto) {
    return this.applications.create(dto);
  }

  /** Moves the application; every change is kept with who, when and why. Rejecting needs a reason. */
  @Post(':id/stage')
  @HttpCode(200)
  @Roles(...HIRING_MANAGERS)
  changeStage(@UuidParam() id: string, @Body() dto: StageChangeDto) {
    return this.applications.changeStage(id, dto);
  }

  /** All interviews of the application, from submitted scorecards (panel members: after submitting). */
  @Get(':id/debrief')
  @Roles(...PANEL_ROLES)
  debrief(@UuidParam() id: string) {
    return this.debriefs.forApplication(id);
  }

  /** The hiring manager's decision with a rationale; against the computed recommendation it is an override. */
  @Post(':id/decision')
  @HttpCode(200)
  @Roles('owner', 'admin', 'hiring_manager')
  decide(@UuidParam() id: string, @Body() dto: DecisionDto) {
    return this.applications.decide(id, dto);
  }
}
