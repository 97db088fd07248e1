import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../common/decorators/roles.decorator';
import { SELF_ID_READERS } from '../reports.roles';
import { AdverseImpactQueryDto } from './adverse-impact.dto';
import { AdverseImpactService } from './adverse-impact.service';

@ApiTags('reports')
@Controller('reports')
export class AdverseImpactController {
  constructor(private readonly adverseImpact: AdverseImpactService) {}

  /**
   * Per opening and stage: selection rate per self-identified group, impact ratio to the highest
   * group, four-fifths flag; groups under 5 pooled, never shown alone (HR and owner only).
   */
  @Get('adverse-impact')
  @Roles(...SELF_ID_READERS)
  report(@Query() query: AdverseImpactQueryDto) {
    return this.adverseImpact.report(query);
  }
}
