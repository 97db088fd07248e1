import type { ReviewTheme } from '@rapport/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';
import { LocationEntity } from '../../locations/location.entity';

/** A public online review of a location, tagged with themes by the organization's keyword rules. */
@Entity('online_reviews')
@Index(['organizationId', 'fingerprint'], { unique: true })
@Index(['organizationId', 'locationId', 'reviewedOn'])
@Index(['organizationId', 'reviewedOn', 'id'])
export class OnlineReviewEntity extends TenantOwnedEntity {
  @Column('uuid')
  locationId!: string;

  @ManyToOne(() => LocationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'location_id' })
  location?: LocationEntity;

  @Column({ type: 'varchar', length: 60 })
  source!: string;

  @Column({ type: 'date' })
  reviewedOn!: string;

  @Column({ type: 'smallint' })
  rating!: number;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes!: ReviewTheme[];

  @Column({ type: 'varchar', length: 64 })
  fingerprint!: string;
}

/** The organization's keywords for one theme (absent: DEFAULT_THEME_RULES). */
@Entity('review_theme_rules')
@Index(['organizationId', 'theme'], { unique: true })
export class ReviewThemeRuleEntity extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 40 })
  theme!: ReviewTheme;

  @Column({ type: 'text', array: true })
  keywords!: string[];
}
