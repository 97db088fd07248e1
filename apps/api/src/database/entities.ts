import { AuditEventEntity } from '../app/audit/audit-event.entity';
import { AuditHeadEntity } from '../app/audit/audit-head.entity';
import { LoginAttemptEntity } from '../app/auth/login-attempt.entity';
import { RateLimitEventEntity } from '../common/security/rate-limit-event.entity';
import { PasswordResetEntity } from '../app/auth/password-reset.entity';
import { RefreshTokenEntity } from '../app/auth/refresh-token.entity';
import { CompetencyEntity } from '../app/competencies/competency.entity';
import { CULTURE_ENTITIES } from '../app/culture/culture.entities';
import { LocationEntity } from '../app/locations/location.entity';
import { MessageEntity } from '../app/messages/message.entity';
import { OrganizationEntity } from '../app/organizations/organization.entity';
import { HIRING_ENTITIES } from '../app/hiring/hiring.entities';
import { PATIENT_SIGNAL_ENTITIES } from '../app/patient-signals/patient-signals.entities';
import { REPORTS_ENTITIES } from '../app/reports/reports.entities';
import { UserEntity } from '../app/users/user.entity';
import { IdempotencyKeyEntity } from '../common/idempotency/idempotency-key.entity';

/** Every entity, listed explicitly: the API is bundled by webpack, so globs would not resolve. */
export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  LocationEntity,
  CompetencyEntity,
  RefreshTokenEntity,
  LoginAttemptEntity,
  RateLimitEventEntity,
  AuditEventEntity,
  AuditHeadEntity,
  IdempotencyKeyEntity,
  MessageEntity,
  PasswordResetEntity,
  ...HIRING_ENTITIES,
  ...CULTURE_ENTITIES,
  ...REPORTS_ENTITIES,
  ...PATIENT_SIGNAL_ENTITIES,
];
