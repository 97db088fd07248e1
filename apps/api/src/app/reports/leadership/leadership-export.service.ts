import { Injectable } from '@nestjs/common';
import type { LeaderOverview, ThreeWayGap } from '@rapport/shared/contracts';
import { ArrayOverlap } from 'typeorm';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { GOAL_OWNER_ROLES } from '../../culture/culture.roles';
import { LeadersService } from '../../culture/leaders/leaders.service';
import { ThreeWayGapService } from '../../patient-signals/three-way-gap/three-way-gap.service';
import { UserEntity } from '../../users/user.entity';

/**
 * The leader view of every leader (or one), from the culture domain's own computation: upward
 * ratings arrive already pooled and thresholded, so the export cannot show what the page withholds.
 * Owners appear when they have goals or upward ratings; people with the leader role always do.
 */
@Injectable()
export class LeadershipExportService {
  constructor(
    private readonly leaders: LeadersService,
    private readonly threeWay: ThreeWayGapService,
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
  ) {}

  async load(leaderId?: string): Promise<LeaderOverview[]> {
    if (leaderId) return [await this.leaders.overview(leaderId)];
    const candidates = await this.users.find({ where: { roles: ArrayOverlap(GOAL_OWNER_ROLES) }, order: { name: 'ASC' } });
    const overviews: LeaderOverview[] = [];
    for (const user of candidates) {
      const overview = await this.leaders.overview(user.id);
      const hasData = overview.goals.length > 0 || overview.upwardTrend.some((t) => t.points.length > 0);
      if (user.roles.includes('leader') || hasData) overviews.push(overview);
    }
    return overviews;
  }

  /** Self, staff and patients per competency for each leader shown (same access rules as the leader page). */
  async threeWayGaps(overviews: readonly LeaderOverview[]): Promise<ThreeWayGap[]> {
    const gaps: ThreeWayGap[] = [];
    for (const o of overviews) gaps.push(await this.threeWay.of(o.leader.userId));
    return gaps;
  }
}
