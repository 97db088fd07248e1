import { Injectable } from '@nestjs/common';
import type { ServiceMetricName } from '@rapport/shared/contracts';
import { In, LessThanOrEqual, MoreThanOrEqual, Not } from 'typeorm';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { CompetencyEntity } from '../../competencies/competency.entity';
import { LocationEntity } from '../../locations/location.entity';
import { ObservationEntity } from '../observations/observation.entity';
import { ReviewAssignmentEntity } from '../review-cycles/review-assignment.entity';
import { ReviewCycleEntity } from '../review-cycles/review-cycle.entity';
import { ServiceMetricEntity } from '../service-metrics/service-metric.entity';
import { endOfMonth } from '../shared/dates';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import type { CultureData } from './culture-score-builder';

/**
 * Loads what culture scores are made of, for a range of months: observations counted per person and
 * month in SQL, service metrics, and the submitted reviews (self excluded) of closed cycles that overlap
 * the range. Open cycles are left out: their partial results would move as each rater submits.
 */
@Injectable()
export class CultureDataService {
  constructor(
    @InjectTenantRepository(StaffMemberEntity) private readonly staff: TenantRepository<StaffMemberEntity>,
    @InjectTenantRepository(LocationEntity) private readonly locations: TenantRepository<LocationEntity>,
    @InjectTenantRepository(CompetencyEntity) private readonly competencies: TenantRepository<CompetencyEntity>,
    @InjectTenantRepository(ObservationEntity) private readonly observations: TenantRepository<ObservationEntity>,
    @InjectTenantRepository(ServiceMetricEntity) private readonly metrics: TenantRepository<ServiceMetricEntity>,
    @InjectTenantRepository(ReviewCycleEntity) private readonly cycles: TenantRepository<ReviewCycleEntity>,
    @InjectTenantRepository(ReviewAssignmentEntity) private readonly assignments: TenantRepository<ReviewAssignmentEntity>,
  ) {}

  async load(fromMonth: string, toMonth: string): Promise<CultureData> {
    const start = `${fromMonth}-01`;
    const end = endOfMonth(toMonth);
    const [staff, locations, competencies, observations, metrics, cycles] = await Promise.all([
      this.staff.find({ order: { name: 'ASC' } }),
      this.locations.find({ order: { name: 'ASC' } }),
      this.competencies.find({ order: { position: 'ASC' } }),
      this.observations
        .qb('o')
        .select('o.staff_member_id', 'staffMemberId')
        .addSelect("to_char(o.observed_at, 'YYYY-MM')", 'month')
        .addSelect("count(*) FILTER (WHERE o.kind = 'recognition')::int", 'recognitions')
        .addSelect("count(*) FILTER (WHERE o.kind = 'coaching')::int", 'coaching')
        .andWhere('o.observed_at BETWEEN :start AND :end', { start, end })
        .groupBy('o.staff_member_id')
        .addGroupBy("to_char(o.observed_at, 'YYYY-MM')")
        .getRawMany<{ staffMemberId: string; month: string; recognitions: number; coaching: number }>(),
      this.metrics
        .qb('m')
        .andWhere('m.period BETWEEN :fromMonth AND :toMonth', { fromMonth, toMonth })
        .getMany(),
      this.cycles.find({
        where: { status: 'closed', periodStart: LessThanOrEqual(end), periodEnd: MoreThanOrEqual(start) },
        order: { periodEnd: 'ASC' },
      }),
    ]);
    const reviews = cycles.length
      ? await this.assignments.find({
          where: { cycleId: In(cycles.map((c) => c.id)), status: 'submitted', relation: Not('self') },
          select: { cycleId: true, subjectStaffId: true, raterUserId: true, relation: true, ratings: true, organizationId: true },
        })
      : [];
    return {
      staff,
      locations,
      competencies,
      observations,
      metrics: metrics.map((m) => ({
        staffMemberId: m.staffMemberId,
        locationId: m.locationId,
        period: m.period,
        metric: m.metric as ServiceMetricName,
        value: m.value,
      })),
      cycles,
      reviews,
    };
  }
}
