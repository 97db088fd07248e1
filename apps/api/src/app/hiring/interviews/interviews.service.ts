import { ConflictException, Injectable } from '@nestjs/common';
import type { Interview, Page } from '@rapport/shared/contracts';
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
import { HIRING_MANAGERS, PANEL_ROLES } from '../hiring.roles';
import { KitsService } from '../kits/kits.service';
import { InterviewAccess } from './interview-access.service';
import { InterviewRelations } from './interview-relations.service';
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
    if (query.openingId) {
      qb.andWhere('i.application_id IN (SELECT a.id FROM applications a WHERE a.opening_id = :openingId AND a.organization_id = i.organization_id)', {
        openingId: query.openingId,
      });
    }
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
