import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ANY_ROLE, Roles } from '../../common/decorators/roles.decorator';
import { ListQueryDto } from '../../common/pagination/list-query.dto';
import { UuidParam } from '../../common/validation/uuid-param';
import { CompetenciesService } from './competencies.service';
import { CreateCompetencyDto, UpdateCompetencyDto } from './competency.dto';

@ApiTags('competencies')
@Controller('competencies')
export class CompetenciesController {
  constructor(private readonly competencies: CompetenciesService) {}

  @Get()
  @Roles(...ANY_ROLE)
  list(@Query() query: ListQueryDto) {
    return this.competencies.list(query);
  }

  @Get(':id')
  @Roles(...ANY_ROLE)
  get(@UuidParam() id: string) {
    return this.competencies.get(id);
  }

  @Post()
  @Roles('owner', 'admin')
  create(@Body() dto: CreateCompetencyDto) {
    return this.competencies.create(dto);
  }

  @Patch(':id')
  @Roles('owner', 'admin')
  update(@UuidParam() id: string, @Body() dto: UpdateCompetencyDto) {
    return this.competencies.update(id, dto);
  }
}
