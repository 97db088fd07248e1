import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ANY_ROLE, Roles } from '../../../common/decorators/roles.decorator';
import { UuidParam } from '../../../common/validation/uuid-param';
import { CULTURE_ADMINS, STAFF_CREATORS } from '../culture.roles';
import { CreateStaffMemberDto, StaffQueryDto, UpdateStaffMemberDto } from './staff.dto';
import { StaffService } from './staff.service';

@ApiTags('staff')
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  /** The team directory (everyone: peers pick whom to recognize from it). */
  @Get()
  @Roles(...ANY_ROLE)
  list(@Query() query: StaffQueryDto) {
    return this.staff.list(query);
  }

  /** A prefilled staff record from a hired application ("moving to hired offers to create the staff member"). */
  @Get('from-application/:applicationId')
  @Roles(...STAFF_CREATORS)
  draftFromApplication(@Param('applicationId', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) applicationId: string) {
    return this.staff.draftFromApplication(applicationId);
  }

  @Get(':id')
  @Roles(...ANY_ROLE)
  get(@UuidParam() id: string) {
    return this.staff.get(id);
  }

  @Post()
  @Roles(...STAFF_CREATORS)
  create(@Body() dto: CreateStaffMemberDto) {
    return this.staff.create(dto);
  }

  @Patch(':id')
  @Roles(...CULTURE_ADMINS)
  update(@UuidParam() id: string, @Body() dto: UpdateStaffMemberDto) {
    return this.staff.update(id, dto);
  }
}
