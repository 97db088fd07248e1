import { Init1795720758981 } from './1795720758981-Init';
import { Hiring1795721344700 } from './1795721344700-Hiring';
import { Culture1795722117169 } from './1795722117169-Culture';
import { AuditChain1795722997808 } from './1795722997808-AuditChain';
import { Retention1795723325868 } from './1795723325868-Retention';
import { Reports1795723513171 } from './1795723513171-Reports';
import { Idempotency1795723723423 } from './1795723723423-Idempotency';
import { PatientSignals1795733083023 } from './1795733083023-PatientSignals';
import { ListIndexes1795736080667 } from './1795736080667-ListIndexes';
import { ObservationMonthlyCounts1795747000000 } from './1795747000000-ObservationMonthlyCounts';
import { ReviewRatingSums1795748000000 } from './1795748000000-ReviewRatingSums';
import { CandidateCreatedBy1795761000000 } from './1795761000000-CandidateCreatedBy';
import { IdempotencyKeyOwner1795762000000 } from './1795762000000-IdempotencyKeyOwner';
import { AuditHeads1795762100000 } from './1795762100000-AuditHeads';
import { RateLimitEvents1795763000000 } from './1795763000000-RateLimitEvents';

import { Messages1795770000000 } from './1795770000000-Messages';
/** Migrations in order, listed explicitly for the webpack bundle. */
export const MIGRATIONS = [
  Init1795720758981,
  Hiring1795721344700,
  Culture1795722117169,
  AuditChain1795722997808,
  Retention1795723325868,
  Reports1795723513171,
  Idempotency1795723723423,
  PatientSignals1795733083023,
  ListIndexes1795736080667,
  ObservationMonthlyCounts1795747000000,
  ReviewRatingSums1795748000000,
  CandidateCreatedBy1795761000000,
  IdempotencyKeyOwner1795762000000,
  AuditHeads1795762100000,
  RateLimitEvents1795763000000,
  Messages1795770000000,
];
