import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { TooManyRequestsException } from '../../common/security/too-many-requests.exception';
import { LoginAttemptEntity } from './login-attempt.entity';

/**
 * Failed-login throttling per email and per IP, counted in PostgreSQL so every API instance sees
 * the same counters. A success clears the email's counter (not the IP's).
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectRepository(LoginAttemptEntity) private readonly attempts: Repository<LoginAttemptEntity>,
    private readonly config: AppConfig,
  ) {}

  private get windowMs(): number {
    return this.config.get('LOGIN_THROTTLE_WINDOW_SECONDS') * 1000;
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const checks: [string, number][] = [
      [`email:${email}`, this.config.get('LOGIN_THROTTLE_PER_EMAIL')],
      [`ip:${ip}`, this.config.get('LOGIN_THROTTLE_PER_IP')],
    ];
    const since = new Date(Date.now() - this.windowMs);
    for (const [key, limit] of checks) {
      const row = await this.attempts
        .createQueryBuilder('a')
        .select('count(*)::int', 'count')
        .addSelect('min(a.attempted_at)', 'oldest')
        .where('a.key = :key AND a.attempted_at > :since', { key, since })
        .getRawOne<{ count: number; oldest: Date | null }>();
      if (row && row.count >= limit && row.oldest) {
        const retryAfter = (new Date(row.oldest).getTime() + this.windowMs - Date.now()) / 1000;
        throw new TooManyRequestsException(retryAfter, 'Too many failed sign-in attempts; try again later');
      }
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.attempts.insert([{ key: `email:${email}` }, { key: `ip:${ip}` }]);
    // Keep the table small: rows older than the window no longer count.
    await this.attempts.delete({ attemptedAt: LessThan(new Date(Date.now() - this.windowMs)) });
  }

  async clear(email: string): Promise<void> {
    await this.attempts.delete({ key: `email:${email}` });
  }
}
