// `npm run bench -- explain`: EXPLAIN (ANALYZE, BUFFERS) at group scale of the statements behind the
// slow requests the benchmarks found, as the API sends them now and (labelled "before") as it sent them,
// so the evidence in docs/performance.md can be reproduced. Prints plans; measures nothing else.
import pg from 'pg';
import { seededOrgs } from './lib/seeded.mjs';

const DAY_MS = 24 * 3600 * 1000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);

/** [title, sql, params] for the group organization. */
async function queries(client, org) {
  const { rows: opening } = await client.query(
    `SELECT o.id FROM openings o JOIN applications a ON a.organization_id = o.organization_id AND a.opening_id = o.id
      WHERE o.organization_id = $1 AND o.status = 'open' GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1`,
    [org],
  );
  const today = Date.now();
  const from = iso(today - 365 * DAY_MS);
  const to = iso(today + DAY_MS);
  const { rows: apps } = await client.query('SELECT id FROM applications WHERE organization_id = $1 ORDER BY created_at LIMIT 5000', [org]);
  const monthFrom = iso(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 11, 1));
  const closed = `SELECT c.id FROM review_cycles c
     WHERE c.organization_id = $1 AND c.status = 'closed' AND c.period_start <= $3::date AND c.period_end >= $2::date`;
  return [
    [
      'culture scores, location level (API since 4d249df): observation counts per location and month from the monthly counts',
      `SELECT st.location_id, to_char(c.month, 'YYYY-MM'), sum(c.recognitions)::int, sum(c.coaching)::int
         FROM observation_monthly_counts c
         JOIN staff_members st ON st.organization_id = c.organization_id AND st.id = c.staff_member_id
        WHERE c.organization_id = $1 AND c.month BETWEEN $2 AND $3
        GROUP BY 1, 2`,
      [org, monthFrom, iso(today)],
    ],
    [
      'before 4d249df: the same counts aggregated from every observation of the 12 months',
      `SELECT o.staff_member_id, to_char(o.observed_at, 'YYYY-MM') AS month,
              count(*) FILTER (WHERE o.kind = 'recognition')::int, count(*) FILTER (WHERE o.kind = 'coaching')::int
         FROM observations o WHERE o.organization_id = $1 AND o.observed_at BETWEEN $2 AND $3
        GROUP BY o.staff_member_id, to_char(o.observed_at, 'YYYY-MM')`,
      [org, monthFrom, iso(today)],
    ],
    [
      'culture scores, location level (API since fe7184b): 360 ratings summed per cycle, location, rater and relation',
      `SELECT ra.cycle_id, st.location_id, ra.rater_user_id, ra.relation::text, sum(x.rating)::int, count(*)::int
         FROM review_assignments ra
         JOIN staff_members st ON st.organization_id = ra.organization_id AND st.id = ra.subject_staff_id
        CROSS JOIN LATERAL jsonb_to_recordset(ra.ratings) AS x(rating int)
        WHERE ra.organization_id = $1 AND ra.cycle_id IN (${closed}) AND ra.status = 'submitted' AND ra.relation <> 'self'
        GROUP BY 1, 2, 3, 4`,
      [org, monthFrom, iso(today)],
    ],
    [
      'pipeline: GET /api/interviews?openingId= before 48657df: newest-first index scan filtered by a subquery per interview',
      `SELECT i.* FROM interviews i
        WHERE i.organization_id = $1
          AND i.application_id IN (SELECT a.id FROM applications a WHERE a.opening_id = $2 AND a.organization_id = i.organization_id)
        ORDER BY i.scheduled_at DESC LIMIT 200`,
      [org, opening[0].id],
    ],
    [
      'pipeline (API since 48657df): join through the opening\'s applications, index interviews(organization_id, application_id)',
      `SELECT i.* FROM applications a
         JOIN interviews i ON i.organization_id = a.organization_id AND i.application_id = a.id
        WHERE a.organization_id = $1 AND a.opening_id = $2
        ORDER BY i.scheduled_at DESC LIMIT 200`,
      [org, opening[0].id],
    ],
    [
      'calibration (API): submitted scorecards of the year by one join (an IN list of 76k ids failed past 65,535 parameters)',
      `SELECT s.interview_id, s.interviewer_id, s.ratings, i.kit_version_id
         FROM interviews i JOIN scorecards s ON s.organization_id = i.organization_id AND s.interview_id = i.id
        WHERE i.organization_id = $1 AND i.scheduled_at >= $2 AND i.scheduled_at < $3 AND s.status = 'submitted'`,
      [org, from, to],
    ],
    [
      'funnel before 48657df: stage changes of 5,000 applications per query, by id list (11 such queries at group scale)',
      `SELECT c.* FROM application_stage_changes c
        WHERE c.organization_id = $1 AND c.application_id = ANY($2::uuid[]) ORDER BY c.created_at`,
      [org, apps.map((a) => a.id)],
    ],
    [
      'funnel (API since 48657df): every change of the organization in one read, ordered per application',
      `SELECT c.application_id, c.to_stage, c.created_at FROM application_stage_changes c
        WHERE c.organization_id = $1 ORDER BY c.application_id, c.created_at`,
      [org],
    ],
  ];
}

export async function run({ databaseUrl }) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { group } = await seededOrgs(client);
    for (const [title, sql, params] of await queries(client, group.organizationId)) {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      console.log(`\n-- ${title}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
  } finally {
    await client.end();
  }
  return [];
}
