import { Module } from '@nestjs/common';
import { TenancyModule } from '../../common/tenancy/tenancy.module';
import { CompetencyEntity } from '../competencies/competency.entity';
import { ApplicationEntity } from '../hiring/applications/application.entity';
import { CandidateEntity } from '../hiring/candidates/candidate.entity';
import { OpeningEntity } from '../hiring/openings/opening.entity';
import { LocationEntity } from '../locations/location.entity';
import { UserEntity } from '../users/user.entity';
import { CULTURE_ENTITIES } from './culture.entities';
import { CultureDataService } from './culture-scores/culture-data.service';
import { CultureScoresController } from './culture-scores/culture-scores.controller';
import { CultureScoresService } from './culture-scores/culture-scores.service';
import { LeadersController } from './leaders/leaders.controller';
import { LeadersService } from './leaders/leaders.service';
import { LeadershipGoalsController } from './leadership-goals/leadership-goals.controller';
import { LeadershipGoalsService } from './leadership-goals/leadership-goals.service';
import { ObservationsController } from './observations/observations.controller';
import { ObservationsService } from './observations/observations.service';
import { ReviewAssignmentsService } from './review-cycles/review-assignments.service';
import { ReviewAssignmentsController, ReviewCyclesController } from './review-cycles/review-cycles.controller';
import { ReviewCyclesService } from './review-cycles/review-cycles.service';
import { ServiceMetricsController } from './service-metrics/service-metrics.controller';
import { ServiceMetricsService } from './service-metrics/service-metrics.service';
import { CultureSettingsController } from './settings/culture-settings.controller';
import { CultureSettingsService } from './settings/culture-settings.service';
import { HiringScope } from '../hiring/hiring-scope.service';
import { CultureAccess } from './shared/culture-access.service';
import { StaffController } from './staff/staff.controller';
import { StaffService } from './staff/staff.service';

/** Culture and leadership: staff, observations, 360 cycles, service metrics, goals, scores, leader view. */
@Module({
  imports: [
    TenancyModule.forFeature([
      ...CULTURE_ENTITIES,
      CompetencyEntity,
      LocationEntity,
      UserEntity,
      ApplicationEntity,
      CandidateEntity,
      OpeningEntity,
    ]),
  ],
  controllers: [
    StaffController,
    ObservationsController,
    ReviewCyclesController,
    ReviewAssignmentsController,
    ServiceMetricsController,
    LeadershipGoalsController,
    CultureScoresController,
    CultureSettingsController,
    LeadersController,
  ],
  providers: [
    // The hiring visibility rule, for the staff record made from a hired application.
    HiringScope,
    CultureAccess,
    CultureSettingsService,
    StaffService,
    ObservationsService,
    ReviewCyclesService,
    ReviewAssignmentsService,
    ServiceMetricsService,
    LeadershipGoalsService,
    CultureDataService,
    CultureScoresService,
    LeadersService,
  ],
  // The computations the HR exports reuse, so an export shows exactly what the culture routes show.
  exports: [CultureAccess, CultureSettingsService, CultureDataService, CultureScoresService, LeadershipGoalsService, LeadersService],
})
export class CultureModule {}
