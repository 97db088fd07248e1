import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { RateLimitEventEntity } from './rate-limit-event.entity';
import { TooManyRequestsException } from './too-many-requests.exception';

export interface RateLimitKey {
  /** e.g. `signup-ip:203.0.113.7`; one counter per key. */
  key: string;
  /** How many actions the key may take within the window. */
  limit: number;
}

/** Advisory-lock namespace of rate-limit keys (LoginThrottleService uses 72_270_101/102). */
const LOCK_SPACE = 72_270_103;

/**
 * Fixed-budget sliding-window limits on actions (sign-ups, invitations), counted in PostgreSQL so
 * the budget holds across API instances. `consume()` counts and records in one short transaction
 * holding an advisory lock per key (taken in key order, so two calls never wait on each other in a
 * cycle): parallel requests see each other's rows and at most `limit` get through per window.
 */
@Injectable()
export class RateLimitService {
  constructor(@InjectRepository(RateLimitEventEntity) private readonly events: Repository<RateLimitEventEntity>) {}

  /** Records one action under every key, or throws 429 with Retry-After (recording nothing). */
  async consume(keys: readonly RateLimitKey[], windowSeconds: number, message: string): Promise<void> {
    const sorted = [...keys].sort((a, b) => a.key.localeCompare(b.key));
    await this.events.manager.transaction(async (manager) => {
      for (const { key } of sorted) await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_SPACE, key]);
      const names = sorted.map((k) => k.key);
      // Old rows of these keys go first, so the table holds at most one window of each key.
      await manager
        .createQueryBuilder()
        .delete()
        .from(RateLimitEventEntity)
        .where('key IN (:...names)', { names })
        .andWhere('occurred_at <= now() - make_interval(secs => :window)', { window: windowSeconds })
        .execute();
      const rows = await manager
        .getRepository(RateLimitEventEntity)
        .createQueryBuilder('e')
        .select('e.key', 'key')
        .addSelect('count(*)::int', 'count')
        // The n-th newest row leaves the window first among those that keep the key at its limit.
        .addSelect('array_agg(extract(epoch FROM e.occurred_at + make_interval(secs => :window) - now())::float8 ORDER BY e.occurred_at DESC)', 'expiries')
        .where('e.key IN (:...names)', { names, window: windowSeconds })
        .groupBy('e.key')
        .getRawMany<{ key: string; count: number; expiries: number[] }>();
      const waits = rows.flatMap((row) => {
        const limit = sorted.find((k) => k.key === row.key)?.limit ?? 0;
        // With `count` rows and a budget of `limit`, one more may go once the (limit)-th newest row leaves.
        return row.count >= limit ? [row.expiries[Math.max(0, limit - 1)] ?? windowSeconds] : [];
      });
      if (waits.length > 0) throw new TooManyRequestsException(Math.max(...waits), message);
      await manager.getRepository(RateLimitEventEntity).insert(sorted.map(({ key }) => ({ key })));
    });
  }
}
