import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { CheckIn, LeadershipGoal, Page } from '@rapport/shared/contracts';
import { ArrayOverlap, In, type EntityManager } from 'typeorm';
import { assertVersion } from '../../../common/persistence/optimistic-lock';
import { pageByKeyset, pageInfo, type KeysetOrder } from '../../../common/pagination/keyset-query';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { assertReferences, type Reference } from '../../../common/validation/references';
import { AuditService } from '../../audit/audit.service';
import { CompetencyEntity } from '../../competencies/competency.entity';
import { UserEntity } from '../../users/user.entity';
import { CULTURE_ADMINS, GOAL_OWNER_ROLES } from '../culture.roles';
import { CultureAccess } from '../shared/culture-access.service';
import { CheckInEntity } from './check-in.entity';
import type { CreateCheckInDto, CreateLeadershipGoalDto, GoalQueryDto, UpdateLeadershipGoalDto } from './leadership-goal.dto';
import { LeadershipGoalEntity } from './leadership-goal.entity';

const toCheckIn = (c: CheckInEntity): CheckIn => ({
  id: c.id,
  goalId: c.goalId,
  progress: c.progress,
  note: c.note,
  date: c.date,
  authorId: c.authorId,
  createdAt: c.createdAt.toISOString(),
});

/** Soonest due first; for the same day, oldest first. */
const ORDER: KeysetOrder = {
  alias: 'g',
  keys: [
    { sql: 'g.due_date', type: 'date' },
    { sql: 'g.created_at', type: 'timestamptz' },
  ],
  direction: 'ASC',
};

/** Leaders own their goals; owner, admin and HR see and edit every goal; nobody else sees them (404). */
@Injectable()
export class LeadershipGoalsService {
  constructor(
    @InjectTenantRepository(LeadershipGoalEntity) private readonly goals: TenantRepository<LeadershipGoalEntity>,
    @InjectTenantRepository(CheckInEntity) private readonly checkIns: TenantRepository<CheckInEntity>,
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
    @InjectTenantRepository(CompetencyEntity) private readonly competencies: TenantRepository<CompetencyEntity>,
    private readonly access: CultureAccess,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  async list(query: GoalQueryDto): Promise<Page<LeadershipGoal>> {
    const ownerId = this.seesAll() ? query.ownerId : this.access.caller().userId;
    if (!this.seesAll() && query.ownerId && query.ownerId !== ownerId) return { items: [], total: 0, nextCursor: null };
    const qb = this.goals.qb('g');
    if (ownerId) qb.andWhere('g.owner_id = :ownerId', { ownerId });
    const page = await pageByKeyset(qb, ORDER, query);
    return { items: await this.present(page.rows), ...pageInfo(page) };
  }

  async get(id: string): Promise<LeadershipGoal> {
    return (await this.present([await this.visible(id)]))[0];
  }

  create(dto: CreateLeadershipGoalDto): Promise<LeadershipGoal> {
    this.assertMayOwn(dto.ownerId);
    return this.tx.run(async (manager) => {
      await assertReferences(this.references(dto));
      const repo = this.goals.withManager(manager);
      const saved = await repo.save(repo.create(dto));
      await this.audit.record({ action: 'leadership_goal.created', entityType: 'leadership_goal', entityId: saved.id, after: saved }, manager);
      return (await this.present([saved], manager))[0];
    });
  }

  update(id: string, dto: UpdateLeadershipGoalDto): Promise<LeadershipGoal> {
    return this.tx.run(async (manager) => {
      const goal = await this.visible(id, manager, true);
      assertVersion(goal, dto.version);
      if (dto.ownerId !== undefined) this.assertMayOwn(dto.ownerId);
      await assertReferences(this.references(dto));
      const before = { ...goal };
      const { version: _ignored, ...changes } = dto;
      Object.assign(goal, changes);
      const saved = await this.goals.withManager(manager).save(goal);
      await this.audit.record({ action: 'leadership_goal.updated', entityType: 'leadership_goal', entityId: id, before, after: saved }, manager);
      return (await this.present([saved], manager))[0];
    });
  }

  checkIn(goalId: string, dto: CreateCheckInDto): Promise<LeadershipGoal> {
    return this.tx.run(async (manager) => {
      const goal = await this.visible(goalId, manager, true);
      const repo = this.checkIns.withManager(manager);
      const saved = await repo.save(repo.create({ ...dto, goalId, authorId: this.access.caller().userId }));
      await this.audit.record({ action: 'leadership_goal.checked_in', entityType: 'leadership_goal', entityId: goalId, after: saved }, manager);
      return (await this.present([goal], manager))[0];
    });
  }

  /** Goals of one leader with their check-ins (for the leader view; access is checked there). */
  async ofOwner(ownerId: string): Promise<LeadershipGoal[]> {
    return this.present(await this.goals.find({ where: { ownerId }, order: { dueDate: 'ASC', createdAt: 'ASC' } }));
  }

  private seesAll(): boolean {
    return this.access.caller().roles.some((r) => CULTURE_ADMINS.includes(r));
  }

  /** A leader sets goals for themself; owner, admin and HR may set them for any leader. */
  private assertMayOwn(ownerId: string): void {
    if (!this.seesAll() && ownerId !== this.access.caller().userId) {
      throw new ForbiddenException('You may set goals for yourself only');
    }
  }

  private async visible(id: string, manager?: EntityManager, lock = false): Promise<LeadershipGoalEntity> {
    const repo = manager ? this.goals.withManager(manager) : this.goals;
    const goal = await repo.findByIdOrFail(id, { lock });
    if (!this.seesAll() && goal.ownerId !== this.access.caller().userId) {
      throw new NotFoundException(`LeadershipGoal ${id} was not found`);
    }
    return goal;
  }

  private references(dto: Partial<CreateLeadershipGoalDto>): Reference[] {
    return [
      {
        field: 'ownerId',
        id: dto.ownerId,
        repo: this.users,
        where: { active: true, roles: ArrayOverlap(GOAL_OWNER_ROLES) },
        message: 'ownerId must be an active user with the role leader or owner',
      },
      { field: 'competencyId', id: dto.competencyId, repo: this.competencies, message: 'competencyId is not a competency of this organization' },
    ];
  }

  private async present(rows: LeadershipGoalEntity[], manager?: EntityManager): Promise<LeadershipGoal[]> {
    if (!rows.length) return [];
    const checkInRepo = manager ? this.checkIns.withManager(manager) : this.checkIns;
    const userRepo = manager ? this.users.withManager(manager) : this.users;
    const [checkIns, owners] = await Promise.all([
      checkInRepo.find({ where: { goalId: In(rows.map((g) => g.id)) }, order: { date: 'ASC', createdAt: 'ASC' } }),
      userRepo.find({ where: { id: In([...new Set(rows.map((g) => g.ownerId))]) }, select: { id: true, name: true, organizationId: true } }),
    ]);
    const names = new Map(owners.map((u) => [u.id, u.name]));
    return rows.map((g) => {
      const own = checkIns.filter((c) => c.goalId === g.id).map(toCheckIn);
      return {
        id: g.id,
        ownerId: g.ownerId,
        ownerName: names.get(g.ownerId) ?? '',
        competencyId: g.competencyId,
        title: g.title,
        description: g.description,
        target: g.target,
        dueDate: g.dueDate,
        progress: own.length ? own[own.length - 1].progress : null,
        checkIns: own,
        version: g.version,
        createdAt: g.createdAt.toISOString(),
        updatedAt: g.updatedAt.toISOString(),
      };
    });
  }
}
