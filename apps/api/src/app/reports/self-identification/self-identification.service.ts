import { Injectable, NotFoundException } from '@nestjs/common';
import type { SelfIdentification } from '@rapport/shared/contracts';
import type { EntityManager } from 'typeorm';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { RequestContext } from '../../../common/tenancy/request-context';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { AuditService } from '../../audit/audit.service';
import { CandidateEntity } from '../../hiring/candidates/candidate.entity';
import { SELF_ID_READERS } from '../reports.roles';
import type { UpdateSelfIdentificationDto } from './self-identification.dto';
import { CandidateSelfIdentificationEntity } from './self-identification.entity';

/**
 * Self-identification is read and written by HR and the owner only. Everyone else gets the same 404
 * as for a candidate that does not exist: the route must not even confirm that answers exist.
 */
@Injectable()
export class SelfIdentificationService {
  constructor(
    @InjectTenantRepository(CandidateSelfIdentificationEntity)
    private readonly answers: TenantRepository<CandidateSelfIdentificationEntity>,
    @InjectTenantRepository(CandidateEntity) private readonly candidates: TenantRepository<CandidateEntity>,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  async get(candidateId: string): Promise<SelfIdentification> {
    await this.assertMayRead(candidateId);
    const row = await this.answers.findOne({ candidateId });
    return toSelfIdentification(candidateId, row);
  }

  put(candidateId: string, dto: UpdateSelfIdentificationDto): Promise<SelfIdentification> {
    return this.tx.run(async (manager) => {
      await this.assertMayRead(candidateId, manager);
      const repo = this.answers.withManager(manager);
      const row = (await repo.findOne({ candidateId }, { lock: true })) ?? repo.create({ candidateId });
      row.sex = dto.sex ?? null;
      row.raceEthnicity = dto.raceEthnicity ?? null;
      const saved = await repo.save(row);
      // The answers stay out of the audit trail (HR reads it): only that they were updated.
      await this.audit.record(
        { action: 'candidate.self_identification_updated', entityType: 'candidate', entityId: candidateId, after: { updated: true } },
        manager,
      );
      return toSelfIdentification(candidateId, saved);
    });
  }

  /** For erasure: removes a candidate's answers inside the caller's transaction. */
  async eraseForCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.delete(CandidateSelfIdentificationEntity, { organizationId: RequestContext.organizationId(), candidateId });
  }

  private async assertMayRead(candidateId: string, manager?: EntityManager): Promise<void> {
    const roles = RequestContext.caller()?.roles ?? [];
    if (!roles.some((r) => SELF_ID_READERS.includes(r))) throw new NotFoundException(`Candidate ${candidateId} was not found`);
    await (manager ? this.candidates.withManager(manager) : this.candidates).findByIdOrFail(candidateId);
  }
}

function toSelfIdentification(candidateId: string, row: CandidateSelfIdentificationEntity | null): SelfIdentification {
  return {
    candidateId,
    sex: row?.sex ?? null,
    raceEthnicity: row?.raceEthnicity ?? null,
    updatedAt: row ? row.updatedAt.toISOString() : null,
  };
}
