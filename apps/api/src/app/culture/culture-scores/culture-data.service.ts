import { Injectable } from '@nestjs/common';
import type { CultureLevel, HeatmapGrouping } from '@rapport/shared/contracts';
import { Between, DataSource } from 'typeorm';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { RequestContext } from '../../../common/tenancy/request-context';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { CompetencyEntity } from '../../competencies/competency.entity';
import { LocationEntity } from '../../locations/location.entity';
import { ReviewCycleEntity } from '../review-cycles/review-cycle.entity';
import { pageByKeyset, type KeysetOrder, type PageRequest } from '../../../common/pagination/keyset-query';
import { endOfMonth } from '../shared/dates';
import { closedCyclesEndingInSql, shownRatingsSql, shownReviewsSql } from '../shared/rater-groups.sql';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import type { CultureData } from './culture-score-builder';
import type { HeatmapData } from './heatmap-builder';

export interface CultureLoad {
  level: CultureLevel;
  /** First and last month, `YYYY-MM`. */
  from: string;
  to: string;
  /** Staff level only: the people to score (null: everyone). */
  staffIds?: ReadonlySet<string> | null;
  /** One page of subjects in name order (a request); without it every subject (internal use). */
  page?: PageRequest;
}

const STAFF_ORDER: KeysetOrder = { alias: 's', keys: [{ sql: 's.name', type: 'text' }], direction: 'ASC' };
const LOCATION_ORDER: KeysetOrder = { alias: 'l', keys: [{ sql: 'l.name', type: 'text' }], direction: 'ASC' };

/**
 * Loads what culture scores are made of, aggregated in PostgreSQL to the subject (a person or a
 * location) the request scores: observations counted per subject and month (from the monthly counts a
 * trigger keeps, docs/adr/0012-culture-aggregates.md), service metrics summed per
 * subject, month and metric, and 360 ratings summed per subject, cycle, rater and relation. Only closed
 * cycles whose period ends in the range count, and only rater groups at or above the anonymity minimum
 * (shared/rater-groups.sql.ts, docs/adr/0006). No individual rating or jsonb document reaches Node
 * (docs/performance.md).
 *
 * The statements are written in SQL (jsonb expansion needs a lateral join) and name the caller's
 * organization explicitly as `$1`, as docs/adr/0002-tenancy.md allows for reporting queries.
 */
/** Closed cycles ($1 organization) whose review period ends in [$2, $3]. */
const CYCLES_SQL = closedCyclesEndingInSql('$2', '$3');

@Injectable()
export class CultureDataService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(StaffMemberEntity) private readonly staff: TenantRepository<StaffMemberEntity>,
    @InjectTenantRepository(LocationEntity) private readonly locations: TenantRepository<LocationEntity>,
    @InjectTenantRepository(CompetencyEntity) private readonly competencies: TenantRepository<CompetencyEntity>,
    @InjectTenantRepository(ReviewCycleEntity) private readonly cycles: TenantRepository<ReviewCycleEntity>,
  ) {}

  async load({ level, from, to, staffIds = null, page }: CultureLoad): Promise<CultureData & { nextCursor: string | null }> {
    const { subjects, nextCursor } = await this.subjects(level, staffIds ? [...staffIds] : null, page);
    const ids = subjects.map((s) => s.id);
    // Every statement reads only the page's subjects: people by id, or the people of the page's locations.
    const subject = level === 'location' ? 'st.location_id' : 'st.id';
    const onlySubjects = `AND ${subject} = ANY($4::uuid[])`;
    // The same page as staff ids, to narrow the rater-group window to whole subjects.
    const subjectStaff =
      level === 'location'
        ? `SELECT s.id FROM staff_members s WHERE s.organization_id = $1 AND s.location_id = ANY($4::uuid[])`
        : `SELECT unnest($4::uuid[])`;
    const [cycles, observations, metrics, reviews] = await Promise.all([
      this.closedCycles(from, to),
      // From the monthly counts the observations trigger keeps (migration ObservationMonthlyCounts).
      this.sql<CultureData['observations'][number]>(
        `SELECT ${subject} AS "subjectId", to_char(c.month, 'YYYY-MM') AS month,
                sum(c.recognitions)::int AS recognitions, sum(c.coaching)::int AS coaching
           FROM observation_monthly_counts c
           JOIN staff_members st ON st.organization_id = c.organization_id AND st.id = c.staff_member_id
          WHERE c.organization_id = $1 AND c.month BETWEEN $2 AND $3 ${onlySubjects}
          GROUP BY 1, 2
         HAVING sum(c.recognitions) + sum(c.coaching) > 0`,
        [`${from}-01`, `${to}-01`, ids],
      ),
      // A location's own figures (no staff member) count as "own" at location level, and not at all
      // at staff level.
      this.sql<CultureData['metrics'][number]>(
        `SELECT coalesce(${subject}, m.location_id) AS "subjectId", m.staff_member_id IS NULL AS own, m.period,
                m.metric::text AS metric, sum(m.value)::float8 AS sum, count(*)::int AS count
           FROM service_metrics m
           LEFT JOIN staff_members st ON st.organization_id = m.organization_id AND st.id = m.staff_member_id
          WHERE m.organization_id = $1 AND m.period BETWEEN $2 AND $3
            AND ${level === 'location' ? 'coalesce(st.location_id, m.location_id)' : 'm.staff_member_id'} = ANY($4::uuid[])
          GROUP BY 1, 2, 3, 4`,
        [from, to, ids],
      ),
      // Sum and count per assignment are kept by a trigger (migration ReviewRatingSums); groups below
      // the anonymity minimum are already gone.
      this.sql<CultureData['reviews'][number]>(
        `SELECT ra.cycle_id AS "cycleId", ${subject} AS "subjectId", ra.rater_user_id AS "raterId",
                ra.relation::text AS relation, sum(ra.rating_sum)::int AS sum, sum(ra.rating_count)::int AS count
           FROM ${shownReviewsSql(CYCLES_SQL, subjectStaff)} ra
           JOIN staff_members st ON st.organization_id = ra.organization_id AND st.id = ra.subject_staff_id
          WHERE true ${onlySubjects}
          GROUP BY 1, 2, 3, 4`,
        [`${from}-01`, endOfMonth(to), ids],
      ),
    ]);
    return { subjects, cycles, observations, metrics, reviews, nextCursor };
  }

  /**
   * The 360 ratings of a range per competency, group (location or role title), rater and relation, from
   * rater groups at or above the minimum for that competency only.
   */
  async heatmap(by: HeatmapGrouping, from: string, to: string): Promise<HeatmapData> {
    const group = by === 'location' ? 'st.location_id' : 'st.role_title';
    const [competencies, groups, ratings] = await Promise.all([
      this.competencies.find({ order: { position: 'ASC' }, select: { id: true, name: true, organizationId: true } }),
      by === 'location'
        ? this.locations
            .find({ order: { name: 'ASC' }, select: { id: true, name: true, organizationId: true } })
            .then((rows) => rows.map((l) => ({ key: l.id, name: l.name })))
        : this.staff
            .qb('s')
            .select('DISTINCT s.role_title', 'title')
            .getRawMany<{ title: string }>()
            .then((rows) => rows.map((r) => r.title).sort((a, b) => a.localeCompare(b)).map((t) => ({ key: t, name: t }))),
      this.sql<HeatmapData['ratings'][number]>(
        `SELECT r.competency_id AS "competencyId", ${group} AS "groupKey", r.rater_user_id AS "raterId",
                r.relation::text AS relation, sum(r.rating)::int AS sum, count(*)::int AS count
           FROM ${shownRatingsSql(CYCLES_SQL)} r
           JOIN staff_members st ON st.organization_id = r.organization_id AND st.id = r.subject_staff_id
          GROUP BY 1, 2, 3, 4`,
        [`${from}-01`, endOfMonth(to)],
      ),
    ]);
    return { competencies: competencies.map((c) => ({ id: c.id, name: c.name })), groups, ratings };
  }

  private async subjects(
    level: CultureLevel,
    staffIds: string[] | null,
    page: PageRequest | undefined,
  ): Promise<{ subjects: CultureData['subjects']; nextCursor: string | null }> {
    if (level === 'location') {
      const qb = this.locations.qb('l');
      const rows = page ? await pageByKeyset(qb, LOCATION_ORDER, page) : { rows: await qb.orderBy('l.name').addOrderBy('l.id').getMany(), nextCursor: null };
      return { subjects: rows.rows.map((l) => ({ id: l.id, name: l.name, locationId: l.id, roleTitle: null })), nextCursor: rows.nextCursor };
    }
    const qb = this.staff.qb('s');
    if (staffIds) qb.andWhere('s.id = ANY(:staffIds::uuid[])', { staffIds });
    const rows = page ? await pageByKeyset(qb, STAFF_ORDER, page) : { rows: await qb.orderBy('s.name').addOrderBy('s.id').getMany(), nextCursor: null };
    return {
      subjects: rows.rows.map((s) => ({ id: s.id, name: s.name, locationId: s.locationId, roleTitle: s.roleTitle })),
      nextCursor: rows.nextCursor,
    };
  }

  private async closedCycles(from: string, to: string): Promise<CultureData['cycles']> {
    const rows = await this.cycles.find({
      where: { status: 'closed', periodEnd: Between(`${from}-01`, endOfMonth(to)) },
      order: { periodEnd: 'ASC' },
      select: { id: true, periodStart: true, periodEnd: true, organizationId: true },
    });
    return rows.map((c) => ({ id: c.id, periodStart: c.periodStart, periodEnd: c.periodEnd }));
  }

  /** A statement with the caller's organization as `$1`, followed by `params`. */
  private sql<T>(text: string, params: unknown[]): Promise<T[]> {
    return this.dataSource.query<T[]>(text, [RequestContext.organizationId(), ...params]);
  }
}
