import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { TooManyRequestsException } from '../../common/security/too-many-requests.exception';
import { LoginAttemptEntity } from './login-attempt.entity';

/** A sign-in attempt that passed the throttle: its rows count as failures until it succeeds. */
export interface AdmittedAttempt {
  email: string;
  ids: string[];
}

/**
 * Advisory-lock namespaces (the two-integer form), one per kind of key: every attempt locks its
 * email key before its address key, and the two kinds never share a lock, so no two attempts can
 * wait on each other in a cycle.
 */
const LOCK_SPACE = { email: 72_270_101, ip: 72_270_102 } as const;

/**
 * Failed-login throttling per email and per IP, counted in PostgreSQL so every API instance sees
 * the same counters. A success clears the email's counter (not the IP's).
 *
 * Check and record are one step: `admit()` counts the window and records the attempt in a short
 * transaction that holds an advisory lock per key, *before* the password is verified. Parallel
 * guesses therefore see each other's rows, and at most `limit` of them ever reach argon2 — on any
 * number of instances. The lock is released before argon2 runs, so no pool connection waits on it.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectRepository(LoginAttemptEntity) private readonly attempts: Repository<LoginAttemptEntity>,
    private readonly config: AppConfig,
  ) {}

  private get windowSeconds(): number {
    return this.config.get('LOGIN_THROTTLE_WINDOW_SECONDS');
  }

  /**
   * Records the attempt under both keys, or throws 429 (recording nothing) when either key
   * already holds its limit of attempts within the window.
   */
  async admit(email: string, ip: string): Promise<AdmittedAttempt> {
    const keys = [
      { key: `email:${email}`, space: LOCK_SPACE.email, limit: this.config.get('LOGIN_THROTTLE_PER_EMAIL') },
      { key: `ip:${ip}`, space: LOCK_SPACE.ip, limit: this.config.get('LOGIN_THROTTLE_PER_IP') },
    ];
    return this.attempts.manager.transaction(async (manager) => {
      for (const { key, space } of keys) {
        await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [space, key]);
      }
      const rows = await manager
        .getRepository(LoginAttemptEntity)
        .createQueryBuilder('a')
        .select('a.key', 'key')
        .addSelect('count(*)::int', 'count')
        .addSelect('extract(epoch FROM min(a.attempted_at) + make_interval(secs => :window) - now())::float8', 'retryAfter')
        .where('a.key IN (:...keys)', { keys: keys.map((k) => k.key) })
        .andWhere('a.attempted_at > now() - make_interval(secs => :window)', { window: this.windowSeconds })
        .groupBy('a.key')
        .getRawMany<{ key: string; count: number; retryAfter: number }>();
      const blocked = rows.filter((row) => row.count >= (keys.find((k) => k.key === row.key)?.limit ?? 0));
      if (blocked.length > 0) {
        // The attempt may go through once the oldest row of every exhausted key has left the window.
        const retryAfter = Math.max(...blocked.map((row) => row.retryAfter));
        throw new TooManyRequestsException(retryAfter, 'Too many failed sign-in attempts; try again later');
      }
      const inserted = await manager.getRepository(LoginAttemptEntity).insert(keys.map(({ key }) => ({ key })));
      return { email, ids: inserted.identifiers.map((row) => String(row['id'])) };
    });
  }

  /** The password was wrong: the attempt's rows stay and count. Rows older than the window go. */
  async failed(): Promise<void> {
    await this.attempts
      .createQueryBuilder()
      .delete()
      .where('attempted_at < now() - make_interval(secs => :window)', { window: this.windowSeconds })
      .execute();
  }

  /** The password was right: the email's counter is cleared, and this attempt no longer counts against the IP. */
  async succeeded(attempt: AdmittedAttempt): Promise<void> {
    await this.attempts
      .createQueryBuilder()
      .delete()
      .where('key = :key OR id IN (:...ids)', { key: `email:${attempt.email}`, ids: attempt.ids })
      .execute();
  }
}
