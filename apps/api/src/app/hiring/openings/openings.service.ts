import { Injectable } from '@nestjs/common';
import type { ApplicationStage, Opening, Page } from '@rapport/shared/contracts';
import { ArrayOverlap } from 'typeorm';
import { pageByKeyset, pageInfo, type KeysetOrder } from '../../../common/pagination/keyset-query';
import type { ListQueryDto } from '../../../common/pagination/list-query.dto';
import { assertVersion } from '../../../common/persistence/optimistic-lock';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { assertReferences, type Reference } from '../../../common/validation/references';
import { AuditService } from '../../audit/audit.service';
import { LocationEntity } from '../../locations/location.entity';
import { UserEntity } from '../../users/user.entity';
import { ApplicationEntity } from '../applications/application.entity';
import { HIRING_MANAGERS } from '../hiring.roles';
import { HiringScope } from '../hiring-scope.service';
import { InterviewKitEntity } from '../kits/interview-kit.entity';
import type { CreateOpeningDto, UpdateOpeningDto } from './opening.dto';
import { OpeningEntity } from './opening.entity';

type StageCounts = Partial<Record<ApplicationStage, number>>;

const toOpening = (o: OpeningEntity, stageCounts: StageCounts): Opening => ({
  id: o.id,
  title: o.title,
  locationId: o.locationId,
  hiringManagerId: o.hiringManagerId,
  kitId: o.kitId,
  status: o.status,
  stageCounts,
  version: o.version,
  createdAt: o.createdAt.toISOString(),
  updatedAt: o.updatedAt.toISOString(),
});

/** Newest first. */
const ORDER: KeysetOrder = { alias: 'o', keys: [{ sql: 'o.created_at', type: 'timestamptz' }], direction: 'DESC' };

@Injectable()
export class OpeningsService {
  constructor(
    @InjectTenantRepository(OpeningEntity) private readonly openings: TenantRepository<OpeningEntity>,
    @InjectTenantRepository(ApplicationEntity) private readonly applications: TenantRepository<ApplicationEntity>,
    @InjectTenantRepository(LocationEntity) private readonly locations: TenantRepository<LocationEntity>,
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
    @InjectTenantRepository(InterviewKitEntity) private readonly kits: TenantRepository<InterviewKitEntity>,
    private readonly scope: HiringScope,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  /** The openings the caller may see (a hiring manager: those they manage). */
  async list(query: ListQueryDto): Promise<Page<Opening>> {
    const page = await pageByKeyset(this.scope.restrictOpenings(this.openings.qb('o'), 'o'), ORDER, query);
    const counts = await this.stageCounts(page.rows.map((o) => o.id));
    return { items: page.rows.map((o) => toOpening(o, counts.get(o.id) ?? {})), ...pageInfo(page) };
  }

  async get(id: string): Promise<Opening> {
    const opening = await this.scope.openingOrFail(id);
    return toOpening(opening, (await this.stageCounts([id])).get(id) ?? {});
  }

  create(dto: CreateOpeningDto): Promise<Opening> {
    this.scope.assertMayAssign(dto.hiringManagerId);
    return this.tx.run(async (manager) => {
      await assertReferences(this.references(dto));
      const repo = this.openings.withManager(manager);
      const saved = await repo.save(repo.create({ ...dto, status: dto.status ?? 'open' }));
      await this.audit.record({ action: 'opening.created', entityType: 'opening', entityId: saved.id, after: saved }, manager);
      return toOpening(saved, {});
    });
  }

  update(id: string, dto: UpdateOpeningDto): Promise<Opening> {
    return this.tx.run(async (manager) => {
      const repo = this.openings.withManager(manager);
      // 404 outside the caller's openings first; then 403 for handing a visible one to someone else.
      const entity = await this.scope.openingOrFail(id, manager, true);
      this.scope.assertMayAssign(dto.hiringManagerId);
      assertVersion(entity, dto.version);
      await assertReferences(this.references(dto));
      const before = { ...entity };
      const { version: _ignored, ...changes } = dto;
      Object.assign(entity, changes);
      const saved = await repo.save(entity);
      await this.audit.record({ action: 'opening.updated', entityType: 'opening', entityId: id, before, after: saved }, manager);
      return toOpening(saved, (await this.stageCounts([id])).get(id) ?? {});
    });
  }

  private references(dto: Partial<CreateOpeningDto>): Reference[] {
    return [
      { field: 'locationId', id: dto.locationId, repo: this.locations, message: 'locationId is not a location of this organization' },
      {
        field: 'hiringManagerId',
        id: dto.hiringManagerId,
        repo: this.users,
        where: { active: true, roles: ArrayOverlap(HIRING_MANAGERS) },
        message: 'hiringManagerId must be an active user who can manage hiring',
      },
      { field: 'kitId', id: dto.kitId, repo: this.kits, message: 'kitId is not an interview kit of this organization' },
    ];
  }

  private async stageCounts(openingIds: string[]): Promise<Map<string, StageCounts>> {
    const result = new Map<string, StageCounts>();
    if (openingIds.length === 0) return result;
    const rows = await this.applications
      .qb('a')
      .select('a.opening_id', 'openingId')
      .addSelect('a.stage', 'stage')
      .addSelect('count(*)::int', 'count')
      .andWhere('a.opening_id IN (:...openingIds)', { openingIds })
      .groupBy('a.opening_id')
      .addGroupBy('a.stage')
      .getRawMany<{ openingId: string; stage: ApplicationStage; count: number }>();
    for (const row of rows) {
      const counts = result.get(row.openingId) ?? {};
      counts[row.stage] = row.count;
      result.set(row.openingId, counts);
    }
    return result;
  }
}
