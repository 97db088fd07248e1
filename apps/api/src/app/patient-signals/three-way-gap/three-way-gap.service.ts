import { Injectable } from '@nestjs/common';
import { MIN_PATIENT_RESPONSES, type ThreeWayGap } from '@rapport/shared/contracts';
import { DataSource } from 'typeorm';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { RequestContext } from '../../../common/tenancy/request-context';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { LeadersService } from '../../culture/leaders/leaders.service';
import { addMonths, endOfMonth, monthOf, today } from '../../culture/shared/dates';
import { StaffMemberEntity } from '../../culture/staff/staff-member.entity';
import { FeedbackItemsService } from '../feedback/feedback-items.service';
import { patientAggregates, toPatientAggregate, type AggregateRow } from '../signals/patient-aggregates';

/**
 * Per competency: how the leader rates themself, how their staff rate them (anonymous, pooled as the
 * leader page does) and what patients say. Patients' side: surveys naming the leader over the last 12
 * months; when too few do, every survey of the leader's location (the source is stated).
 */
@Injectable()
export class ThreeWayGapService {
  constructor(
    private readonly leaders: LeadersService,
    private readonly items: FeedbackItemsService,
    private readonly dataSource: DataSource,
    @InjectTenantRepository(StaffMemberEntity) private readonly staff: TenantRepository<StaffMemberEntity>,
  ) {}

  async of(leaderUserId: string): Promise<ThreeWayGap> {
    // The overview applies the access rule (the leader themself, owner/admin/HR; else 404).
    const overview = await this.leaders.overview(leaderUserId);
    const to = monthOf(today());
    const from = addMonths(to, -11);
    const record = overview.leader.staffMemberId ? await this.staff.findByIdOrFail(overview.leader.staffMemberId) : null;
    const { rows, source } = record ? await this.patientSide(record, `${from}-01`, endOfMonth(to)) : { rows: [], source: 'none' as const };
    const byCompetency = new Map(rows.map((r) => [r.competencyId, r]));
    return {
      leaderUserId,
      gapCycleId: overview.gapCycleId,
      minRaters: overview.minRaters,
      patientSource: source,
      from,
      to,
      rows: overview.gap.map((g) => ({
        competencyId: g.competencyId,
        competencyName: g.competencyName,
        self: g.self,
        staff: g.staff,
        patient: toPatientAggregate(byCompetency.get(g.competencyId)),
      })),
    };
  }

  private async patientSide(
    record: StaffMemberEntity,
    firstDay: string,
    lastDay: string,
  ): Promise<{ rows: AggregateRow[]; source: 'named' | 'location' | 'none' }> {
    const mapping = await this.items.resolve();
    const base = { organizationId: RequestContext.organizationId(), firstDay, lastDay, mapping, byLocation: false };
    const named = await patientAggregates(this.dataSource.manager, { ...base, staffMemberId: record.id });
    if (named.some((r) => r.n >= MIN_PATIENT_RESPONSES)) return { rows: named, source: 'named' };
    const atLocation = await patientAggregates(this.dataSource.manager, { ...base, locationId: record.locationId });
    return atLocation.length ? { rows: atLocation, source: 'location' } : { rows: named, source: named.length ? 'named' : 'none' };
  }
}
