import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A failed login, keyed by `email:<address>` or `ip:<address>`. Kept in PostgreSQL (not in process
 * memory) so throttling holds across API instances. Not tenant-owned: it precedes knowing the tenant.
 */
@Entity('login_attempts')
@Index(['key', 'attemptedAt'])
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ length: 400 })
  key!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  attemptedAt!: Date;
}
