import { ConflictException, Injectable } from '@nestjs/common';
import {
  REVIEW_RELATIONS,
  type Page,
  type ReviewCycle,
  type ReviewCycleProgress,
  type ReviewRelation,
  type ReviewResults,
} from '@rapport/shared/contracts';
import { ArrayOverlap, type EntityManager } from 'typeorm';
import { ValidationFailedException } from '../../../common/filters/validation-exception';
import { pageByKeyset, pageInfo, type KeysetOrder } from '../../../common/pagination/keyset-query';
import type { ListQueryDto } from '../../../common/pagination/list-query.dto';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { AuditService } from '../../audit/audit.service';
import { CompetencyEntity } from '../../competencies/competency.entity';
import { LocationEntity } from '../../locations/location.entity';
import { UserEntity } from '../../users/user.entity';
import { GOAL_OWNER_ROLES } from '../culture.roles';
import { insertScoped } from '../shared/bulk-insert';
import { CultureAccess } from '../shared/culture-access.service';
import { CultureSettingsService } from '../settings/culture-settings.service';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { generateAssignments } from './assignment-generation';
import { ReviewAssignmentEntity } from './review-assignment.entity';
import type { CreateReviewCycleDto } from './review-cycle.dto';
import { ReviewCycleEntity } from './review-cycle.entity';
import { buildReviewResults } from './review-results';

const toCycle = (c: ReviewCycleEntity, progress: ReviewCycleProgress): ReviewCycle => ({
  id: c.id,
  name: c.name,
  periodStart: c.periodStart,
  periodEnd: c.periodEnd,
  locationIds: c.locationIds,
  peersPerPerson: c.peersPerPerson,
  includeUpward: c.includeUpward,
  status: c.status,
  closedAt: c.closedAt?.toISOString() ?? null,
  progress,
  createdAt: c.createdAt.toISOString(),
});

const emptyProgress = (): ReviewCycleProgress => ({
  total: 0,
  submitted: 0,
  byRelation: Object.fromEntries(REVIEW_RELATIONS.map((r) => [r, { total: 0, submitted: 0 }])) as ReviewCycleProgress['byRelation'],
});

/** Latest period first; for the same period end, latest created first. */
const ORDER: KeysetOrder = {
  alias: 'c',
  keys: [
    { sql: 'c.period_end', type: 'date' },
    { sql: 'c.created_at', type: 'timestamptz' },
  ],
  direction: 'DESC',
};

@Injectable()
export class ReviewCyclesService {
  constructor(
    @InjectTenantRepository(ReviewCycleEntity) private readonly cycles: TenantRepository<ReviewCycleEntity>,
    @InjectTenantRepository(ReviewAssignmentEntity) private readonly assignments: TenantRepository<ReviewAssignmentEntity>,
    @InjectTenantRepository(StaffMemberEntity) private readonly staff: TenantRepository<StaffMemberEntity>,
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
    @InjectTenantRepository(LocationEntity) private readonly locations: TenantRepository<LocationEntity>,
    @InjectTenantRepository(CompetencyEntity) private readonly competencies: TenantRepository<CompetencyEntity>,
    private readonly access: CultureAccess,
    private readonly settings: CultureSettingsService,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  async list(query: ListQueryDto): Promise<Page<ReviewCycle>> {
    const page = await pageByKeyset(this.cycles.qb('c'), ORDER, query);
    const progress = await this.progress(page.rows.map((r) => r.id));
    return { items: page.rows.map((c) => toCycle(c, progress.get(c.id) ?? emptyProgress())), ...pageInfo(page) };
  }

  async get(id: string, manager?: EntityManager): Promise<ReviewCycle> {
    const repo = manager ? this.cycles.withManager(manager) : this.cycles;
    const cycle = await repo.findByIdOrFail(id);
    return toCycle(cycle, (await this.progress([id], manager)).get(id) ?? emptyProgress());
  }

  /** Creates the cycle and generates its assignments (self, manager, peers, upward) in one transaction. */
  create(dto: CreateReviewCycleDto): Promise<ReviewCycle> {
    if (dto.periodEnd < dto.periodStart) {
      throw new ValidationFailedException([{ field: 'periodEnd', message: 'periodEnd must not be before periodStart' }]);
    }
    return this.tx.run(async (manager) => {
      await this.assertLocations(dto.locationIds);
      const repo = this.cycles.withManager(manager);
      const cycle = await repo.save(
        repo.create({
          name: dto.name,
          periodStart: dto.periodStart,
          periodEnd: dto.periodEnd,
          locationIds: dto.locationIds ?? null,
          peersPerPerson: dto.peersPerPerson ?? 3,
          includeUpward: dto.includeUpward ?? true,
          status: 'open',
          closedAt: null,
        }),
      );
      const generated = await this.generate(manager, cycle);
      if (generated === 0) {
        throw new ConflictException('No assignments to generate: nobody in scope has a user account to review with');
      }
      await this.audit.record(
        { action: 'review_cycle.created', entityType: 'review_cycle', entityId: cycle.id, after: { ...cycle, assignments: generated } },
        manager,
      );
      return this.get(cycle.id, manager);
    });
  }

  close(id: string): Promise<ReviewCycle> {
    return this.tx.run(async (manager) => {
      const repo = this.cycles.withManager(manager);
      const cycle = await repo.findByIdOrFail(id, { lock: true });
      if (cycle.status === 'closed') throw new ConflictException('The review cycle is already closed');
      cycle.status = 'closed';
      cycle.closedAt = new Date();
      await repo.save(cycle);
      await this.audit.record(
        { action: 'review_cycle.closed', entityType: 'review_cycle', entityId: id, before: { status: 'open' }, after: { status: 'closed' } },
        manager,
      );
      return this.get(id, manager);
    });
  }

  /**
   * One person's results: visible to them, their managers and leaders/owner/admin/HR; a leader's only to
   * themself and owner/admin/HR, as their leader page (404 otherwise).
   */
  async results(cycleId: string, staffMemberId: string): Promise<ReviewResults> {
    const cycle = await this.cycles.findByIdOrFail(cycleId);
    await this.staff.findByIdOrFail(staffMemberId);
    await this.access.assertMaySeeResults(staffMemberId);
    const [competencies, submitted, minRaters] = await Promise.all([
      this.competencies.find({ order: { position: 'ASC' } }),
      this.assignments.find({
        where: { cycleId, subjectStaffId: staffMemberId, status: 'submitted' },
        select: { raterUserId: true, relation: true, ratings: true, organizationId: true },
      }),
      this.settings.minRaters(),
    ]);
    return {
      cycleId,
      cycleStatus: cycle.status,
      staffMemberId,
      minRaters,
      competencies: buildReviewResults(competencies, submitted, { minRaters, cycleClosed: cycle.status === 'closed' }),
    };
  }

  private async generate(manager: EntityManager, cycle: ReviewCycleEntity): Promise<number> {
    const [staff, activeUsers, leaders] = await Promise.all([
      this.staff.withManager(manager).find(),
      this.users.withManager(manager).find({ where: { active: true }, select: { id: true, organizationId: true } }),
      // The same people who may own leadership goals: their staff rate how they model the standard.
      this.users.withManager(manager).find({
        where: { active: true, roles: ArrayOverlap(GOAL_OWNER_ROLES) },
        select: { id: true, organizationId: true },
      }),
    ]);
    const active = new Set(activeUsers.map((u) => u.id));
    const generated = generateAssignments(
      staff.map((s) => ({ ...s, userId: s.userId && active.has(s.userId) ? s.userId : null })),
      new Set(leaders.map((u) => u.id)),
      { locationIds: cycle.locationIds, peersPerPerson: cycle.peersPerPerson, includeUpward: cycle.includeUpward },
    );
    const repo = this.assignments.withManager(manager);
    const rows = generated.map((a) => repo.create({ ...a, cycleId: cycle.id, status: 'not_started', ratings: [], submittedAt: null }));
    await insertScoped(manager, ReviewAssignmentEntity, rows);
    return generated.length;
  }

  private async assertLocations(locationIds: string[] | undefined): Promise<void> {
    if (!locationIds) return;
    const errors = [];
    for (const [i, id] of locationIds.entries()) {
      if (!(await this.locations.count({ id }))) {
        errors.push({ field: `locationIds.${i}`, message: 'locationIds must name locations of this organization' });
      }
    }
    if (errors.length) throw new ValidationFailedException(errors);
  }

  private async progress(cycleIds: string[], manager?: EntityManager): Promise<Map<string, ReviewCycleProgress>> {
    const result = new Map<string, ReviewCycleProgress>();
    if (!cycleIds.length) return result;
    const repo = manager ? this.assignments.withManager(manager) : this.assignments;
    const rows = await repo
      .qb('a')
      .select('a.cycle_id', 'cycleId')
      .addSelect('a.relation', 'relation')
      .addSelect('count(*)::int', 'total')
      .addSelect("count(*) FILTER (WHERE a.status = 'submitted')::int", 'submitted')
      .andWhere('a.cycle_id IN (:...cycleIds)', { cycleIds })
      .groupBy('a.cycle_id')
      .addGroupBy('a.relation')
      .getRawMany<{ cycleId: string; relation: ReviewRelation; total: number; submitted: number }>();
    for (const row of rows) {
      const p = result.get(row.cycleId) ?? emptyProgress();
      p.byRelation[row.relation] = { total: row.total, submitted: row.submitted };
      p.total += row.total;
      p.submitted += row.submitted;
      result.set(row.cycleId, p);
    }
    return result;
  }
}
