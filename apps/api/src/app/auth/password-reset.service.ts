import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { Transactions } from '../../common/persistence/transaction';
import { ValidationFailedException } from '../../common/filters/validation-exception';
import { hashPassword } from '../../common/security/passwords';
import { PERSONAL_PASSWORD_MESSAGE, isPersonalPassword } from '../../common/security/personal-passwords';
import { randomToken, sha256 } from '../../common/security/tokens';
import { RateLimitService } from '../../common/security/rate-limit.service';
import { AuditService } from '../audit/audit.service';
import { Outbox } from '../messages/outbox.service';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';
import type { PasswordResetConfirmDto } from './auth.dto';
import { PasswordResetEntity } from './password-reset.entity';
import { RefreshTokenEntity } from './refresh-token.entity';

const RESET_TTL_MS = 3600 * 1000;

/**
 * "Forgot password": a one-time link by email, valid for an hour. The request is answered the
 * same way whether or not the address has an account, and is rate limited per address and per
 * client IP (counted for unknown addresses too, so the limit reveals nothing either).
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly rateLimit: RateLimitService,
    private readonly outbox: Outbox,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
    private readonly config: AppConfig,
  ) {}

  async request(email: string, ip: string): Promise<void> {
    await this.admit(email, ip);
    const user = await this.users.findOne({ where: { email, active: true }, select: { id: true, organizationId: true, email: true, name: true, active: true, passwordHash: true } });
    // An invitation not yet accepted is renewed by an admin (Resend invitation), not reset here.
    if (!user?.passwordHash) return;
    await this.tx.run(async (manager) => {
      const resets = manager.getRepository(PasswordResetEntity);
      // Only the newest link works: asking again voids the links sent before.
      await resets.update({ userId: user.id, usedAt: IsNull() }, { usedAt: new Date() });
      const token = randomToken();
      const expiresAt = new Date(Date.now() + RESET_TTL_MS);
      await resets.insert({ organizationId: user.organizationId, userId: user.id, tokenHash: sha256(token), expiresAt, usedAt: null });
      const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: user.organizationId });
      await this.outbox.write(manager, {
        organizationId: user.organizationId,
        kind: 'password_reset',
        to: user.email,
        userId: user.id,
        data: { name: user.name, organizationName: organization.name, link: `${this.config.publicUrl}/reset-password?token=${token}`, expiresAt },
      });
      await this.audit.record(
        { organizationId: user.organizationId, actorUserId: null, action: 'user.password_reset_requested', entityType: 'user', entityId: user.id },
        manager,
      );
    });
  }

  /** Sets the new password, spends the token and ends every session of the account. */
  async confirm(dto: PasswordResetConfirmDto): Promise<void> {
    const passwordHash = await hashPassword(dto.password);
    await this.tx.run(async (manager) => {
      const resets = manager.getRepository(PasswordResetEntity);
      const reset = await resets.findOne({
        where: { tokenHash: sha256(dto.token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        lock: { mode: 'pessimistic_write' },
      });
      const user = reset && (await manager.getRepository(UserEntity).findOneBy({ id: reset.userId, active: true }));
      if (!reset || !user) {
        throw new BadRequestException('This password reset link is invalid, expired or already used; ask for a new one');
      }
      const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: user.organizationId });
      if (isPersonalPassword(dto.password, { email: user.email, name: user.name, organizationName: organization.name })) {
        throw new ValidationFailedException([{ field: 'password', message: PERSONAL_PASSWORD_MESSAGE }]);
      }
      await resets.update({ userId: user.id, usedAt: IsNull() }, { usedAt: new Date() });
      await manager.getRepository(UserEntity).update({ id: user.id }, { passwordHash });
      await manager
        .getRepository(RefreshTokenEntity)
        .update({ userId: user.id, organizationId: user.organizationId, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.audit.record(
        { organizationId: user.organizationId, actorUserId: user.id, action: 'user.password_reset', entityType: 'user', entityId: user.id },
        manager,
      );
    });
  }

  /** Counts the request under its address and its IP, or throws 429 (counting nothing). */
  private admit(email: string, ip: string): Promise<void> {
    return this.rateLimit.consume(
      [
        { key: `reset-email:${email.toLowerCase()}`, limit: this.config.get('PASSWORD_RESET_PER_EMAIL') },
        { key: `reset-ip:${ip}`, limit: this.config.get('PASSWORD_RESET_PER_IP') },
      ],
      this.config.get('PASSWORD_RESET_WINDOW_SECONDS'),
      'Too many password reset requests; try again later',
    );
  }
}
