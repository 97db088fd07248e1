import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { Role } from '@rapport/shared/contracts';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { RequestContext, type Caller } from '../../../common/tenancy/request-context';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { UserEntity } from '../../users/user.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { isLeader, isOverseer, mayReadLeaderData, privateScope, type StaffLink } from './visibility';

/** Who may see whose private culture data; the rules themselves are in visibility.ts. */
@Injectable()
export class CultureAccess {
  constructor(
    @InjectTenantRepository(StaffMemberEntity) private readonly staff: TenantRepository<StaffMemberEntity>,
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
  ) {}

  caller(): Caller {
    const caller = RequestContext.caller();
    if (!caller) throw new ForbiddenException();
    return caller;
  }

  isOverseer(): boolean {
    return isOverseer(this.caller());
  }

  /** The org's reporting lines: small (a practice has 5–50 people), so loaded whole. */
  links(): Promise<StaffLink[]> {
    return this.staff.find({ select: { id: true, managerId: true, userId: true, organizationId: true } });
  }

  /** Staff ids whose private data the caller may see; `null` = everyone. */
  async scope(): Promise<Set<string> | null> {
    const caller = this.caller();
    if (isOverseer(caller)) return null;
    return privateScope(caller, await this.links());
  }

  /** 404 (not 403: ids leak nothing) when the caller may not see this person's private data. */
  async assertMaySeePrivate(staffMemberId: string): Promise<void> {
    const scope = await this.scope();
    if (scope !== null && !scope.has(staffMemberId)) {
      throw new NotFoundException(`StaffMember ${staffMemberId} was not found`);
    }
  }

  /**
   * 404 unless the caller may see this person's review results: the private-data rule, and for a
   * leader the leader page's rule on top (themself and owner/admin/HR only).
   */
  async assertMaySeeResults(staffMemberId: string): Promise<void> {
    await this.assertMaySeePrivate(staffMemberId);
    const record = await this.staff.findOne({ id: staffMemberId });
    const user = record?.userId ? await this.users.findOne({ id: record.userId }) : null;
    if (user && isLeader(user.roles) && !mayReadLeaderData(this.caller(), user.id)) {
      throw new NotFoundException(`StaffMember ${staffMemberId} was not found`);
    }
  }

  /** 404 unless the caller may read the leader page of `leaderUserId` (whose roles are `leaderRoles`). */
  assertMaySeeLeader(leaderUserId: string, leaderRoles: readonly Role[]): void {
    if (!isLeader(leaderRoles) || !mayReadLeaderData(this.caller(), leaderUserId)) {
      throw new NotFoundException(`Leader ${leaderUserId} was not found`);
    }
  }
}
