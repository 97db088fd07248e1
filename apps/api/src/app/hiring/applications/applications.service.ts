import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import type { Application, ApplicationStage, Page, Recommendation } from '@rapport/shared/contracts';
import type { EntityManager } from 'typeorm';
import { ValidationFailedException } from '../../../common/filters/validation-exception';
import { pageByKeyset, pageInfo, type KeysetOrder } from '../../../common/pagination/keyset-query';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { RequestContext } from '../../../common/tenancy/request-context';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { AuditService } from '../../audit/audit.service';
import { CandidateEntity } from '../candidates/candidate.entity';
import { DebriefService } from '../debrief/debrief.service';
import { HiringScope } from '../hiring-scope.service';
import { OpeningEntity } from '../openings/opening.entity';
import type { ApplicationQueryDto, CreateApplicationDto, DecisionDto, StageChangeDto } from './application.dto';
import { ApplicationEntity } from './application.entity';
import { StageChangeEntity } from './stage-change.entity';
import { stageForDecision, stageMoveError } from './stage-rules';

const DAY_MS = 24 * 3600 * 1000;
const AGAINST: Record<string, Recommendation[]> = {
  hire: ['strong_no', 'no'],
  advance: ['strong_no', 'no'],
  reject: ['yes', 'strong_yes'],
};

/** Longest in their stage first. */
const ORDER: KeysetOrder = { alias: 'a', keys: [{ sql: 'a.stage_entered_at', type: 'timestamptz' }], direction: 'ASC' };

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectTenantRepository(ApplicationEntity) private readonly applications: TenantRepository<ApplicationEntity>,
    @InjectTenantRepository(StageChangeEntity) private readonly changes: TenantRepository<StageChangeEntity>,
    @InjectTenantRepository(CandidateEntity) private readonly candidates: TenantRepository<CandidateEntity>,
    @InjectTenantRepository(OpeningEntity) private readonly openings: TenantRepository<OpeningEntity>,
    private readonly scope: HiringScope,
    private readonly debriefs: DebriefService,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  /** Applications to the openings the caller may see (a candidate's others stay out of a hiring manager's view). */
  async list(query: ApplicationQueryDto): Promise<Page<Application>> {
    const qb = this.scope.restrictApplications(this.applications.qb('a').leftJoinAndSelect('a.candidate', 'c'), 'a');
    if (query.openingId) qb.andWhere('a.opening_id = :openingId', { openingId: query.openingId });
    if (query.candidateId) qb.andWhere('a.candidate_id = :candidateId', { candidateId: query.candidateId });
    const page = await pageByKeyset(qb, ORDER, query);
    const history = await this.historyOf(page.rows.map((r) => r.id));
    return {
      items: page.rows.map((r) => this.toApplication(r, history.get(r.id) ?? [])),
      ...pageInfo(page),
    };
  }

  async get(id: string, manager?: EntityManager): Promise<Application> {
    const candidates = manager ? this.candidates.withManager(manager) : this.candidates;
    const row = await this.scope.applicationOrFail(id, manager);
    row.candidate = await candidates.findByIdOrFail(row.candidateId);
    return this.toApplication(row, (await this.historyOf([id], manager)).get(id) ?? []);
  }

  create(dto: CreateApplicationDto): Promise<Application> {
    return this.tx.run(async (manager) => {
      // Outside the caller's scope a candidate or opening is reported exactly like another organization's.
      const candidate = await this.scope.candidate(dto.candidateId, manager);
      const opening = await this.scope.opening(dto.openingId, manager);
      const errors = [
        ...(candidate ? [] : [{ field: 'candidateId', message: 'candidateId is not a candidate of this organization' }]),
        ...(opening ? [] : [{ field: 'openingId', message: 'openingId is not an opening of this organization' }]),
      ];
      if (!candidate || !opening) throw new ValidationFailedException(errors);
      if (opening.status !== 'open') throw new ConflictException(`The opening is ${opening.status.replace('_', ' ')}; it takes no applications`);
      const repo = this.applications.withManager(manager);
      const saved = await repo.save(repo.create({ ...dto, stage: 'applied', stageEnteredAt: new Date() }));
      await this.recordChange(manager, saved.id, null, 'applied', null);
      await this.audit.record({ action: 'application.created', entityType: 'application', entityId: saved.id, after: saved }, manager);
      return this.get(saved.id, manager);
    });
  }

  changeStage(id: string, dto: StageChangeDto): Promise<Application> {
    if (dto.stage === 'rejected' && !dto.reason) {
      throw new ValidationFailedException([{ field: 'reason', message: 'reason is required when rejecting' }]);
    }
    return this.tx.run(async (manager) => {
      await this.moveTo(manager, id, dto.stage, dto.reason ?? null);
      return this.get(id, manager);
    });
  }

  /** The hiring manager's decision, with the computed recommendation kept beside it. */
  decide(id: string, dto: DecisionDto): Promise<Application> {
    return this.tx.run(async (manager) => {
      const app = await this.scope.applicationOrFail(id, manager, true);
      await this.assertMayDecide(app, manager);
      const debrief = await this.debriefs.computeForApplication(id);
      const computed = debrief.computedRecommendation;
      const override = computed !== null && AGAINST[dto.decision].includes(computed);
      const next = stageForDecision(app.stage, dto.decision);
      await this.moveTo(manager, id, next, dto.rationale);
      const repo = this.applications.withManager(manager);
      const fresh = await repo.findByIdOrFail(id);
      Object.assign(fresh, {
        decision: dto.decision,
        decisionRationale: dto.rationale,
        computedRecommendation: computed,
        decisionOverride: override,
        decidedById: RequestContext.caller()?.userId ?? null,
        decidedAt: new Date(),
      });
      await repo.save(fresh);
      await this.audit.record(
        {
          action: override ? 'application.decision_override' : 'application.decided',
          entityType: 'application',
          entityId: id,
          after: { decision: dto.decision, rationale: dto.rationale, computedRecommendation: computed, override },
        },
        manager,
      );
      return this.get(id, manager);
    });
  }

  /** Scheduling the first interview moves an early application to `interviewing`. */
  moveForInterview(manager: EntityManager, id: string): Promise<void> {
    return this.moveTo(manager, id, 'interviewing', 'Interview scheduled');
  }

  private async moveTo(manager: EntityManager, id: string, to: ApplicationStage, reason: string | null): Promise<void> {
    const repo = this.applications.withManager(manager);
    const app = await this.scope.applicationOrFail(id, manager, true);
    const error = stageMoveError(app.stage, to);
    if (error) throw new ConflictException(error);
    const from = app.stage;
    app.stage = to;
    app.stageEnteredAt = new Date();
    await repo.save(app);
    await this.recordChange(manager, id, from, to, reason);
    await this.audit.record(
      { action: 'application.stage_changed', entityType: 'application', entityId: id, before: { stage: from }, after: { stage: to, reason } },
      manager,
    );
  }

  /**
   * Only the opening's hiring manager, or an owner/admin, records the decision (HR sees the
   * application but does not decide: 403, a visible record the role may not change).
   */
  private async assertMayDecide(app: ApplicationEntity, manager: EntityManager): Promise<void> {
    const caller = this.scope.caller();
    if (caller.roles.includes('owner') || caller.roles.includes('admin')) return;
    const opening = await this.openings.withManager(manager).findByIdOrFail(app.openingId);
    if (opening.hiringManagerId !== caller.userId) {
      throw new ForbiddenException("Only the opening's hiring manager records the decision");
    }
  }

  private async recordChange(
    manager: EntityManager,
    applicationId: string,
    fromStage: ApplicationStage | null,
    toStage: ApplicationStage,
    reason: string | null,
  ): Promise<void> {
    const repo = this.changes.withManager(manager);
    await repo.save(repo.create({ applicationId, fromStage, toStage, reason, changedById: RequestContext.caller()?.userId ?? null }));
  }

  private async historyOf(ids: string[], manager?: EntityManager): Promise<Map<string, StageChangeEntity[]>> {
    const map = new Map<string, StageChangeEntity[]>();
    if (ids.length === 0) return map;
    const repo = manager ? this.changes.withManager(manager) : this.changes;
    const rows = await repo.qb('c').andWhere('c.application_id IN (:...ids)', { ids }).orderBy('c.created_at', 'ASC').getMany();
    for (const row of rows) map.set(row.applicationId, [...(map.get(row.applicationId) ?? []), row]);
    return map;
  }

  private toApplication(a: ApplicationEntity, history: StageChangeEntity[]): Application {
    return {
      id: a.id,
      candidateId: a.candidateId,
      candidateName: a.candidate?.name ?? '',
      openingId: a.openingId,
      stage: a.stage,
      stageEnteredAt: a.stageEnteredAt.toISOString(),
      daysInStage: Math.floor((Date.now() - a.stageEnteredAt.getTime()) / DAY_MS),
      history: history.map((h) => ({
        fromStage: h.fromStage,
        toStage: h.toStage,
        reason: h.reason,
        changedById: h.changedById,
        changedAt: h.createdAt.toISOString(),
      })),
      decision:
        a.decision && a.decidedAt && a.decidedById
          ? {
              decision: a.decision,
              rationale: a.decisionRationale ?? '',
              computedRecommendation: a.computedRecommendation,
              override: a.decisionOverride,
              decidedById: a.decidedById,
              decidedAt: a.decidedAt.toISOString(),
            }
          : null,
      createdAt: a.createdAt.toISOString(),
    };
  }
}
