import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../common/decorators/roles.decorator';
import { UuidParam } from '../../../common/validation/uuid-param';
import { GOAL_ROLES } from '../culture.roles';
import { LeadersService } from './leaders.service';

@ApiTags('leaders')
@Controller('leaders')
export class LeadersController {
  constructor(private readonly leaders: LeadersService) {}

  /** `:id` is the leader's user id. Upward ratings appear only as pooled aggregates of enough raters. */
  @Get(':id/overview')
  @Roles(...GOAL_ROLES)
  overview(@UuidParam() id: string) {
    return this.leaders.overview(id);
  }
}
