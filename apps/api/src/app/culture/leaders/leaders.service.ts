import { Injectable } from '@nestjs/common';
import type { LeaderOverview } from '@rapport/shared/contracts';
import { In } from 'typeorm';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { CompetencyEntity } from '../../competencies/competency.entity';
import { UserEntity } from '../../users/user.entity';
import { LeadershipGoalsService } from '../leadership-goals/leadership-goals.service';
import { ReviewAssignmentEntity } from '../review-cycles/review-assignment.entity';
import { ReviewCycleEntity } from '../review-cycles/review-cycle.entity';
import { CultureAccess } from '../shared/culture-access.service';
import { CultureSettingsService } from '../settings/culture-settings.service';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { buildGap, buildUpwardTrend, type LeaderReview } from './leader-view';

/** The leader page: goals with check-ins, upward trend per competency, and the self-vs-staff gap. */
@Injectable()
export class LeadersService {
  constructor(
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
    @InjectTenantRepository(StaffMemberEntity) private readonly staff: TenantRepository<StaffMemberEntity>,
    @InjectTenantRepository(ReviewCycleEntity) private readonly cycles: TenantRepository<ReviewCycleEntity>,
    @InjectTenantRepository(ReviewAssignmentEntity) private readonly assignments: TenantRepository<ReviewAssignmentEntity>,
    @InjectTenantRepository(CompetencyEntity) private readonly competencies: TenantRepository<CompetencyEntity>,
    private readonly goals: LeadershipGoalsService,
    private readonly access: CultureAccess,
    private readonly settings: CultureSettingsService,
  ) {}

  /** For the leader themself and owner/admin/HR; anyone else (other leaders included) gets 404. */
  async overview(userId: string): Promise<LeaderOverview> {
    const leader = await this.users.findByIdOrFail(userId);
    this.access.assertMaySeeLeader(userId, leader.roles);
    const [record, cycles, competencies, minRaters, goals] = await Promise.all([
      this.staff.findOne({ userId }),
      this.cycles.find({ where: { status: 'closed' }, order: { periodEnd: 'ASC', createdAt: 'ASC' } }),
      this.competencies.find({ order: { position: 'ASC' } }),
      this.settings.minRaters(),
      this.goals.ofOwner(userId),
    ]);
    const reviews: LeaderReview[] =
      record && cycles.length
        ? (
            await this.assignments.find({
              where: { subjectStaffId: record.id, cycleId: In(cycles.map((c) => c.id)), status: 'submitted', relation: In(['self', 'upward']) },
              select: { cycleId: true, raterUserId: true, relation: true, ratings: true, organizationId: true },
            })
          ).map((a) => ({ cycleId: a.cycleId, raterUserId: a.raterUserId, relation: a.relation as 'self' | 'upward', ratings: a.ratings }))
        : [];
    // Only the cycles in which the leader was reviewed: other cycles would add empty points.
    const reviewed = new Set(reviews.map((r) => r.cycleId));
    const leaderCycles = cycles.filter((c) => reviewed.has(c.id)).map((c) => ({ id: c.id, name: c.name, periodEnd: c.periodEnd }));
    const upwardTrend = buildUpwardTrend(competencies, leaderCycles, reviews, minRaters);
    const { gap, gapCycleId } = buildGap(competencies, leaderCycles, reviews, minRaters);
    const latest = new Map(upwardTrend.map((t) => [t.competencyId, t.points[t.points.length - 1]?.aggregate ?? null]));
    return {
      leader: { userId, name: leader.name, staffMemberId: record?.id ?? null },
      minRaters,
      goals: goals.map((g) => ({ ...g, upward: latest.get(g.competencyId) ?? null })),
      upwardTrend,
      gap,
      gapCycleId,
    };
  }
}
