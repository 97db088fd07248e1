import { Injectable } from '@nestjs/common';
import type { Observation, Page } from '@rapport/shared/contracts';
import { In } from 'typeorm';
import { ValidationFailedException } from '../../../common/filters/validation-exception';
import { pageByKeyset, pageInfo, type KeysetOrder } from '../../../common/pagination/keyset-query';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { assertReferences } from '../../../common/validation/references';
import { AuditService } from '../../audit/audit.service';
import { CompetencyEntity } from '../../competencies/competency.entity';
import { UserEntity } from '../../users/user.entity';
import { CultureAccess } from '../shared/culture-access.service';
import { addDays, today } from '../shared/dates';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import type { CreateObservationDto, ObservationQueryDto } from './observation.dto';
import { ObservationEntity } from './observation.entity';

const toObservation = (o: ObservationEntity, authorName: string): Observation => ({
  id: o.id,
  staffMemberId: o.staffMemberId,
  competencyId: o.competencyId,
  kind: o.kind,
  note: o.note,
  observedAt: o.observedAt,
  authorId: o.authorId,
  authorName,
  createdAt: o.createdAt.toISOString(),
});

/** Latest day first; on one day, latest written first. */
const ORDER: KeysetOrder = {
  alias: 'o',
  keys: [
    { sql: 'o.observed_at', type: 'date' },
    { sql: 'o.created_at', type: 'timestamptz' },
  ],
  direction: 'DESC',
};

@Injectable()
export class ObservationsService {
  constructor(
    @InjectTenantRepository(ObservationEntity) private readonly observations: TenantRepository<ObservationEntity>,
    @InjectTenantRepository(StaffMemberEntity) private readonly staff: TenantRepository<StaffMemberEntity>,
    @InjectTenantRepository(CompetencyEntity) private readonly competencies: TenantRepository<CompetencyEntity>,
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
    private readonly access: CultureAccess,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  async create(dto: CreateObservationDto): Promise<Observation> {
    const caller = this.access.caller();
    // One day of slack: the client's "today" may already be tomorrow in UTC terms or vice versa.
    if (dto.observedAt > addDays(today(), 1)) {
      throw new ValidationFailedException([{ field: 'observedAt', message: 'observedAt must not be in the future' }]);
    }
    // Checked before the transaction: reads on another connection inside it would starve the pool.
    await assertReferences([
      { field: 'staffMemberId', id: dto.staffMemberId, repo: this.staff, message: 'staffMemberId is not a staff member of this organization' },
      { field: 'competencyId', id: dto.competencyId, repo: this.competencies, message: 'competencyId is not a competency of this organization' },
    ]);
    const saved = await this.tx.run(async (manager) => {
      const subject = await this.staff.withManager(manager).findByIdOrFail(dto.staffMemberId);
      if (subject.userId === caller.userId) {
        throw new ValidationFailedException([{ field: 'staffMemberId', message: 'an observation is about someone else, not yourself' }]);
      }
      const repo = this.observations.withManager(manager);
      const created = await repo.save(repo.create({ ...dto, authorId: caller.userId }));
      await this.audit.record({ action: 'observation.created', entityType: 'observation', entityId: created.id, after: created }, manager);
      return created;
    });
    return toObservation(saved, (await this.names([caller.userId])).get(caller.userId) ?? '');
  }

  /**
   * Recognitions are visible to the whole team; coaching notes only to the person, their managers,
   * leaders/owner/admin/HR and the note's author. The rule is part of the SQL, so a page never
   * contains a row the caller may not read (and totals do not count them).
   */
  async list(query: ObservationQueryDto): Promise<Page<Observation>> {
    const caller = this.access.caller();
    const scope = await this.access.scope();
    const qb = this.observations.qb('o');
    if (scope !== null) {
      const visible = [...scope];
      qb.andWhere(
        visible.length
          ? "(o.kind = 'recognition' OR o.author_id = :me OR o.staff_member_id IN (:...visible))"
          : "(o.kind = 'recognition' OR o.author_id = :me)",
        { me: caller.userId, visible },
      );
    }
    if (query.staffMemberId) qb.andWhere('o.staff_member_id = :staffMemberId', { staffMemberId: query.staffMemberId });
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.from) qb.andWhere('o.observed_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('o.observed_at <= :to', { to: query.to });
    const page = await pageByKeyset(qb, ORDER, query);
    const names = await this.names(page.rows.map((r) => r.authorId));
    return { items: page.rows.map((r) => toObservation(r, names.get(r.authorId) ?? '')), ...pageInfo(page) };
  }

  private async names(userIds: string[]): Promise<Map<string, string>> {
    const ids = [...new Set(userIds)];
    if (!ids.length) return new Map();
    const users = await this.users.find({ where: { id: In(ids) }, select: { id: true, name: true, organizationId: true } });
    return new Map(users.map((u) => [u.id, u.name]));
  }
}
