import { MESSAGE_KINDS, MESSAGE_STATUSES, type MessageKind, type MessageStatus } from '@rapport/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwnedEntity } from '../../common/tenancy/tenant-owned.entity';
import { UserEntity } from '../users/user.entity';

/**
 * The outbox: one row per email, written in the transaction of the change that causes it. The row
 * is the source of truth; the pg-boss job only carries its id (docs/adr/0013-outbox-and-queue.md).
 * It holds the recipient's email address: erasing a user must erase their messages too.
 */
@Entity('messages')
// The list route's keyset order (newest first) within an organization.
@Index(['organizationId', 'createdAt', 'id'])
export class MessageEntity extends TenantOwnedEntity {
  @Column({ type: 'enum', enum: MESSAGE_KINDS, enumName: 'message_kind' })
  kind!: MessageKind;

  /** The user the message is about (the invitee, the account being reset), when there is one. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  /** Erasing the user erases the messages that hold their address. */
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'to_address', length: 320 })
  to!: string;

  @Column({ length: 300 })
  subject!: string;

  /** Null once a secret-bearing message has been handed to the mail server (only its recipient keeps the link). */
  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ type: 'text', nullable: true })
  html!: string | null;

  @Column({ type: 'enum', enum: MESSAGE_STATUSES, enumName: 'message_status' })
  status!: MessageStatus;

  /** Delivery attempts started (claims). */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** When the current claim was taken; a claim older than the job's lease belongs to a crashed worker. */
  @Column({ type: 'timestamptz', nullable: true })
  claimedAt!: Date | null;

  /**
   * Set when a crashed worker's claim was taken over, i.e. the message may already have been sent
   * once: it is sent at most once more, never a third time.
   */
  @Column({ default: false })
  resumedAfterCrash!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  error!: string | null;
}
