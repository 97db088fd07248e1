import { Check, Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';

/**
 * Per-organization culture settings. The anonymity minimum lives here (not on the organization) so the
 * culture domain owns it; the CHECK makes "raise it, never lower it below 3" hold in the database too.
 */
@Entity('culture_settings')
@Index(['organizationId'], { unique: true })
@Check('CHK_culture_settings_min_raters', 'anonymity_min_raters >= 3')
export class CultureSettingsEntity extends TenantOwnedEntity {
  @Column({ type: 'int', default: 3 })
  anonymityMinRaters!: number;
}
