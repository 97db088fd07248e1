import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { RequestContext, type Caller } from '../../../common/tenancy/request-context';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { isOverseer, privateScope, type StaffLink } from './visibility';

/** Who may see whose private culture data; the rules themselves are in visibility.ts. */
@Injectable()
export class CultureAccess {
  constructor(@InjectTenantRepository(StaffMemberEntity) private readonly staff: TenantRepository<StaffMemberEntity>) {}

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
}
