import { CandidateSelfIdentificationEntity } from './self-identification/self-identification.entity';

/** Every entity of the reports domain (registered with TypeORM in database/entities.ts). */
export const REPORTS_ENTITIES = [CandidateSelfIdentificationEntity];
