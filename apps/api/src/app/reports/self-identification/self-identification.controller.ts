import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ANY_ROLE, Roles } from '../../../common/decorators/roles.decorator';
import { UuidParam } from '../../../common/validation/uuid-param';
import { UpdateSelfIdentificationDto } from './self-identification.dto';
import { SelfIdentificationService } from './self-identification.service';

/**
 * Open to every role at the guard on purpose: the service answers 404 to anyone but HR and the
 * owner, so that a 403 does not reveal that the route (or the candidate) exists.
 */
@ApiTags('self-identification')
@Controller('candidates/:id/self-identification')
export class SelfIdentificationController {
  constructor(private readonly selfIds: SelfIdentificationService) {}

  /** The candidate's voluntary answers (HR and owner only; `null` = not answered). */
  @Get()
  @Roles(...ANY_ROLE)
  get(@UuidParam() id: string) {
    return this.selfIds.get(id);
  }

  /** Replaces the answers; an omitted field is recorded as not answered. */
  @Put()
  @Roles(...ANY_ROLE)
  put(@UuidParam() id: string, @Body() dto: UpdateSelfIdentificationDto) {
    return this.selfIds.put(id, dto);
  }
}
