import { BadRequestException, ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { OWNER_MANAGED_ROLES, type CreateUserResponse, type Page, type Role, type User } from '@rapport/shared/contracts';
import { IsNull, type EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { pageByKeyset, pageInfo, type KeysetOrder } from '../../common/pagination/keyset-query';
import type { ListQueryDto } from '../../common/pagination/list-query.dto';
import { assertVersion } from '../../common/persistence/optimistic-lock';
import { Transactions } from '../../common/persistence/transaction';
import { RateLimitService } from '../../common/security/rate-limit.service';
import { randomToken, sha256 } from '../../common/security/tokens';
import { InjectTenantRepository } from '../../common/tenancy/inject-tenant-repository.decorator';
import { RequestContext } from '../../common/tenancy/request-context';
import { TenantRepository } from '../../common/tenancy/tenant.repository';
import { AuditService } from '../audit/audit.service';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { Outbox } from '../messages/outbox.service';
import { OrganizationEntity } from '../organizations/organization.entity';
import type { CreateUserDto, UpdateUserDto } from './user.dto';
import { UserEntity } from './user.entity';

const ORDER: KeysetOrder = { alias: 'u', keys: [{ sql: 'u.name', type: 'text' }], direction: 'ASC' };

const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

interface Invitation {
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

const newInvitation = (): Invitation => {
  const token = randomToken();
  return { token, tokenHash: sha256(token), expiresAt: new Date(Date.now() + INVITATION_TTL_MS) };
};

export const toUser = (e: UserEntity): User => ({
  id: e.id,
  email: e.email,
  name: e.name,
  roles: e.roles,
  active: e.active,
  invitationPending: e.invitationExpiresAt !== null,
  version: e.version,
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
});

@Injectable()
export class UsersService {
  constructor(
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
    private readonly config: AppConfig,
    private readonly rateLimit: RateLimitService,
    private readonly outbox: Outbox,
  ) {}

  async list(query: ListQueryDto): Promise<Page<User>> {
    const page = await pageByKeyset(this.users.qb('u'), ORDER, query);
    return { items: page.rows.map(toUser), ...pageInfo(page) };
  }

  async get(id: string): Promise<User> {
    return toUser(await this.users.findByIdOrFail(id));
  }

  /**
   * Creates the user with a one-time invitation, and its email in the same transaction. The link is
   * also returned once (kept for existing clients) and stored only hashed.
   */
  async invite(dto: CreateUserDto, ip: string): Promise<CreateUserResponse> {
    this.assertMayGrant(dto.roles, []);
    await this.countInvitation(ip);
    return this.tx.run(async (manager) => {
      const repo = this.users.withManager(manager);
      const invitation = newInvitation();
      const user = repo.create({
        email: dto.email,
        name: dto.name,
        roles: dto.roles,
        passwordHash: null,
        invitationTokenHash: invitation.tokenHash,
        invitationExpiresAt: invitation.expiresAt,
      });
      const saved = await repo.save(user);
      await this.audit.record({ action: 'user.invited', entityType: 'user', entityId: saved.id, after: saved }, manager);
      return this.sendInvitation(manager, saved, invitation);
    });
  }

  /**
   * A fresh invitation for a user who has not accepted theirs: the new link replaces the old one
   * (only one token hash is stored, so the old link stops working in the same commit).
   */
  async resendInvitation(id: string, ip: string): Promise<CreateUserResponse> {
    await this.countInvitation(ip);
    return this.tx.run(async (manager) => {
      const repo = this.users.withManager(manager);
      const user = await repo.findByIdOrFail(id, { lock: true });
      if (user.invitationExpiresAt === null) {
        throw new ConflictException('This user has already accepted their invitation; they can reset their password from the sign-in page');
      }
      if (!user.active) throw new ConflictException('This user is deactivated; reactivate them before inviting them again');
      this.assertMayGrant(user.roles, []);
      const invitation = newInvitation();
      user.invitationTokenHash = invitation.tokenHash;
      user.invitationExpiresAt = invitation.expiresAt;
      const saved = await repo.save(user);
      await this.audit.record({ action: 'user.invitation_resent', entityType: 'user', entityId: id }, manager);
      return this.sendInvitation(manager, saved, invitation);
    });
  }

  /**
   * Counted before the write (a refused duplicate or resend counts too), so that neither one
   * organization nor one client can fill the users table or flood inboxes; see RateLimitService.
   */
  private countInvitation(ip: string): Promise<void> {
    return this.rateLimit.consume(
      [
        { key: `invite-org:${RequestContext.organizationId()}`, limit: this.config.get('INVITE_LIMIT_PER_ORGANIZATION') },
        { key: `invite-ip:${ip}`, limit: this.config.get('INVITE_LIMIT_PER_IP') },
      ],
      this.config.get('RATE_LIMIT_WINDOW_SECONDS'),
      'Too many invitations for this organization or from this address; try again later',
    );
  }

  private async sendInvitation(manager: EntityManager, user: UserEntity, invitation: Invitation): Promise<CreateUserResponse> {
    const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: user.organizationId });
    const invitationUrl = `${this.config.publicUrl}/accept-invite?token=${invitation.token}`;
    await this.outbox.write(manager, {
      organizationId: user.organizationId,
      kind: 'invitation',
      to: user.email,
      userId: user.id,
      data: { inviteeName: user.name, organizationName: organization.name, link: invitationUrl, expiresAt: invitation.expiresAt },
    });
    return {
      user: toUser(user),
      invitationUrl,
      invitationToken: invitation.token,
      invitationExpiresAt: invitation.expiresAt.toISOString(),
      invitationDelivery: this.outbox.mode,
    };
  }

  update(id: string, dto: UpdateUserDto): Promise<User> {
    return this.tx.run(async (manager) => {
      const repo = this.users.withManager(manager);
      const user = await repo.findByIdOrFail(id, { lock: true });
      assertVersion(user, dto.version);
      const before = { ...user, roles: [...user.roles] };
      if (dto.roles !== undefined) {
        this.assertMayGrant(dto.roles, user.roles);
        user.roles = dto.roles;
      }
      if (dto.active !== undefined) {
        if (!dto.active && id === RequestContext.caller()?.userId) {
          throw new BadRequestException('You cannot deactivate yourself');
        }
        if (dto.active !== user.active) this.assertMayChangeStatus(before.roles);
        user.active = dto.active;
      }
      if (dto.name !== undefined) user.name = dto.name;
      await this.assertKeepsAnOwner(manager, user);
      const saved = await repo.save(user);
      if (!saved.active) await this.revokeSessions(manager, saved.id);
      await this.audit.record(
        { action: this.actionFor(before, saved), entityType: 'user', entityId: id, before, after: saved },
        manager,
      );
      return toUser(saved);
    });
  }

  private actionFor(before: UserEntity, after: UserEntity): string {
    if (before.active !== after.active) return after.active ? 'user.reactivated' : 'user.deactivated';
    if (before.roles.join() !== after.roles.join()) return 'user.roles_changed';
    return 'user.updated';
  }

  /** Only an owner grants or removes the owner and HR roles (an admin could otherwise make themselves HR). */
  private assertMayGrant(next: Role[], current: Role[]): void {
    if (this.callerIsOwner()) return;
    const touched = OWNER_MANAGED_ROLES.filter((role) => next.includes(role) !== current.includes(role));
    if (touched.length > 0) {
      throw new ForbiddenException(`Only an owner can grant or remove the ${touched.join(' and ')} role`);
    }
  }

  /** Only an owner deactivates or reactivates an owner or an HR user (an admin could lock HR out). */
  private assertMayChangeStatus(roles: Role[]): void {
    const privileged = roles.filter((role) => OWNER_MANAGED_ROLES.includes(role));
    if (privileged.length > 0 && !this.callerIsOwner()) {
      throw new ForbiddenException(`Only an owner can deactivate or reactivate a user with the ${privileged.join(' and ')} role`);
    }
  }

  private callerIsOwner(): boolean {
    return RequestContext.caller()?.roles.includes('owner') ?? false;
  }

  /** An organization always keeps at least one active owner. */
  private async assertKeepsAnOwner(manager: EntityManager, changed: UserEntity): Promise<void> {
    if (changed.active && changed.roles.includes('owner')) return;
    const owners = await this.users
      .withManager(manager)
      .qb('u')
      .andWhere('u.active = true')
      .andWhere(":owner = ANY(u.roles)", { owner: 'owner' })
      .andWhere('u.id <> :id', { id: changed.id })
      .getCount();
    if (owners === 0) throw new BadRequestException('The organization must keep at least one active owner');
  }

  private async revokeSessions(manager: EntityManager, userId: string): Promise<void> {
    await manager
      .getRepository(RefreshTokenEntity)
      .update(
        { userId, organizationId: RequestContext.organizationId(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
  }
}
