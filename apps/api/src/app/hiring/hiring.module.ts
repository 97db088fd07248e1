import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { CandidateErasureService } from './candidates/candidate-erasure.service';
import { RetentionController } from './retention/retention.controller';
import { RetentionService } from './retention/retention.service';
import { TenancyModule } from '../../common/tenancy/tenancy.module';
import { CompetencyEntity } from '../competencies/competency.entity';
import { LocationEntity } from '../locations/location.entity';
import { UserEntity } from '../users/user.entity';
import { ApplicationsController } from './applications/applications.controller';
import { ApplicationsService } from './applications/applications.service';
import { CandidatesController } from './candidates/candidates.controller';
import { CandidatesService } from './candidates/candidates.service';
import { AnalyticsController } from './debrief/analytics.controller';
import { CalibrationService } from './debrief/calibration.service';
import { DebriefService } from './debrief/debrief.service';
import { HiringScope } from './hiring-scope.service';
import { InterviewAccess } from './interviews/interview-access.service';
import { InterviewsController } from './interviews/interviews.controller';
import { InterviewRelations } from './interviews/interview-relations.service';
import { InterviewsService } from './interviews/interviews.service';
import { ScorecardsService } from './interviews/scorecards.service';
import { KitsController } from './kits/kits.controller';
import { KitsService } from './kits/kits.service';
import { OpeningsController } from './openings/openings.controller';
import { OpeningsService } from './openings/openings.service';
import { HIRING_ENTITIES } from './hiring.entities';

/** Structured interviews: kits, openings, candidates, applications, panels, scorecards, debriefs. */
@Module({
  imports: [
    TenancyModule.forFeature([...HIRING_ENTITIES, CompetencyEntity, LocationEntity, UserEntity]),
    TypeOrmModule.forFeature([OrganizationEntity]),
  ],
  controllers: [
    KitsController,
    OpeningsController,
    CandidatesController,
    ApplicationsController,
    InterviewsController,
    AnalyticsController,
    RetentionController,
  ],
  providers: [
    HiringScope,
    KitsService,
    OpeningsService,
    CandidatesService,
    ApplicationsService,
    InterviewAccess,
    InterviewRelations,
    InterviewsService,
    ScorecardsService,
    DebriefService,
    CalibrationService,
    CandidateErasureService,
    RetentionService,
  ],
  exports: [HiringScope, DebriefService, CalibrationService, CandidateErasureService],
})
export class HiringModule {}
