import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import type { RetentionCandidate, RetentionRun, RetentionSettings } from '@rapport/shared/contracts';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { Transactions } from '../../../common/persistence/transaction';
import { RequestContext } from '../../../common/tenancy/request-context';
import { AuditService } from '../../audit/audit.service';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { CandidateErasureService } from '../candidates/candidate-erasure.service';
import { CandidateEntity } from '../candidates/candidate.entity';

/**
 * Unsuccessful candidates (every application rejected or withdrawn) are erased automatically a
 * number of days after their last activity, unless a legal hold is set; expired idempotency keys
 * (and the responses they hold) are deleted in the same run. Runs daily in-process;
 * a transaction-scoped advisory lock per organization means two API instances never erase the
 * same organization's candidates at the same time.
 */
const ELIGIBLE_SQL = `
  SELECT c.id, c.name,
         greatest(c.updated_at, max(a.stage_entered_at), max(i.scheduled_at)) AS last_activity
    FROM candidates c
    JOIN applications a ON a.candidate_id = c.id AND a.organization_id = c.organization_id
    LEFT JOIN interviews i ON i.application_id = a.id AND i.organization_id = c.organization_id
   WHERE c.organization_id = $1 AND c.erased_at IS NULL AND c.legal_hold = false
   GROUP BY c.id
  HAVING bool_and(a.stage IN ('rejected', 'withdrawn'))
     AND greatest(c.updated_at, max(a.stage_entered_at), max(i.scheduled_at)) < now() - make_interval(days => $2)
   ORDER BY last_activity`;

@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    private readonly erasure: CandidateErasureService,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  async settings(): Promise<RetentionSettings> {
    const org = await this.organizations.findOneByOrFail({ id: RequestContext.organizationId() });
    return { candidateRetentionDays: org.candidateRetentionDays };
  }

  updateSettings(candidateRetentionDays: number): Promise<RetentionSettings> {
    return this.tx.run(async (manager) => {
      const repo = manager.getRepository(OrganizationEntity);
      const org = await repo.findOneByOrFail({ id: RequestContext.organizationId() });
      const before = { candidateRetentionDays: org.candidateRetentionDays };
      org.candidateRetentionDays = candidateRetentionDays;
      await repo.save(org);
      await this.audit.record(
        { action: 'retention.updated', entityType: 'organization', entityId: org.id, before, after: { candidateRetentionDays } },
        manager,
      );
      return { candidateRetentionDays };
    });
  }

  /** What the next run would erase in the caller's organization. */
  async preview(): Promise<RetentionCandidate[]> {
    const org = await this.organizations.findOneByOrFail({ id: RequestContext.organizationId() });
    return this.eligible(this.dataSource.manager, org);
  }

  /** Runs the policy for the caller's organization now. */
  runNow(): Promise<RetentionRun> {
    return this.runFor(RequestContext.organizationId());
  }

  @Cron(CronExpression.EVERY_DAY_AT_3AM, { name: 'candidate-retention' })
  async daily(): Promise<void> {
    const orgs = await this.organizations.find({ select: { id: true } });
    for (const org of orgs) {
      try {
        const run = await this.runFor(org.id);
        if (run.erased > 0) this.logger.log(`Erased ${run.erased} candidate(s) past retention in ${org.id}`);
      } catch (error) {
        this.logger.error({ err: error, organizationId: org.id }, 'Retention run failed');
      }
    }
  }

  private runFor(organizationId: string): Promise<RetentionRun> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext('rapport.retention:' || $1)) AS locked`, [
        organizationId,
      ]);
      if (!locked) return { erased: 0, skipped: true, candidateIds: [], expiredIdempotencyKeys: 0 };
      const org = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: organizationId });
      const due = await this.eligible(manager, org);
      for (const c of due) {
        const candidate = await manager.getRepository(CandidateEntity).findOneByOrFail({ id: c.candidateId, organizationId });
        await this.erasure.eraseIn(manager, candidate, 'retention');
      }
      // Stored responses are personal data too: none outlives its key's 24 hours by more than a day.
      const [, expiredIdempotencyKeys] = (await manager.query(
        `DELETE FROM idempotency_keys WHERE organization_id = $1 AND expires_at <= now()`,
        [organizationId],
      )) as [unknown, number];
      return { erased: due.length, skipped: false, candidateIds: due.map((c) => c.candidateId), expiredIdempotencyKeys };
    });
  }

  private async eligible(manager: EntityManager, org: OrganizationEntity): Promise<RetentionCandidate[]> {
    const rows: { id: string; name: string; last_activity: Date }[] = await manager.query(ELIGIBLE_SQL, [
      org.id,
      org.candidateRetentionDays,
    ]);
    return rows.map((r) => ({
      candidateId: r.id,
      name: r.name,
      lastActivityAt: new Date(r.last_activity).toISOString(),
      eraseAfter: new Date(new Date(r.last_activity).getTime() + org.candidateRetentionDays * 86_400_000).toISOString(),
    }));
  }
}
