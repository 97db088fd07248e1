import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ANY_ROLE, Roles } from '../../common/decorators/roles.decorator';
import { ListQueryDto } from '../../common/pagination/list-query.dto';
import { UuidParam } from '../../common/validation/uuid-param';
import { CreateLocationDto, UpdateLocationDto } from './location.dto';
import { LocationsService } from './locations.service';

@ApiTags('locations')
@Controller('locations')
export class LocationsController {
  constructor(private readonly locations: LocationsService) {}

  @Get()
  @Roles(...ANY_ROLE)
  list(@Query() query: ListQueryDto) {
    return this.locations.list(query);
  }

  @Get(':id')
  @Roles(...ANY_ROLE)
  get(@UuidParam() id: string) {
    return this.locations.get(id);
  }

  @Post()
  @Roles('owner', 'admin')
  create(@Body() dto: CreateLocationDto) {
    return this.locations.create(dto);
  }

  @Patch(':id')
  @Roles('owner', 'admin')
  update(@UuidParam() id: string, @Body() dto: UpdateLocationDto) {
    return this.locations.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('owner', 'admin')
  remove(@UuidParam() id: string) {
    return this.locations.remove(id);
  }
}
