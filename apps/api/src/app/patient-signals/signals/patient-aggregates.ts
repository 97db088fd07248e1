import { MIN_PATIENT_RESPONSES, type PatientAggregate, type PatientFeedbackItem } from '@rapport/shared/contracts';
import { ratingTo100 } from '@rapport/shared/scoring';
import type { EntityManager } from 'typeorm';

export interface AggregateRow {
  locationId: string | null;
  competencyId: string;
  /** Distinct responses with at least one item mapped to the competency. */
  n: number;
  mean: number;
}

export interface AggregateScope {
  organizationId: string;
  firstDay: string;
  lastDay: string;
  mapping: ReadonlyMap<PatientFeedbackItem, string | null>;
  /** Group by location too (the culture view); else one row per competency. */
  byLocation: boolean;
  /** Only responses naming this staff member. */
  staffMemberId?: string;
  /** Only responses at this location. */
  locationId?: string;
}

/**
 * Survey item scores averaged per competency (items mapped through the organization's mapping), in
 * SQL: one pass over the responses of the range, whatever their number.
 */
export async function patientAggregates(manager: EntityManager, scope: AggregateScope): Promise<AggregateRow[]> {
  const mapped = [...scope.mapping].filter((e): e is [PatientFeedbackItem, string] => e[1] !== null);
  if (mapped.length === 0) return [];
  const params: unknown[] = [scope.organizationId, scope.firstDay, scope.lastDay, mapped.map((e) => e[0]), mapped.map((e) => e[1])];
  const filters: string[] = [];
  if (scope.staffMemberId) {
    params.push(scope.staffMemberId);
    filters.push(`AND r.staff_member_ids @> ARRAY[$${params.length}::uuid]`);
  }
  if (scope.locationId) {
    params.push(scope.locationId);
    filters.push(`AND r.location_id = $${params.length}`);
  }
  const location = scope.byLocation ? 'r.location_id' : 'NULL::uuid';
  const rows: { locationId: string | null; competencyId: string; n: number; mean: number }[] = await manager.query(
    `SELECT ${location} AS "locationId", m.competency_id AS "competencyId",
            count(DISTINCT r.id)::int AS n, avg(s.value::numeric)::float8 AS mean
       FROM patient_feedback_responses r
       CROSS JOIN LATERAL jsonb_each_text(r.scores) s
       JOIN unnest($4::text[], $5::uuid[]) AS m(item, competency_id) ON m.item = s.key
      WHERE r.organization_id = $1 AND r.responded_on BETWEEN $2 AND $3 ${filters.join(' ')}
      GROUP BY 1, 2`,
    params,
  );
  return rows;
}

/** Responses per location and month, with the mean of every item score. */
export async function patientTrend(
  manager: EntityManager,
  scope: Pick<AggregateScope, 'organizationId' | 'firstDay' | 'lastDay'>,
): Promise<{ locationId: string; period: string; responses: number; mean: number | null }[]> {
  return manager.query(
    `SELECT r.location_id AS "locationId", to_char(r.responded_on, 'YYYY-MM') AS period,
            count(DISTINCT r.id)::int AS responses, avg(s.value::numeric)::float8 AS mean
       FROM patient_feedback_responses r
       CROSS JOIN LATERAL jsonb_each_text(r.scores) s
      WHERE r.organization_id = $1 AND r.responded_on BETWEEN $2 AND $3
      GROUP BY 1, 2
      ORDER BY 2, 1`,
    [scope.organizationId, scope.firstDay, scope.lastDay],
  );
}

/** A cell's patient side: the mean, or why it is withheld (no responses, or fewer than the minimum). */
export function toPatientAggregate(row: { n: number; mean: number } | undefined, minResponses = MIN_PATIENT_RESPONSES): PatientAggregate {
  if (!row || row.n === 0) return { suppressed: true, reason: 'no_data', n: 0, minResponses };
  if (row.n < minResponses) return { suppressed: true, reason: 'too_few_responses', n: row.n, minResponses };
  return { suppressed: false, n: row.n, mean: row.mean, score: ratingTo100(row.mean) };
}
