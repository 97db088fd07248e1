import { Injectable } from '@nestjs/common';
import type { AuditChainHead, AuditCheckpoint, AuditVerification } from '@rapport/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ValidationFailedException } from '../../common/filters/validation-exception';
import { RequestContext } from '../../common/tenancy/request-context';
import { ChainVerifier, GENESIS_HASH } from './audit-chain';
import { AuditEventEntity } from './audit-event.entity';
import { AuditSigner } from './audit-signer';

const VERIFY_BATCH = 2000;

/** What of a checkpoint is checked: the signed fields and the signature. */
export type CheckpointClaim = Pick<AuditCheckpoint, 'organizationId' | 'seq' | 'hash' | 'issuedAt' | 'signature'>;

/** The exact text a checkpoint's signature covers (documented in the contract). */
export const checkpointMessage = (c: Pick<AuditCheckpoint, 'organizationId' | 'seq' | 'hash' | 'issuedAt'>) =>
  ['rapport.audit-checkpoint.v1', c.organizationId, String(c.seq), c.hash, c.issuedAt].join('|');

/** Verifies an organization's audit chain against its stored head, and issues and checks signed checkpoints. */
@Injectable()
export class AuditVerificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signer: AuditSigner,
  ) {}

  /** The organization's current head, signed. */
  async checkpoint(): Promise<AuditCheckpoint> {
    const organizationId = RequestContext.organizationId();
    const head = (await this.head(this.dataSource.manager, organizationId)) ?? { seq: 0, hash: GENESIS_HASH };
    const unsigned = { organizationId, seq: head.seq, hash: head.hash, issuedAt: new Date().toISOString() };
    return {
      ...unsigned,
      algorithm: 'Ed25519',
      keyId: this.signer.keyId,
      publicKey: this.signer.publicKeyPem,
      signature: this.signer.sign(checkpointMessage(unsigned)),
    };
  }

  /**
   * Recomputes the chain in batches inside one REPEATABLE READ snapshot (so concurrent appends do
   * not look like a mismatch with the head), then compares its end with the stored head and, when
   * given, with a checkpoint this Rapport signed. Reports the first broken link.
   */
  verify(checkpoint?: CheckpointClaim): Promise<AuditVerification> {
    const org = RequestContext.organizationId();
    if (checkpoint) this.assertGenuine(checkpoint, org);
    const expected = checkpoint ? { seq: checkpoint.seq, hash: checkpoint.hash } : null;
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const head = await this.head(manager, org);
      const verifier = new ChainVerifier(expected);
      let after = 0;
      for (;;) {
        const batch = await manager
          .getRepository(AuditEventEntity)
          .createQueryBuilder('e')
          .where('e.organization_id = :org AND e.seq > :after', { org, after })
          .orderBy('e.seq', 'ASC')
          .take(VERIFY_BATCH)
          .getMany();
        if (batch.length === 0 || !verifier.feed(batch)) break;
        after = batch[batch.length - 1].seq;
      }
      const firstBroken = verifier.finish(head);
      return {
        valid: firstBroken === null,
        events: firstBroken ? Math.min(verifier.checked, firstBroken.seq - 1) : verifier.checked,
        firstBroken,
        head,
        checkpoint: checkpoint ? { seq: checkpoint.seq, hash: checkpoint.hash, issuedAt: checkpoint.issuedAt } : null,
      };
    });
  }

  private async head(manager: EntityManager, org: string): Promise<AuditChainHead | null> {
    const [row] = (await manager.query(`SELECT seq, hash FROM audit_heads WHERE organization_id = $1`, [org])) as {
      seq: string;
      hash: string;
    }[];
    return row ? { seq: Number(row.seq), hash: row.hash } : null;
  }

  /** A checkpoint is only evidence if this Rapport signed it, for this organization. */
  private assertGenuine(checkpoint: CheckpointClaim, org: string): void {
    if (!this.signer.verify(checkpointMessage(checkpoint), checkpoint.signature)) {
      throw new ValidationFailedException([
        {
          field: 'signature',
          message: `is not a signature of this checkpoint by this Rapport's audit key (keyId ${this.signer.keyId})`,
        },
      ]);
    }
    if (checkpoint.organizationId !== org) {
      throw new ValidationFailedException([{ field: 'organizationId', message: "is not the caller's organization" }]);
    }
  }
}
