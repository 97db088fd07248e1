import { ConflictException, Injectable } from '@nestjs/common';
import type { ErasureResult } from '@rapport/shared/contracts';
import type { EntityManager } from 'typeorm';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { RequestContext } from '../../../common/tenancy/request-context';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { REDACTION_ACTION } from '../../audit/audit-chain';
import { AuditService } from '../../audit/audit.service';
import { CandidateEntity } from './candidate.entity';

/** An ILIKE pattern matching text that contains `value` literally. */
const containing = (value: string) => `%${value.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/**
 * Erases a candidate's personal data (docs/adr/0010-audit-chain-and-erasure.md): identity fields,
 * free text written about them (notes, evidence, stage reasons, decision rationale) and their
 * self-identification are removed, and so are stored idempotent responses that mention them; numeric
 * ratings stay so aggregates do not move. Audit events about the candidate keep their place and hash
 * in the chain but lose their payload, and a redaction event naming them joins the chain.
 */
@Injectable()
export class CandidateErasureService {
  constructor(
    @InjectTenantRepository(CandidateEntity) private readonly candidates: TenantRepository<CandidateEntity>,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  erase(candidateId: string, reason: 'request' | 'retention' = 'request'): Promise<ErasureResult> {
    return this.tx.run(async (manager) => {
      const candidate = await this.candidates.withManager(manager).findByIdOrFail(candidateId, { lock: true });
      if (candidate.erasedAt) throw new ConflictException('The candidate has already been erased');
      // A legal hold preserves the record (e.g. for litigation): lift it before erasing.
      if (candidate.legalHold) throw new ConflictException('The candidate is on legal hold; lift the hold before erasing their data');
      return this.eraseIn(manager, candidate, reason);
    });
  }

  /** The erasure itself, inside the caller's transaction (also used by the retention job). */
  async eraseIn(manager: EntityManager, candidate: CandidateEntity, reason: 'request' | 'retention'): Promise<ErasureResult> {
    const org = candidate.organizationId;
    const id = candidate.id;
    const identifiers = [candidate.email, candidate.name, candidate.phone].filter((v): v is string => !!v && v.length >= 3);
    const erasedAt = new Date();
    await manager.query(
      `UPDATE candidates SET name = 'Erased candidate', email = 'erased-' || id || '@erased.invalid',
              phone = NULL, source = NULL, notes = NULL, erased_at = $3, version = version + 1
        WHERE id = $1 AND organization_id = $2`,
      [id, org, erasedAt],
    );
    const applicationIds: string[] = (
      await manager.query(`SELECT id FROM applications WHERE candidate_id = $1 AND organization_id = $2`, [id, org])
    ).map((r: { id: string }) => r.id);
    const interviewIds: string[] = applicationIds.length
      ? (
          await manager.query(`SELECT id FROM interviews WHERE application_id = ANY($1) AND organization_id = $2`, [
            applicationIds,
            org,
          ])
        ).map((r: { id: string }) => r.id)
      : [];
    const scorecardIds: string[] = interviewIds.length
      ? (
          await manager.query(
            `UPDATE scorecards
                SET ratings = (SELECT coalesce(jsonb_agg((r - 'evidence') || '{"evidence": ""}'::jsonb ORDER BY i), '[]'::jsonb)
                                 FROM jsonb_array_elements(ratings) WITH ORDINALITY AS t(r, i))
              WHERE interview_id = ANY($1) AND organization_id = $2 RETURNING id`,
            [interviewIds, org],
          )
        )[0].map((r: { id: string }) => r.id)
      : [];
    if (applicationIds.length) {
      await manager.query(
        `UPDATE applications SET decision_rationale = CASE WHEN decision_rationale IS NULL THEN NULL ELSE '[erased]' END
          WHERE id = ANY($1) AND organization_id = $2`,
        [applicationIds, org],
      );
      await manager.query(
        `UPDATE application_stage_changes SET reason = CASE WHEN reason IS NULL THEN NULL ELSE '[erased]' END
          WHERE application_id = ANY($1) AND organization_id = $2`,
        [applicationIds, org],
      );
    }
    await this.deleteSelfIdentification(manager, id, org);
    const related = [id, ...applicationIds, ...interviewIds, ...scorecardIds];
    // Anything naming the candidate or one of their records: their ids and identifying values.
    await this.scrubStoredResponses(manager, org, [...related, ...identifiers].map(containing));
    const toRedact: string[] = (
      await manager.query(
        `SELECT id FROM audit_events
          WHERE organization_id = $1 AND redacted_at IS NULL AND action <> $4
            AND (entity_id = ANY($2) OR (coalesce(before::text, '') || coalesce(after::text, '')) ILIKE ANY($3))
          ORDER BY seq`,
        [org, related, identifiers.map(containing), REDACTION_ACTION],
      )
    ).map((r: { id: string }) => r.id);
    const redactedAuditEvents = await this.audit.redact(manager, org, toRedact, 'candidate.erased', erasedAt);
    await this.audit.record(
      {
        organizationId: org,
        actorUserId: RequestContext.caller()?.userId ?? null,
        action: 'candidate.erased',
        entityType: 'candidate',
        entityId: id,
        after: { reason, redactedAuditEvents },
      },
      manager,
    );
    return { candidateId: id, erasedAt: erasedAt.toISOString(), redactedAuditEvents };
  }

  /**
   * Stored idempotent responses are copies of what the API returned (a submitted scorecard with its
   * evidence, say): any that names the candidate or one of their records is deleted with its key.
   * The key's retry then runs again and meets the erased record instead of replaying the old answer.
   */
  private async scrubStoredResponses(manager: EntityManager, org: string, patterns: string[]): Promise<void> {
    await manager.query(
      `DELETE FROM idempotency_keys
        WHERE organization_id = $1 AND (key || ' ' || fingerprint || ' ' || coalesce(response::text, '')) ILIKE ANY($2)`,
      [org, patterns],
    );
  }

  /** Self-identification lives in its own table (adverse-impact data), when that module is installed. */
  private async deleteSelfIdentification(manager: EntityManager, candidateId: string, org: string): Promise<void> {
    const [{ exists }] = await manager.query(`SELECT to_regclass('candidate_self_identifications') IS NOT NULL AS exists`);
    if (exists) {
      await manager.query(`DELETE FROM candidate_self_identifications WHERE candidate_id = $1 AND organization_id = $2`, [
        candidateId,
        org,
      ]);
    }
  }
}
