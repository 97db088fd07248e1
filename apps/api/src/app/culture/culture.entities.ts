import { CheckInEntity } from './leadership-goals/check-in.entity';
import { LeadershipGoalEntity } from './leadership-goals/leadership-goal.entity';
import { ObservationEntity } from './observations/observation.entity';
import { ReviewAssignmentEntity } from './review-cycles/review-assignment.entity';
import { ReviewCycleEntity } from './review-cycles/review-cycle.entity';
import { ServiceMetricEntity } from './service-metrics/service-metric.entity';
import { CultureSettingsEntity } from './settings/culture-settings.entity';
import { StaffMemberEntity } from './staff/staff-member.entity';

/** Every entity of the culture domain (registered with TypeORM in database/entities.ts). */
export const CULTURE_ENTITIES = [
  StaffMemberEntity,
  ObservationEntity,
  ReviewCycleEntity,
  ReviewAssignmentEntity,
  ServiceMetricEntity,
  LeadershipGoalEntity,
  CheckInEntity,
  CultureSettingsEntity,
];
