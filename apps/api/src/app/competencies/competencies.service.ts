import { Injectable } from '@nestjs/common';
import type { Competency, Page } from '@rapport/shared/contracts';
import { pageByKeyset, pageInfo, type KeysetOrder } from '../../common/pagination/keyset-query';
import type { ListQueryDto } from '../../common/pagination/list-query.dto';
import { assertVersion } from '../../common/persistence/optimistic-lock';
import { Transactions } from '../../common/persistence/transaction';
import { InjectTenantRepository } from '../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../common/tenancy/tenant.repository';
import { AuditService } from '../audit/audit.service';
import type { CreateCompetencyDto, UpdateCompetencyDto } from './competency.dto';
import { CompetencyEntity } from './competency.entity';

export const toCompetency = (e: CompetencyEntity): Competency => ({
  id: e.id,
  key: e.key,
  name: e.name,
  definition: e.definition,
  indicators: e.indicators,
  position: e.position,
  version: e.version,
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
});

/** The care standard's order: position, then name. */
const ORDER: KeysetOrder = {
  alias: 'c',
  keys: [
    { sql: 'c.position', type: 'int' },
    { sql: 'c.name', type: 'text' },
  ],
  direction: 'ASC',
};

@Injectable()
export class CompetenciesService {
  constructor(
    @InjectTenantRepository(CompetencyEntity) private readonly competencies: TenantRepository<CompetencyEntity>,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  async list(query: ListQueryDto): Promise<Page<Competency>> {
    const page = await pageByKeyset(this.competencies.qb('c'), ORDER, query);
    return { items: page.rows.map(toCompetency), ...pageInfo(page) };
  }

  async get(id: string): Promise<Competency> {
    return toCompetency(await this.competencies.findByIdOrFail(id));
  }

  create(dto: CreateCompetencyDto): Promise<Competency> {
    return this.tx.run(async (manager) => {
      const repo = this.competencies.withManager(manager);
      const position = await repo.count();
      const saved = await repo.save(repo.create({ ...dto, position }));
      await this.audit.record(
        { action: 'competency.created', entityType: 'competency', entityId: saved.id, after: saved },
        manager,
      );
      return toCompetency(saved);
    });
  }

  update(id: string, dto: UpdateCompetencyDto): Promise<Competency> {
    return this.tx.run(async (manager) => {
      const repo = this.competencies.withManager(manager);
      const entity = await repo.findByIdOrFail(id, { lock: true });
      assertVersion(entity, dto.version);
      const before = { ...entity, indicators: [...entity.indicators] };
      if (dto.name !== undefined) entity.name = dto.name;
      if (dto.definition !== undefined) entity.definition = dto.definition;
      if (dto.indicators !== undefined) entity.indicators = dto.indicators;
      const saved = await repo.save(entity);
      await this.audit.record(
        { action: 'competency.updated', entityType: 'competency', entityId: id, before, after: saved },
        manager,
      );
      return toCompetency(saved);
    });
  }
}
