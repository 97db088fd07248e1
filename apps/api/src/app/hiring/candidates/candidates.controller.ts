import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../common/decorators/roles.decorator';
import { UuidParam } from '../../../common/validation/uuid-param';
import { HIRING_MANAGERS } from '../hiring.roles';
import { CandidateQueryDto, CreateCandidateDto, UpdateCandidateDto } from './candidate.dto';
import { CandidateErasureService } from './candidate-erasure.service';
import { CandidatesService } from './candidates.service';

@ApiTags('candidates')
@Controller('candidates')
export class CandidatesController {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly erasure: CandidateErasureService,
  ) {}

  @Get()
  @Roles(...HIRING_MANAGERS)
  list(@Query() query: CandidateQueryDto) {
    return this.candidates.list(query);
  }

  @Get(':id')
  @Roles(...HIRING_MANAGERS)
  get(@UuidParam() id: string) {
    return this.candidates.get(id);
  }

  @Post()
  @Roles(...HIRING_MANAGERS)
  create(@Body() dto: CreateCandidateDto) {
    return this.candidates.create(dto);
  }

  @Patch(':id')
  @Roles(...HIRING_MANAGERS)
  update(@UuidParam() id: string, @Body() dto: UpdateCandidateDto) {
    return this.candidates.update(id, dto);
  }

  /**
   * Erases the candidate's personal data everywhere, audit trail included; numeric ratings stay
   * for aggregates and the audit chain still verifies.
   */
  @Post(':id/erase')
  @HttpCode(200)
  @Roles('owner', 'hr')
  erase(@UuidParam() id: string) {
    return this.erasure.erase(id);
  }
}
