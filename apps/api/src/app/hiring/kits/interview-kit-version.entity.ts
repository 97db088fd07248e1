import type { KitQuestion } from '@rapport/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';
import { InterviewKitEntity } from './interview-kit.entity';

/**
 * One immutable-once-used version of a kit. Interviews point at a version, so editing a kit that
 * has been used creates a new version and old interviews keep the questions they were asked.
 */
@Entity('interview_kit_versions')
@Index(['organizationId', 'kitId', 'version'], { unique: true })
// Serves the list route's keyset order (organization, sort keys, id).
@Index(['organizationId', 'name', 'id'])
export class InterviewKitVersionEntity extends TenantOwnedEntity {
  @Column('uuid')
  kitId!: string;

  @ManyToOne(() => InterviewKitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'kit_id' })
  kit?: InterviewKitEntity;

  @Column({ type: 'int' })
  version!: number;

  @Column({ length: 200 })
  name!: string;

  @Column({ length: 200 })
  roleTitle!: string;

  @Column({ default: true })
  evidenceRequired!: boolean;

  /** Ordered questions with their anchors; ids stay stable across versions of the same question. */
  @Column({ type: 'jsonb' })
  questions!: KitQuestion[];

  /** Set when the first interview uses this version; from then on it is never edited in place. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
