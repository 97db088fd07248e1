import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';

/** The kit record; its content lives in versions (InterviewKitVersionEntity). */
@Entity('interview_kits')
export class InterviewKitEntity extends TenantOwnedEntity {
  /** Content version currently offered for new interviews. */
  @Column({ type: 'int', default: 1 })
  currentVersion!: number;

  /** Optimistic-locking counter, bumped by every edit (content lives in the version rows). */
  @Column({ type: 'int', default: 1 })
  revision!: number;
}
