import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ANY_ROLE, Roles } from '../../../common/decorators/roles.decorator';
import { ListQueryDto } from '../../../common/pagination/list-query.dto';
import { UuidParam } from '../../../common/validation/uuid-param';
import { CULTURE_ADMINS, CULTURE_OVERSEERS } from '../culture.roles';
import { ReviewAssignmentsService } from './review-assignments.service';
import { CreateReviewCycleDto, MyAssignmentsQueryDto, ResultsQueryDto, SaveReviewAssignmentDto } from './review-cycle.dto';
import { ReviewCyclesService } from './review-cycles.service';

@ApiTags('review-cycles')
@Controller('review-cycles')
export class ReviewCyclesController {
  constructor(private readonly cycles: ReviewCyclesService) {}

  @Get()
  @Roles(...CULTURE_OVERSEERS)
  list(@Query() query: ListQueryDto) {
    return this.cycles.list(query);
  }

  /** Creates the cycle and its assignments: self, manager, peers from the same location, upward. */
  @Post()
  @Roles(...CULTURE_ADMINS)
  create(@Body() dto: CreateReviewCycleDto) {
    return this.cycles.create(dto);
  }

  /** The cycle with its completion progress (counts only: who has not submitted is not shown). */
  @Get(':id')
  @Roles(...CULTURE_OVERSEERS)
  get(@UuidParam() id: string) {
    return this.cycles.get(id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(...CULTURE_ADMINS)
  close(@UuidParam() id: string) {
    return this.cycles.close(id);
  }

  /** One person's results; peer and upward only as aggregates of enough raters, once the cycle is closed. */
  @Get(':id/results')
  @Roles(...ANY_ROLE)
  results(@UuidParam() id: string, @Query() query: ResultsQueryDto) {
    return this.cycles.results(id, query.staffMemberId);
  }
}

@ApiTags('review-cycles')
@Controller()
export class ReviewAssignmentsController {
  constructor(private readonly assignments: ReviewAssignmentsService) {}

  /** The reviews the caller gives (the subject is shown, never the other raters). */
  @Get('me/review-assignments')
  @Roles(...ANY_ROLE)
  mine(@Query() query: MyAssignmentsQueryDto) {
    return this.assignments.mine(query);
  }

  @Get('review-assignments/:id')
  @Roles(...ANY_ROLE)
  get(@UuidParam() id: string) {
    return this.assignments.get(id);
  }

  /** Saves the caller's draft. */
  @Put('review-assignments/:id')
  @Roles(...ANY_ROLE)
  save(@UuidParam() id: string, @Body() dto: SaveReviewAssignmentDto) {
    return this.assignments.save(id, dto);
  }

  /** Submits and locks the caller's review. */
  @Post('review-assignments/:id/submit')
  @HttpCode(200)
  @Roles(...ANY_ROLE)
  submit(@UuidParam() id: string) {
    return this.assignments.submit(id);
  }
}
