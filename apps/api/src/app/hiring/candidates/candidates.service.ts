import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { RequestContext } from '../../../common/tenancy/request-context';
import type { Candidate, Page } from '@rapport/shared/contracts';
import { pageByKeyset, pageInfo, type KeysetOrder } from '../../../common/pagination/keyset-query';
import { assertVersion } from '../../../common/persistence/optimistic-lock';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { AuditService } from '../../audit/audit.service';
import { HiringScope } from '../hiring-scope.service';
import type { CandidateQueryDto, CreateCandidateDto, UpdateCandidateDto } from './candidate.dto';
import { CandidateEntity } from './candidate.entity';

export const toCandidate = (c: CandidateEntity): Candidate => ({
  id: c.id,
  name: c.name,
  email: c.email,
  phone: c.phone,
  source: c.source,
  notes: c.notes,
  legalHold: c.legalHold,
  erasedAt: c.erasedAt?.toISOString() ?? null,
  version: c.version,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

const ORDER: KeysetOrder = { alias: 'c', keys: [{ sql: 'c.name', type: 'text' }], direction: 'ASC' };

@Injectable()
export class CandidatesService {
  constructor(
    @InjectTenantRepository(CandidateEntity) private readonly candidates: TenantRepository<CandidateEntity>,
    private readonly scope: HiringScope,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  /** The candidates the caller may see (a hiring manager: of their openings, or entered by them). */
  async list(query: CandidateQueryDto): Promise<Page<Candidate>> {
    const qb = this.scope.restrictCandidates(this.candidates.qb('c'), 'c');
    const search = (query.search ?? query.q)?.trim();
    if (search) qb.andWhere('(c.name ILIKE :q OR c.email ILIKE :q)', { q: `%${escapeLike(search)}%` });
    const page = await pageByKeyset(qb, ORDER, query);
    return { items: page.rows.map(toCandidate), ...pageInfo(page) };
  }

  async get(id: string): Promise<Candidate> {
    return toCandidate(await this.scope.candidateOrFail(id));
  }

  create(dto: CreateCandidateDto): Promise<Candidate> {
    return this.tx.run(async (manager) => {
      const repo = this.candidates.withManager(manager);
      const saved = await repo.save(
        repo.create({
          ...dto,
          phone: dto.phone ?? null,
          source: dto.source ?? null,
          notes: dto.notes ?? null,
          createdById: this.scope.caller().userId,
        }),
      );
      await this.audit.record({ action: 'candidate.created', entityType: 'candidate', entityId: saved.id, after: saved }, manager);
      return toCandidate(saved);
    });
  }

  update(id: string, dto: UpdateCandidateDto): Promise<Candidate> {
    return this.tx.run(async (manager) => {
      const repo = this.candidates.withManager(manager);
      const entity = await this.scope.candidateOrFail(id, manager, true);
      assertVersion(entity, dto.version);
      if (entity.erasedAt) throw new ConflictException('The candidate has been erased; their record can no longer change');
      const caller = RequestContext.caller();
      if (dto.legalHold !== undefined && !caller?.roles.some((r) => ['owner', 'admin', 'hr'].includes(r))) {
        throw new ForbiddenException('Only HR, an owner or an admin sets a legal hold');
      }
      const before = { ...entity };
      const { version: _ignored, ...changes } = dto;
      Object.assign(entity, changes);
      const saved = await repo.save(entity);
      await this.audit.record({ action: 'candidate.updated', entityType: 'candidate', entityId: id, before, after: saved }, manager);
      return toCandidate(saved);
    });
  }
}
