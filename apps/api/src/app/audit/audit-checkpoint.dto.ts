import { IsBase64, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import type { CheckpointClaim } from './audit-verification.service';

/**
 * A checkpoint from GET /api/audit-events/checkpoint, posted back as it was received. `algorithm`,
 * `keyId` and `publicKey` describe the receipt and are accepted but not trusted: the signature is
 * checked with this Rapport's own key.
 */
export class AuditCheckpointDto implements CheckpointClaim {
  @IsUUID()
  organizationId!: string;

  @IsInt()
  @Min(0)
  seq!: number;

  @Matches(/^[0-9a-f]{64}$/, { message: 'hash must be 64 lowercase hex digits' })
  hash!: string;

  /** Exactly as issued: it is part of the signed text. */
  @IsISO8601({ strict: true }, { message: 'issuedAt must be an ISO 8601 date' })
  issuedAt!: string;

  @IsBase64()
  @MaxLength(200)
  signature!: string;

  @IsOptional()
  @IsIn(['Ed25519'])
  algorithm?: 'Ed25519';

  @IsOptional()
  @IsString()
  @MaxLength(64)
  keyId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  publicKey?: string;
}
