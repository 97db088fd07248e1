import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';

/**
 * The newest link of an organization's audit chain, kept outside `audit_events` and moved in the
 * transaction of every append: deleting the newest events leaves the head pointing past them, which
 * `verify` reports. The head is also what a signed checkpoint certifies.
 */
@Entity('audit_heads')
export class AuditHeadEntity {
  @PrimaryColumn('uuid')
  organizationId!: string;

  @OneToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? v : Number(v)) } })
  seq!: number;

  @Column({ length: 64 })
  hash!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
