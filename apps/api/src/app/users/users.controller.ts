import { Body, Controller, Get, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Roles } from '../../common/decorators/roles.decorator';
import { ListQueryDto } from '../../common/pagination/list-query.dto';
import { UuidParam } from '../../common/validation/uuid-param';
import { CreateUserDto, UpdateUserDto } from './user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles('owner', 'admin', 'hr')
  list(@Query() query: ListQueryDto) {
    return this.users.list(query);
  }

  @Get(':id')
  @Roles('owner', 'admin', 'hr')
  get(@UuidParam() id: string) {
    return this.users.get(id);
  }

  /** Invites a user: 201 with a one-time invitation link to hand over. */
  @Post()
  @Roles('owner', 'admin')
  create(@Body() dto: CreateUserDto, @Req() request: FastifyRequest) {
    return this.users.invite(dto, request.ip);
  }

  /** A fresh invitation link (emailed or kept) for a user who has not accepted theirs; the old link stops working. */
  @Post(':id/invitation')
  @Roles('owner', 'admin')
  resendInvitation(@UuidParam() id: string, @Req() request: FastifyRequest) {
    return this.users.resendInvitation(id, request.ip);
  }

  @Patch(':id')
  @Roles('owner', 'admin')
  update(@UuidParam() id: string, @Body() dto: UpdateUserDto) {
    return this.users.update(id, dto);
  }
}
