import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../common/decorators/roles.decorator';
import { UuidParam } from '../../../common/validation/uuid-param';
import { GOAL_ROLES } from '../culture.roles';
import { CreateCheckInDto, CreateLeadershipGoalDto, GoalQueryDto, UpdateLeadershipGoalDto } from './leadership-goal.dto';
import { LeadershipGoalsService } from './leadership-goals.service';

@ApiTags('leadership-goals')
@Controller('leadership-goals')
export class LeadershipGoalsController {
  constructor(private readonly goals: LeadershipGoalsService) {}

  /** A leader's own goals; owner, admin and HR see every leader's. */
  @Get()
  @Roles(...GOAL_ROLES)
  list(@Query() query: GoalQueryDto) {
    return this.goals.list(query);
  }

  @Get(':id')
  @Roles(...GOAL_ROLES)
  get(@UuidParam() id: string) {
    return this.goals.get(id);
  }

  @Post()
  @Roles(...GOAL_ROLES)
  create(@Body() dto: CreateLeadershipGoalDto) {
    return this.goals.create(dto);
  }

  @Patch(':id')
  @Roles(...GOAL_ROLES)
  update(@UuidParam() id: string, @Body() dto: UpdateLeadershipGoalDto) {
    return this.goals.update(id, dto);
  }

  /** Logs progress (0–100) with a note; returns the goal with all its check-ins. */
  @Post(':id/check-ins')
  @Roles(...GOAL_ROLES)
  checkIn(@UuidParam() id: string, @Body() dto: CreateCheckInDto) {
    return this.goals.checkIn(id, dto);
  }
}
