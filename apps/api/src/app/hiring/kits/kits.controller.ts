import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../common/decorators/roles.decorator';
import { ListQueryDto } from '../../../common/pagination/list-query.dto';
import { UuidParam } from '../../../common/validation/uuid-param';
import { HIRING_MANAGERS, HIRING_READERS } from '../hiring.roles';
import { CreateInterviewKitDto, UpdateInterviewKitDto } from './kit.dto';
import { KitsService } from './kits.service';

@ApiTags('interview kits')
@Controller('interview-kits')
export class KitsController {
  constructor(private readonly kits: KitsService) {}

  @Get()
  @Roles(...HIRING_READERS)
  list(@Query() query: ListQueryDto) {
    return this.kits.list(query);
  }

  @Get(':id')
  @Roles(...HIRING_READERS)
  get(@UuidParam() id: string) {
    return this.kits.get(id);
  }

  @Get(':id/versions')
  @Roles(...HIRING_READERS)
  versions(@UuidParam() id: string) {
    return this.kits.listVersions(id);
  }

  @Post()
  @Roles(...HIRING_MANAGERS)
  create(@Body() dto: CreateInterviewKitDto) {
    return this.kits.create(dto);
  }

  /** Edits the kit; once a version has been used in an interview this creates a new version. */
  @Patch(':id')
  @Roles(...HIRING_MANAGERS)
  update(@UuidParam() id: string, @Body() dto: UpdateInterviewKitDto) {
    return this.kits.update(id, dto);
  }
}
