import { Module } from '@nestjs/common';
import { TenancyModule } from '../../../common/tenancy/tenancy.module';
import { CompetencyEntity } from '../../competencies/competency.entity';
import { CultureModule } from '../../culture/culture.module';
import { InterviewKitVersionEntity } from '../../hiring/kits/interview-kit-version.entity';
import { UserEntity } from '../../users/user.entity';
import { QualityOfHireController } from './quality-of-hire.controller';
import { QualityOfHireService } from './quality-of-hire.service';

/** Quality of hire: do interview ratings predict how hires later treat patients? */
@Module({
  imports: [TenancyModule.forFeature([InterviewKitVersionEntity, CompetencyEntity, UserEntity]), CultureModule],
  controllers: [QualityOfHireController],
  providers: [QualityOfHireService],
  exports: [QualityOfHireService],
})
export class QualityOfHireModule {}
