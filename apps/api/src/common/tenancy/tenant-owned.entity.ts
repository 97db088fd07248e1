import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { OrganizationEntity } from '../../app/organizations/organization.entity';

/**
 * Every tenant-owned row carries its organization. Access goes through TenantRepository, which
 * scopes reads and stamps writes; TenantGuardSubscriber is the tripwire if something bypasses it.
 */
export abstract class TenantOwnedEntity extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}
