import { Module } from '@nestjs/common';
import { TenancyModule } from '../../common/tenancy/tenancy.module';
import { CompetenciesController } from './competencies.controller';
import { CompetenciesService } from './competencies.service';
import { CompetencyEntity } from './competency.entity';

@Module({
  imports: [TenancyModule.forFeature([CompetencyEntity])],
  controllers: [CompetenciesController],
  providers: [CompetenciesService],
  exports: [CompetenciesService],
})
export class CompetenciesModule {}
