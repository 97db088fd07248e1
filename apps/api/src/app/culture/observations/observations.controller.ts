import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ANY_ROLE, Roles } from '../../../common/decorators/roles.decorator';
import { OBSERVERS } from '../culture.roles';
import { CreateObservationDto, ObservationQueryDto } from './observation.dto';
import { ObservationsService } from './observations.service';
import { Idempotent } from '../../../common/idempotency/idempotency.interceptor';

@ApiTags('observations')
@Controller('observations')
export class ObservationsController {
  constructor(private readonly observations: ObservationsService) {}

  /** Leaders, managers and peers record what they saw. */
  @Post()
  @Idempotent()
  @Roles(...OBSERVERS)
  create(@Body() dto: CreateObservationDto) {
    return this.observations.create(dto);
  }

  /** Recognitions for everyone; coaching notes only for those allowed to read them. */
  @Get()
  @Roles(...ANY_ROLE)
  list(@Query() query: ObservationQueryDto) {
    return this.observations.list(query);
  }
}
