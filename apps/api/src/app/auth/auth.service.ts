import { BadRequestException, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { MeResponse, OrganizationSummary, UserSummary } from '@rapport/shared/contracts';
import { MoreThan, Repository } from 'typeorm';
import { Transactions } from '../../common/persistence/transaction';
import { RateLimitService } from '../../common/security/rate-limit.service';
import { AppConfig } from '../../config/app-config';
import { hashPassword, verifyPassword } from '../../common/security/passwords';
import { PERSONAL_PASSWORD_MESSAGE, isPersonalPassword } from '../../common/security/personal-passwords';
import { sha256 } from '../../common/security/tokens';
import { ValidationFailedException } from '../../common/filters/validation-exception';
import type { Caller } from '../../common/tenancy/request-context';
import { AuditService } from '../audit/audit.service';
import { seedCareStandard } from '../competencies/care-standard.seed';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';
import type { AcceptInviteDto, LoginDto, SignupDto } from './auth.dto';
import { LoginThrottleService } from './login-throttle.service';
import { type IssuedSession, SessionsService } from './sessions.service';

export interface AuthResult {
  session: IssuedSession;
  organization: OrganizationSummary;
}

const INVALID_CREDENTIALS = 'Email or password is incorrect';

export const toUserSummary = (u: UserEntity): UserSummary => ({ id: u.id, email: u.email, name: u.name, roles: u.roles });
const toOrganizationSummary = (o: OrganizationEntity): OrganizationSummary => ({ id: o.id, name: o.name });

/**
 * Sign-up, sign-in and invitation acceptance. These run before a tenant is known, so they use
 * plain repositories and look users up by email or invitation secret only.
 */
@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
    private readonly rateLimit: RateLimitService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Creates an organization, its owner and its care standard, and signs the owner in. Limited per
   * client address and per email address (counted before anything else, a taken address included,
   * so that sign-up can be used neither to flood organizations nor to probe which emails exist).
   */
  async signup(dto: SignupDto, ip: string): Promise<AuthResult> {
    await this.rateLimit.consume(
      [
        { key: `signup-ip:${ip}`, limit: this.config.get('SIGNUP_LIMIT_PER_IP') },
        { key: `signup-email:${dto.email}`, limit: this.config.get('SIGNUP_LIMIT_PER_EMAIL') },
      ],
      this.config.get('RATE_LIMIT_WINDOW_SECONDS'),
      'Too many sign-ups from this address or for this email; try again later',
    );
    const passwordHash = await hashPassword(dto.password);
    return this.tx.run(async (manager) => {
      const organization = await manager.getRepository(OrganizationEntity).save({ name: dto.organizationName });
      const user = await manager.getRepository(UserEntity).save(
        manager.getRepository(UserEntity).create({
          organizationId: organization.id,
          email: dto.email,
          name: dto.name,
          roles: ['owner'],
          passwordHash,
          invitationTokenHash: null,
          invitationExpiresAt: null,
        }),
      );
      await seedCareStandard(manager, organization.id);
      const base = { organizationId: organization.id, actorUserId: user.id };
      await this.audit.record({ ...base, action: 'organization.created', entityType: 'organization', entityId: organization.id, after: organization }, manager);
      await this.audit.record({ ...base, action: 'user.created', entityType: 'user', entityId: user.id, after: user }, manager);
      const session = await this.sessions.issue(user, manager);
      return { session, organization: toOrganizationSummary(organization) };
    });
  }

  async login(dto: LoginDto, ip: string): Promise<AuthResult> {
    // Recorded before the password is checked, so parallel guesses cannot all slip under the limit.
    const attempt = await this.throttle.admit(dto.email, ip);
    const user = await this.users.findOne({
      where: { email: dto.email },
      select: { id: true, organizationId: true, email: true, name: true, roles: true, active: true, passwordHash: true },
    });
    const ok = await verifyPassword(user?.passwordHash, dto.password);
    if (!user || !ok || !user.active) {
      await this.throttle.failed();
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }
    await this.throttle.succeeded(attempt);
    return { session: await this.sessions.issue(user), organization: await this.organizationOf(user) };
  }

  async refresh(presented: string | undefined): Promise<AuthResult> {
    const session = await this.sessions.rotate(presented);
    return { session, organization: await this.organizationOf(session.user) };
  }

  logout(presented: string | undefined, accessToken: string | undefined): Promise<void> {
    return this.sessions.endSessions(presented, accessToken);
  }

  /** Sets the password of an invited user (one-time token) and signs them in. */
  async acceptInvite(dto: AcceptInviteDto): Promise<AuthResult> {
    const passwordHash = await hashPassword(dto.password);
    return this.tx.run(async (manager) => {
      const repo = manager.getRepository(UserEntity);
      const user = await repo.findOne({
        where: { invitationTokenHash: sha256(dto.token), invitationExpiresAt: MoreThan(new Date()), active: true },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) {
        throw new BadRequestException('This invitation link is invalid, expired or already used; ask for a new one');
      }
      if (isPersonalPassword(dto.password, user)) {
        throw new ValidationFailedException([{ field: 'password', message: PERSONAL_PASSWORD_MESSAGE }]);
      }
      await repo.update({ id: user.id }, { passwordHash, invitationTokenHash: null, invitationExpiresAt: null });
      await this.audit.record(
        {
          organizationId: user.organizationId,
          actorUserId: user.id,
          action: 'user.invitation_accepted',
          entityType: 'user',
          entityId: user.id,
        },
        manager,
      );
      const session = await this.sessions.issue(user, manager);
      const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: user.organizationId });
      return { session, organization: toOrganizationSummary(organization) };
    });
  }

  async me(caller: Caller): Promise<MeResponse> {
    const user = await this.users.findOneByOrFail({ id: caller.userId, organizationId: caller.organizationId });
    return { user: toUserSummary(user), organization: await this.organizationOf(user) };
  }

  private async organizationOf(user: UserEntity): Promise<OrganizationSummary> {
    return toOrganizationSummary(await this.organizations.findOneByOrFail({ id: user.organizationId }));
  }
}
