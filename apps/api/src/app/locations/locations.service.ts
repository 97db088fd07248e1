import { Injectable } from '@nestjs/common';
import type { Location, Page } from '@rapport/shared/contracts';
import { pageByKeyset, pageInfo, type KeysetOrder } from '../../common/pagination/keyset-query';
import type { ListQueryDto } from '../../common/pagination/list-query.dto';
import { Transactions } from '../../common/persistence/transaction';
import { assertVersion } from '../../common/persistence/optimistic-lock';
import { InjectTenantRepository } from '../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../common/tenancy/tenant.repository';
import { AuditService } from '../audit/audit.service';
import type { CreateLocationDto, UpdateLocationDto } from './location.dto';
import { LocationEntity } from './location.entity';

export const toLocation = (e: LocationEntity): Location => ({
  id: e.id,
  name: e.name,
  code: e.code,
  version: e.version,
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
});

const ORDER: KeysetOrder = { alias: 'l', keys: [{ sql: 'l.name', type: 'text' }], direction: 'ASC' };

@Injectable()
export class LocationsService {
  constructor(
    @InjectTenantRepository(LocationEntity) private readonly locations: TenantRepository<LocationEntity>,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  async list(query: ListQueryDto): Promise<Page<Location>> {
    const page = await pageByKeyset(this.locations.qb('l'), ORDER, query);
    return { items: page.rows.map(toLocation), ...pageInfo(page) };
  }

  async get(id: string): Promise<Location> {
    return toLocation(await this.locations.findByIdOrFail(id));
  }

  create(dto: CreateLocationDto): Promise<Location> {
    return this.tx.run(async (manager) => {
      const saved = await this.locations.withManager(manager).save(this.locations.create(dto));
      await this.audit.record({ action: 'location.created', entityType: 'location', entityId: saved.id, after: saved }, manager);
      return toLocation(saved);
    });
  }

  update(id: string, dto: UpdateLocationDto): Promise<Location> {
    return this.tx.run(async (manager) => {
      const repo = this.locations.withManager(manager);
      const entity = await repo.findByIdOrFail(id, { lock: true });
      assertVersion(entity, dto.version);
      const before = { ...entity };
      if (dto.name !== undefined) entity.name = dto.name;
      if (dto.code !== undefined) entity.code = dto.code;
      const saved = await repo.save(entity);
      await this.audit.record({ action: 'location.updated', entityType: 'location', entityId: id, before, after: saved }, manager);
      return toLocation(saved);
    });
  }

  remove(id: string): Promise<void> {
    return this.tx.run(async (manager) => {
      const repo = this.locations.withManager(manager);
      const entity = await repo.findByIdOrFail(id);
      await repo.remove(entity);
      await this.audit.record({ action: 'location.deleted', entityType: 'location', entityId: id, before: entity }, manager);
    });
  }
}
