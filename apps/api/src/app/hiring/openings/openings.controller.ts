import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../common/decorators/roles.decorator';
import { ListQueryDto } from '../../../common/pagination/list-query.dto';
import { UuidParam } from '../../../common/validation/uuid-param';
import { HIRING_MANAGERS } from '../hiring.roles';
import { CreateOpeningDto, UpdateOpeningDto } from './opening.dto';
import { OpeningsService } from './openings.service';

@ApiTags('openings')
@Controller('openings')
export class OpeningsController {
  constructor(private readonly openings: OpeningsService) {}

  @Get()
  @Roles(...HIRING_MANAGERS)
  list(@Query() query: ListQueryDto) {
    return this.openings.list(query);
  }

  @Get(':id')
  @Roles(...HIRING_MANAGERS)
  get(@UuidParam() id: string) {
    return this.openings.get(id);
  }

  @Post()
  @Roles(...HIRING_MANAGERS)
  create(@Body() dto: CreateOpeningDto) {
    return this.openings.create(dto);
  }

  @Patch(':id')
  @Roles(...HIRING_MANAGERS)
  update(@UuidParam() id: string, @Body() dto: UpdateOpeningDto) {
    return this.openings.update(id, dto);
  }
}
