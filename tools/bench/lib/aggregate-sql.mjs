// The baselines of the aggregates benchmark: each report the API computes, computed instead by one
// hand-written SQL statement straight on pg, to the same numbers (aggregates.mjs compares them).
// The rules mirrored are in apps/api (heatmap-builder.ts, debrief.service.ts, calibration.service.ts,
// funnel.builder.ts) and @rapport/shared/scoring (anonymity threshold, panel aggregate, Krippendorff's
// ordinal alpha, leave-one-out calibration, recommendation cut points).

/** Heatmap (by location) for months [from, to]: 360 ratings of closed cycles, anonymity threshold per cell. */
export const HEATMAP_SQL = `
WITH s AS (SELECT coalesce((SELECT anonymity_min_raters FROM culture_settings WHERE organization_id = $1), 3) AS min_raters),
cycles AS (
  SELECT id FROM review_cycles
   WHERE organization_id = $1 AND status = 'closed' AND period_start <= $3::date AND period_end >= $2::date),
r AS (
  SELECT st.location_id AS grp, (x.value->>'competencyId')::uuid AS competency_id, ra.rater_user_id AS rater,
         ra.relation IN ('peer', 'upward') AS anon, (x.value->>'rating')::float8 AS v
    FROM review_assignments ra
    JOIN staff_members st ON st.organization_id = ra.organization_id AND st.id = ra.subject_staff_id
   CROSS JOIN LATERAL jsonb_array_elements(ra.ratings) x
   WHERE ra.organization_id = $1 AND ra.cycle_id IN (SELECT id FROM cycles) AND ra.status = 'submitted' AND ra.relation <> 'self'),
cell AS (SELECT competency_id, grp, count(DISTINCT rater) FILTER (WHERE anon) AS anon_raters FROM r GROUP BY 1, 2),
per_rater AS (
  SELECT r.competency_id, r.grp, r.rater, avg(r.v) AS v
    FROM r JOIN cell USING (competency_id, grp)
   WHERE NOT r.anon OR cell.anon_raters >= (SELECT min_raters FROM s)
   GROUP BY 1, 2, 3),
agg AS (SELECT competency_id, grp, count(*) AS n, avg(v) AS mean FROM per_rater GROUP BY 1, 2)
SELECT json_build_object(
  'minRaters', (SELECT min_raters FROM s),
  'competencies', (SELECT json_agg(json_build_object('id', id, 'name', name) ORDER BY position) FROM competencies WHERE organization_id = $1),
  'groups', (SELECT json_agg(json_build_object('key', id, 'name', name) ORDER BY name) FROM locations WHERE organization_id = $1),
  'cells', (SELECT json_agg(json_build_object(
              'competencyId', c.id, 'groupKey', l.id,
              'n', CASE WHEN agg.n >= s.min_raters THEN agg.n END,
              'mean', CASE WHEN agg.n >= s.min_raters THEN agg.mean END,
              'reason', CASE WHEN cell.grp IS NULL THEN 'no_data' WHEN coalesce(agg.n, 0) < s.min_raters THEN 'below_min_raters' END)
              ORDER BY c.position, l.name)
              FROM competencies c CROSS JOIN locations l CROSS JOIN s
              LEFT JOIN cell ON cell.competency_id = c.id AND cell.grp = l.id
              LEFT JOIN agg ON agg.competency_id = c.id AND agg.grp = l.id
             WHERE c.organization_id = $1 AND l.organization_id = $1)) AS result`;

/** Debrief of one application ($2): panel aggregate per competency, ordinal alpha, recommendation. */
export const DEBRIEF_SQL = `
WITH iv AS (SELECT id, kit_version_id FROM interviews WHERE organization_id = $1 AND application_id = $2),
cards AS (SELECT s.* FROM scorecards s WHERE s.organization_id = $1 AND s.interview_id IN (SELECT id FROM iv)),
q AS (
  SELECT iv.id AS interview_id, x.value->>'id' AS question_id, x.value->>'competencyId' AS competency_id
    FROM iv JOIN interview_kit_versions v ON v.organization_id = $1 AND v.id = iv.kit_version_id
   CROSS JOIN LATERAL jsonb_array_elements(v.questions) x),
rt AS (
  SELECT c.interviewer_id, c.interview_id || ':' || q.question_id AS unit, q.competency_id, (r.value->>'rating')::int AS rating
    FROM cards c CROSS JOIN LATERAL jsonb_array_elements(c.ratings) r
    JOIN q ON q.interview_id = c.interview_id AND q.question_id = r.value->>'questionId'
   WHERE c.status = 'submitted'),
per AS (SELECT competency_id, interviewer_id, avg(rating)::float8 AS score FROM rt WHERE rating IS NOT NULL GROUP BY 1, 2),
comp AS (
  SELECT competency_id, count(*) AS n, avg(score) AS mean, min(score) AS min, max(score) AS max,
         coalesce(stddev_samp(score), 0) AS sd, max(score) - min(score) >= 2 - 1e-9 AS disagreement
    FROM per GROUP BY 1),
units AS (SELECT unit, rating FROM rt WHERE rating IS NOT NULL),
pairable AS (SELECT unit, count(*) AS m FROM units GROUP BY unit HAVING count(*) >= 2),
uc AS (SELECT u.unit, u.rating AS c, count(*) AS n_uc, p.m FROM units u JOIN pairable p USING (unit) GROUP BY 1, 2, 4),
o AS (SELECT a.c, b.c AS k, sum(a.n_uc * (b.n_uc - CASE WHEN a.c = b.c THEN 1 ELSE 0 END)::float8 / (a.m - 1)) AS o
        FROM uc a JOIN uc b USING (unit) GROUP BY 1, 2),
marg AS (SELECT c, sum(o) AS n_c FROM o GROUP BY c),
tot AS (SELECT coalesce(sum(m), 0)::float8 AS n, count(*) AS units FROM pairable),
delta AS (
  SELECT a.c, b.c AS k, a.n_c AS n_a, b.n_c AS n_b,
         power((SELECT sum(n_c) FROM marg g WHERE g.c BETWEEN least(a.c, b.c) AND greatest(a.c, b.c)) - (a.n_c + b.n_c) / 2, 2) AS d
    FROM marg a CROSS JOIN marg b WHERE a.c <> b.c),
alpha AS (
  SELECT CASE WHEN (SELECT units FROM tot) = 0 OR (SELECT count(*) FROM marg) < 2 THEN NULL
         ELSE 1 - ((SELECT sum(o.o * d.d) FROM o JOIN delta d USING (c, k)) / (SELECT n FROM tot))
                / ((SELECT sum(n_a * n_b * d) FROM delta) / ((SELECT n FROM tot) * ((SELECT n FROM tot) - 1))) END AS alpha),
overall AS (SELECT avg(mean) AS score, bool_or(mean <= 1.5 + 1e-9) AS red_flag FROM comp)
SELECT json_build_object(
  'submittedScorecards', (SELECT count(*) FROM cards WHERE status = 'submitted'),
  'pendingScorecards', (SELECT count(*) FROM cards WHERE status <> 'submitted'),
  'competencies', (SELECT coalesce(json_agg(json_build_object('competencyId', comp.competency_id, 'n', n, 'mean', round(mean::numeric, 2),
                     'min', min, 'max', max, 'sd', round(sd::numeric, 2), 'disagreement', disagreement) ORDER BY c.position), '[]')
                     FROM comp JOIN competencies c ON c.id::text = comp.competency_id),
  'alpha', (SELECT round(alpha::numeric, 3) FROM alpha),
  'overallScore', (SELECT round(score::numeric, 2) FROM overall),
  'computedRecommendation', (SELECT CASE WHEN score IS NULL THEN NULL
                                         WHEN score < 2.5 - 1e-9 THEN 'strong_no'
                                         WHEN score < 3 - 1e-9 OR red_flag THEN 'no'
                                         WHEN score < 4 - 1e-9 THEN 'yes' ELSE 'strong_yes' END FROM overall),
  'recommendations', (SELECT coalesce(json_agg(json_build_object('interviewerId', interviewer_id, 'recommendation', recommendation)), '[]')
                        FROM cards WHERE status = 'submitted' AND recommendation IS NOT NULL)) AS result`;

/** Interviewer calibration over interviews scheduled in [$2, $3): leave-one-out deviation per competency. */
export const CALIBRATION_SQL = `
WITH iv AS (SELECT id, kit_version_id FROM interviews WHERE organization_id = $1 AND scheduled_at >= $2 AND scheduled_at < $3),
cards AS (
  SELECT s.interview_id, s.interviewer_id, s.ratings, iv.kit_version_id
    FROM scorecards s JOIN iv ON iv.id = s.interview_id
   WHERE s.organization_id = $1 AND s.status = 'submitted'),
q AS (
  SELECT v.id AS version_id, x.value->>'id' AS question_id, x.value->>'competencyId' AS competency_id
    FROM interview_kit_versions v CROSS JOIN LATERAL jsonb_array_elements(v.questions) x WHERE v.organization_id = $1),
rt AS (
  SELECT c.interview_id, c.interviewer_id, q.competency_id, (r.value->>'rating')::int AS rating
    FROM cards c CROSS JOIN LATERAL jsonb_array_elements(c.ratings) r
    JOIN q ON q.version_id = c.kit_version_id AND q.question_id = r.value->>'questionId'),
score AS (SELECT interview_id, competency_id, interviewer_id, avg(rating)::float8 AS s FROM rt WHERE rating IS NOT NULL GROUP BY 1, 2, 3),
item AS (SELECT interview_id, competency_id, count(*) AS k, sum(s) AS total FROM score GROUP BY 1, 2 HAVING count(*) >= 2),
dev AS (SELECT sc.interviewer_id, sc.s - (it.total - sc.s) / (it.k - 1) AS d FROM score sc JOIN item it USING (interview_id, competency_id)),
per AS (SELECT interviewer_id, count(*) AS n, avg(d) AS mean_dev FROM dev GROUP BY 1),
own AS (SELECT interviewer_id, count(rating) AS ratings, count(*) FILTER (WHERE rating IN (1, 5)) AS extremes FROM rt GROUP BY 1),
counted AS (SELECT interviewer_id, count(*) AS scorecards FROM cards GROUP BY 1)
SELECT coalesce(json_agg(json_build_object(
  'interviewerId', c.interviewer_id, 'name', u.name, 'scorecards', c.scorecards, 'ratings', coalesce(o.ratings, 0),
  'meanDeviation', round(p.mean_dev::numeric, 2),
  'extremeShare', CASE WHEN o.ratings > 0 THEN round(o.extremes::numeric / o.ratings, 2) END,
  'label', CASE WHEN p.n IS NULL OR p.n < 3 THEN 'insufficient_data' WHEN p.mean_dev >= 0.5 - 1e-9 THEN 'lenient'
                WHEN p.mean_dev <= -0.5 + 1e-9 THEN 'severe' ELSE 'calibrated' END) ORDER BY u.name), '[]') AS result
  FROM counted c JOIN users u ON u.id = c.interviewer_id
  LEFT JOIN per p USING (interviewer_id) LEFT JOIN own o USING (interviewer_id)`;

/** Hiring funnel of every opening (applications of all time): one row per opening and pipeline stage. */
export const FUNNEL_SQL = `
WITH rank(stage, r) AS (VALUES ('applied'::application_stage, 0), ('screening', 1), ('interviewing', 2), ('offer', 3), ('hired', 4)),
ch AS (
  SELECT application_id, to_stage, created_at, lead(created_at) OVER w AS next_at, row_number() OVER w AS rn
    FROM application_stage_changes WHERE organization_id = $1
  WINDOW w AS (PARTITION BY application_id ORDER BY created_at)),
hist AS (
  SELECT ch.application_id, max(rank.r) AS furthest, min(ch.created_at) FILTER (WHERE rn = 1) AS first_at,
         min(ch.created_at) FILTER (WHERE to_stage = 'hired') AS hired_at
    FROM ch LEFT JOIN rank ON rank.stage = ch.to_stage GROUP BY 1),
j AS (
  SELECT a.id, a.opening_id, a.stage AS current, greatest(coalesce(cur.r, 0), coalesce(h.furthest, 0)) AS furthest,
         extract(epoch FROM h.hired_at - least(coalesce(h.first_at, a.created_at), a.created_at)) / 86400 AS to_hire
    FROM applications a LEFT JOIN rank cur ON cur.stage = a.stage LEFT JOIN hist h ON h.application_id = a.id
   WHERE a.organization_id = $1),
stay AS (
  SELECT application_id, to_stage AS stage, sum(extract(epoch FROM next_at - created_at)) / 86400 AS days
    FROM ch WHERE next_at IS NOT NULL GROUP BY 1, 2)
SELECT o.id AS "openingId", o.title AS opening, l.name AS location, o.status AS "openingStatus", rank.stage,
       count(j.id) FILTER (WHERE j.furthest >= rank.r)::int AS entered,
       CASE WHEN rank.r < 4 THEN count(j.id) FILTER (WHERE j.furthest > rank.r)::int END AS advanced,
       CASE WHEN rank.r < 4 THEN count(j.id) FILTER (WHERE j.furthest = rank.r AND j.current = 'rejected')::int END AS rejected,
       CASE WHEN rank.r < 4 THEN count(j.id) FILTER (WHERE j.furthest = rank.r AND j.current = 'withdrawn')::int END AS withdrawn,
       CASE WHEN rank.r < 4 THEN count(j.id) FILTER (WHERE j.furthest = rank.r AND j.current NOT IN ('rejected', 'withdrawn'))::int END AS open,
       CASE WHEN rank.r < 4 THEN round((percentile_cont(0.5) WITHIN GROUP (ORDER BY stay.days)
            FILTER (WHERE j.furthest >= rank.r))::numeric, 1) END AS "medianDaysInStage",
       CASE WHEN rank.r = 4 THEN round((percentile_cont(0.5) WITHIN GROUP (ORDER BY j.to_hire)
            FILTER (WHERE j.furthest >= rank.r))::numeric, 1) END AS "medianDaysToHire"
  FROM openings o JOIN locations l ON l.id = o.location_id CROSS JOIN rank
  LEFT JOIN j ON j.opening_id = o.id
  LEFT JOIN stay ON stay.application_id = j.id AND stay.stage = rank.stage
 WHERE o.organization_id = $1
 GROUP BY o.id, o.title, l.name, o.status, o.created_at, rank.stage, rank.r
 ORDER BY o.created_at, o.id, rank.r`;
