import { ConflictException, Injectable } from '@nestjs/common';
import type { Interview, Page, Scorecard } from '@rapport/shared/contracts';
import { TERMINAL_STAGES } from '@rapport/shared/contracts';
import { ArrayOverlap, In, type EntityManager } from 'typeorm';
import { ValidationFailedException } from '../../../common/filters/validation-exception';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { AuditService } from '../../audit/audit.service';
import { UserEntity } from '../../users/user.entity';
import { ApplicationsService } from '../applications/applications.service';
import { ApplicationEntity } from '../applications/application.entity';
import { CandidateEntity } from '../candidates/candidate.entity';
import { HIRING_MANAGERS, PANEL_ROLES } from '../hiring.roles';
import { InterviewKitVersionEntity } from '../kits/interview-kit-version.entity';
import { KitsService } from '../kits/kits.service';
import { OpeningEntity } from '../openings/opening.entity';
import { InterviewAccess } from './interview-access.service';
import type { InterviewQueryDto, ScheduleInterviewDto } from './interview.dto';
import { InterviewEntity } from './interview.entity';
import { ScorecardEntity } from './scorecard.entity';

@Injectable()
export class InterviewsService {
  constructor(
    @InjectTenantRepository(InterviewEntity) private readonly interviews: TenantRepository<InterviewEntity>,
    @InjectTenantRepository(ScorecardEntity) private readonly scorecards: TenantRepository<ScorecardEntity>,
    @InjectTenantRepository(ApplicationEntity) private readonly applications: TenantRepository<ApplicationEntity>,
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
    private readonly kits: KitsService,
    private readonly applicationsService: ApplicationsService,
    private readonly access: InterviewAccess,
    private readonly related: InterviewRelations,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  /** Schedules a panel: pins the opening's current kit version and opens one scorecard per interviewer. */
  schedule(dto: ScheduleInterviewDto): Promise<Interview> {
    return this.tx.run(async (manager) => {
      const app = await this.applications.withManager(manager).findOne({ id: dto.applicationId }, { lock: true });
      if (!app) throw new ValidationFailedException([{ field: 'applicationId', message: 'applicationId is not an application of this organization' }]);
      if (TERMINAL_STAGES.includes(app.stage)) throw new ConflictException(`The application is ${app.stage}; it takes no more interviews`);
      await this.assertInterviewers(dto.interviewerIds);
      const opening = await this.related.opening(app.openingId, manager);
      const version = await this.kits.pinForInterview(opening.kitId, manager);
      const repo = this.interviews.withManager(manager);
      const interview = await repo.save(
        repo.create({ applicationId: app.id, kitId: opening.kitId, kitVersionId: version.id, scheduledAt: new Date(dto.scheduledAt) }),
      );
      const cards = this.scorecards.withManager(manager);
      for (const interviewerId of dto.interviewerIds) {
        await cards.save(cards.create({ interviewId: interview.id, interviewerId, status: 'not_started', ratings: [], recommendation: null }));
      }
      if (app.stage === 'applied' || app.stage === 'screening') {
        await this.applicationsService.moveForInterview(manager, app.id);
      }
      await this.audit.record(
        { action: 'interview.scheduled', entityType: 'interview', entityId: interview.id, after: { ...interview, interviewerIds: dto.interviewerIds } },
        manager,
      );
      return this.toInterview(interview, manager);
    });
  }

  async get(id: string): Promise<Interview> {
    const { interview } = await this.access.visibleInterview(id);
    return this.toInterview(interview);
  }

  /** Managers see all interviews (optionally of one application); anyone else only their panels. */
  async list(query: InterviewQueryDto): Promise<Page<Interview>> {
    const caller = this.access.caller();
    const onlyMine = query.mine === 'true' || !caller.roles.some((r) => HIRING_MANAGERS.includes(r));
    const qb = this.interviews.qb('i').orderBy('i.scheduled_at', 'DESC').take(200);
    if (onlyMine) {
      qb.andWhere('EXISTS (SELECT 1 FROM scorecards s WHERE s.interview_id = i.id AND s.interviewer_id = :me)', { me: caller.userId });
    }
    if (query.applicationId) qb.andWhere('i.application_id = :applicationId', { applicationId: query.applicationId });
    const rows = await qb.getMany();
    const items: Interview[] = [];
    for (const row of rows) items.push(await this.toInterview(row));
    return { items, total: items.length };
  }

  private async assertInterviewers(ids: string[]): Promise<void> {
    const found = await this.users.find({ where: { id: In(ids), active: true, roles: ArrayOverlap(PANEL_ROLES) } });
    const known = new Set(found.map((u) => u.id));
    const errors = ids.flatMap((id, i) =>
      known.has(id) ? [] : [{ field: `interviewerIds.${i}`, message: 'must be an active user of this organization who can interview' }],
    );
    if (errors.length) throw new ValidationFailedException(errors);
  }

  async toInterview(interview: InterviewEntity, manager?: EntityManager): Promise<Interview> {
    const { version, app, opening, candidate } = await this.related.forInterview(interview, manager);
    const panel = await (manager ? this.scorecards.withManager(manager) : this.scorecards).find({
      where: { interviewId: interview.id },
      order: { createdAt: 'ASC' },
    });
    const names = await this.related.userNames(panel.map((p) => p.interviewerId), manager);
    return {
      id: interview.id,
      applicationId: app.id,
      candidateName: candidate.name,
      openingTitle: opening.title,
      kitId: interview.kitId,
      kitVersion: version.version,
      evidenceRequired: version.evidenceRequired,
      scheduledAt: interview.scheduledAt.toISOString(),
      questions: version.questions,
      panel: panel.map((p) => ({ interviewerId: p.interviewerId, name: names.get(p.interviewerId) ?? '', scorecardStatus: p.status })),
      createdAt: interview.createdAt.toISOString(),
    };
  }
}

/** Loads what an interview hangs off (kit version, application, opening, candidate, names). */
@Injectable()
export class InterviewRelations {
  constructor(
    @InjectTenantRepository(InterviewKitVersionEntity) private readonly versions: TenantRepository<InterviewKitVersionEntity>,
    @InjectTenantRepository(ApplicationEntity) private readonly applications: TenantRepository<ApplicationEntity>,
    @InjectTenantRepository(OpeningEntity) private readonly openings: TenantRepository<OpeningEntity>,
    @InjectTenantRepository(CandidateEntity) private readonly candidates: TenantRepository<CandidateEntity>,
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
  ) {}

  private on<T extends object>(repo: T & { withManager(m: EntityManager): T }, manager?: EntityManager): T {
    return manager ? repo.withManager(manager) : repo;
  }

  opening(id: string, manager?: EntityManager): Promise<OpeningEntity> {
    return this.on(this.openings, manager).findByIdOrFail(id);
  }

  version(id: string, manager?: EntityManager): Promise<InterviewKitVersionEntity> {
    return this.on(this.versions, manager).findByIdOrFail(id);
  }

  async forInterview(interview: InterviewEntity, manager?: EntityManager) {
    const version = await this.version(interview.kitVersionId, manager);
    const app = await this.on(this.applications, manager).findByIdOrFail(interview.applicationId);
    const opening = await this.opening(app.openingId, manager);
    const candidate = await this.on(this.candidates, manager).findByIdOrFail(app.candidateId);
    return { version, app, opening, candidate };
  }

  async userNames(ids: string[], manager?: EntityManager): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.on(this.users, manager).find({ where: { id: In(ids) } });
    return new Map(rows.map((u) => [u.id, u.name]));
  }
}

export function toScorecard(s: ScorecardEntity, interviewerName: string): Scorecard {
  if (s.status === 'not_started') {
    return { ...baseScorecard(s, interviewerName), status: 'draft', ratings: [], recommendation: null };
  }
  return baseScorecard(s, interviewerName);
}

function baseScorecard(s: ScorecardEntity, interviewerName: string): Scorecard {
  return {
    id: s.id,
    interviewId: s.interviewId,
    interviewerId: s.interviewerId,
    interviewerName,
    status: s.status === 'submitted' ? 'submitted' : 'draft',
    ratings: s.ratings,
    recommendation: s.recommendation,
    submittedAt: s.submittedAt?.toISOString() ?? null,
    amendedAt: s.amendedAt?.toISOString() ?? null,
    updatedAt: s.updatedAt.toISOString(),
  };
}

