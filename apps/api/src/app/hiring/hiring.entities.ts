import { ApplicationEntity } from './applications/application.entity';
import { StageChangeEntity } from './applications/stage-change.entity';
import { CandidateEntity } from './candidates/candidate.entity';
import { InterviewEntity } from './interviews/interview.entity';
import { ScorecardEntity } from './interviews/scorecard.entity';
import { InterviewKitVersionEntity } from './kits/interview-kit-version.entity';
import { InterviewKitEntity } from './kits/interview-kit.entity';
import { OpeningEntity } from './openings/opening.entity';

/** Every entity of the hiring domain (registered with TypeORM in database/entities.ts). */
export const HIRING_ENTITIES = [
  InterviewKitEntity,
  InterviewKitVersionEntity,
  OpeningEntity,
  CandidateEntity,
  ApplicationEntity,
  StageChangeEntity,
  InterviewEntity,
  ScorecardEntity,
];
