import { ConflictException, Injectable } from '@nestjs/common';
import type { Interview, Page } from '@rapport/shared/contracts';
import { TERMINAL_STAGES } from '@rapport/shared/contracts';
import { ArrayOverlap, In, type EntityManager } from 'typeorm';
import { ValidationFailedException } from '../../../common/filters/validation-exception';
import { pageByKeyset, type KeysetOrder } from '../../../common/pagination/keyset-query';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { AuditService } from '../../audit/audit.service';
import { UserEntity } from '../../users/user.entity';
import { ApplicationsService } from '../applications/applications.service';
import { ApplicationEntity } from '../applications/application.entity';
import { HIRING_MANAGERS, PANEL_ROLES } from '../hiring.roles';
import { KitsService } from '../kits/kits.service';
import { InterviewAccess } from './interview-access.service';
import { InterviewRelations, type InterviewContext } from './interview-relations.service';
import type { InterviewQueryDto, ScheduleInterviewDto } from './interview.dto';
import { InterviewEntity } from './interview.entity';
import { ScorecardEntity } from './scorecard.entity';

/** Latest first. */
const ORDER: KeysetOrder = { alias: 'i', keys: [{ sql: 'i.scheduled_at', type: 'timestamptz' }], direction: 'DESC' };

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
    const qb = this.interviews.qb('i');
    if (onlyMine) {
      qb.andWhere('EXISTS (SELECT 1 FROM scorecards s WHERE s.interview_id = i.id AND s.interviewer_id = :me)', { me: caller.userId });
    }
    if (query.applicationId) qb.andWhere('i.application_id = :applicationId', { applicationId: query.applicationId });
    if (query.openingId) {
      qb.andWhere('i.application_id IN (SELECT a.id FROM applications a WHERE a.opening_id = :openingId AND a.organization_id = i.organization_id)', {
        openingId: query.openingId,
      });
    }
    const page = await pageByKeyset(qb, ORDER, query);
    return { items: await this.toInterviews(page.rows), total: page.total, nextCursor: page.nextCursor };
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
    return (await this.toInterviews([interview], manager))[0];
  }

  /** The interviews as the API shows them: a fixed number of queries however many there are. */
  async toInterviews(interviews: InterviewEntity[], manager?: EntityManager): Promise<Interview[]> {
    if (interviews.length === 0) return [];
    const [context, cards] = await Promise.all([
      this.related.forInterviews(interviews, manager),
      (manager ? this.scorecards.withManager(manager) : this.scorecards).find({
        where: { interviewId: In(interviews.map((i) => i.id)) },
        order: { createdAt: 'ASC' },
      }),
    ]);
    const names = await this.related.userNames([...new Set(cards.map((p) => p.interviewerId))], manager);
    const panels = new Map<string, ScorecardEntity[]>();
    for (const card of cards) panels.set(card.interviewId, [...(panels.get(card.interviewId) ?? []), card]);
    return interviews.map((i) => this.present(i, context.get(i.id) as InterviewContext, panels.get(i.id) ?? [], names));
  }

  private present(
    interview: InterviewEntity,
    { version, app, opening, candidate }: InterviewContext,
    panel: ScorecardEntity[],
    names: Map<string, string>,
  ): Interview {
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
