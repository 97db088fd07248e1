import { Injectable } from '@nestjs/common';
import type { Debrief, KitQuestion } from '@rapport/shared/contracts';
import { In } from 'typeorm';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { ApplicationEntity } from '../../hiring/applications/application.entity';
import { StageChangeEntity } from '../../hiring/applications/stage-change.entity';
import { CandidateEntity } from '../../hiring/candidates/candidate.entity';
import { DebriefService } from '../../hiring/debrief/debrief.service';
import { HiringScope } from '../../hiring/hiring-scope.service';
import { InterviewEntity } from '../../hiring/interviews/interview.entity';
import { ScorecardEntity } from '../../hiring/interviews/scorecard.entity';
import { InterviewKitVersionEntity } from '../../hiring/kits/interview-kit-version.entity';
import type { OpeningEntity } from '../../hiring/openings/opening.entity';
import { PacketLookups } from '../lookups.service';
import { ReportAccess } from '../report-access.service';

export interface PacketInterview {
  interview: InterviewEntity;
  kit: { name: string; version: number; questions: KitQuestion[] } | null;
  /** Panel members and their scorecard status (drafts stay private: no ratings from them). */
  panel: { name: string; status: ScorecardEntity['status'] }[];
  /** Submitted scorecards only. */
  scorecards: (ScorecardEntity & { interviewerName: string })[];
}

export interface CandidatePacket {
  application: ApplicationEntity;
  candidate: CandidateEntity;
  opening: OpeningEntity;
  locationName: string;
  hiringManagerName: string;
  history: { fromStage: string | null; toStage: string; reason: string | null; by: string; at: Date }[];
  interviews: PacketInterview[];
  debrief: Debrief;
  competencyNames: Map<string, string>;
  userNames: Map<string, string>;
}

/**
 * Everything the candidate packet shows, for one application of an opening the caller may export.
 * The panel numbers come from the debrief computation itself (DebriefService), so the packet and the
 * debrief page can never disagree. Self-identification is not loaded: it never goes in a packet.
 */
@Injectable()
export class CandidatePacketData {
  constructor(
    @InjectTenantRepository(CandidateEntity) private readonly candidates: TenantRepository<CandidateEntity>,
    @InjectTenantRepository(StageChangeEntity) private readonly changes: TenantRepository<StageChangeEntity>,
    @InjectTenantRepository(InterviewEntity) private readonly interviews: TenantRepository<InterviewEntity>,
    @InjectTenantRepository(ScorecardEntity) private readonly scorecards: TenantRepository<ScorecardEntity>,
    @InjectTenantRepository(InterviewKitVersionEntity) private readonly versions: TenantRepository<InterviewKitVersionEntity>,
    private readonly lookups: PacketLookups,
    private readonly access: ReportAccess,
    private readonly debriefs: DebriefService,
    private readonly scope: HiringScope,
  ) {}

  async load(applicationId: string): Promise<CandidatePacket> {
    // 404 naming the application asked for: the opening of one outside the caller's view stays unnamed.
    const application = await this.scope.applicationOrFail(applicationId);
    const opening = await this.access.opening(application.openingId);
    const [candidate, changes, interviews, debrief] = await Promise.all([
      this.candidates.findByIdOrFail(application.candidateId),
      this.changes.find({ where: { applicationId }, order: { createdAt: 'ASC' } }),
      this.interviews.find({ where: { applicationId }, order: { scheduledAt: 'ASC' } }),
      this.debriefs.computeForApplication(applicationId),
    ]);
    const interviewIds = interviews.map((i) => i.id);
    const [cards, versions] = await Promise.all([
      interviewIds.length ? this.scorecards.find({ where: { interviewId: In(interviewIds) }, order: { createdAt: 'ASC' } }) : [],
      interviews.length ? this.versions.find({ where: { id: In([...new Set(interviews.map((i) => i.kitVersionId))]) } }) : [],
    ]);
    const userIds = [
      opening.hiringManagerId,
      ...changes.map((c) => c.changedById),
      ...cards.map((c) => c.interviewerId),
      application.decidedById,
    ].filter((id): id is string => !!id);
    const [userNames, competencyNames, locationNames] = await Promise.all([
      this.lookups.userNames(userIds),
      this.lookups.competencyNames(),
      this.access.locationNames([opening.locationId]),
    ]);
    const nameOf = (id: string | null) => (id ? (userNames.get(id) ?? 'Former user') : 'System');
    return {
      application,
      candidate,
      opening,
      locationName: locationNames.get(opening.locationId) ?? '',
      hiringManagerName: nameOf(opening.hiringManagerId),
      history: changes.map((c) => ({ fromStage: c.fromStage, toStage: c.toStage, reason: c.reason, by: nameOf(c.changedById), at: c.createdAt })),
      interviews: interviews.map((interview) => {
        const version = versions.find((v) => v.id === interview.kitVersionId);
        const panel = cards.filter((c) => c.interviewId === interview.id);
        return {
          interview,
          kit: version ? { name: version.name, version: version.version, questions: version.questions } : null,
          panel: panel.map((c) => ({ name: nameOf(c.interviewerId), status: c.status })),
          scorecards: panel.filter((c) => c.status === 'submitted').map((c) => Object.assign(c, { interviewerName: nameOf(c.interviewerId) })),
        };
      }),
      debrief,
      competencyNames,
      userNames,
    };
  }
}
