import { ANONYMITY_MIN_RATERS, ANONYMOUS_RELATIONS } from '@rapport/shared/contracts';

/**
 * The one place where SQL decides which 360 ratings may count in a figure (docs/adr/0006). Every
 * statement that aggregates review ratings reads them through `shownReviewsSql` or `shownRatingsSql`
 * instead of `review_assignments`, so a new aggregate cannot forget the rule.
 *
 * The unit of anonymity is a rater group: one subject × one anonymous relation (peer, upward) × one
 * cycle. A group with fewer distinct raters than the organization's minimum contributes nothing to
 * any figure: not to its subject, a location, a role title, a heatmap cell or a trend point. A
 * threshold on the pooled figure alone is not enough: pooled n = 3 mean 5 next to n = 4 mean 4 hands
 * out the single rating that made the difference (4 · 4 − 3 · 5 = 1).
 *
 * Self reviews are left out (figures measure how others experience a person). Manager reviews are kept:
 * one known rater, named on the results page already, so they reveal no anonymous rater. The SQL twin
 * of `withoutSuppressedGroups` in libs/shared/scoring, whose property tests state the guarantee.
 *
 * All fragments read the caller's organization as `$1`, like the statements that embed them.
 */

/** The organization's minimum, never below the product's floor (what CultureSettingsService.minRaters returns). */
export const MIN_RATERS_SQL = `greatest(${ANONYMITY_MIN_RATERS}, coalesce(
  (SELECT cs.anonymity_min_raters FROM culture_settings cs WHERE cs.organization_id = $1), ${ANONYMITY_MIN_RATERS}))`;

const ANONYMOUS = `(${ANONYMOUS_RELATIONS.map((r) => `'${r}'`).join(', ')})`;

/**
 * Closed cycles whose review period **ends** in [`from`, `to`] (SQL expressions of dates): a range holds
 * whole cycles only, so two ranges can differ only by whole cycles, each above the minimum or left out.
 * Open cycles never count: their figures would move with each submission.
 */
export const closedCyclesEndingInSql = (from: string, to: string) =>
  `SELECT c.id FROM review_cycles c
    WHERE c.organization_id = $1 AND c.status = 'closed' AND c.period_end BETWEEN ${from}::date AND ${to}::date`;

/**
 * Submitted reviews by others (manager, peer, upward) in the cycles `cycleIds` (a subquery), one row per
 * review with its rating sum and count, minus every peer or upward group below the minimum. Columns:
 * organization_id, cycle_id, subject_staff_id, rater_user_id, relation, rating_sum, rating_count.
 * The group is counted over the whole cycle before any outer filter (a page of subjects, a location).
 * `subjectIds` (a subquery of staff ids) narrows the work to whole subjects, which keeps every group
 * whole: a group never spans two subjects.
 */
export const shownReviewsSql = (cycleIds: string, subjectIds?: string) => `(
  SELECT g.organization_id, g.cycle_id, g.subject_staff_id, g.rater_user_id, g.relation, g.rating_sum, g.rating_count
    FROM (SELECT ra.organization_id, ra.cycle_id, ra.subject_staff_id, ra.rater_user_id, ra.relation, ra.rating_sum, ra.rating_count,
                 count(*) OVER (PARTITION BY ra.cycle_id, ra.subject_staff_id, ra.relation) AS raters
            FROM review_assignments ra
           WHERE ra.organization_id = $1 AND ra.cycle_id IN (${cycleIds}) AND ra.status = 'submitted'
             AND ra.relation <> 'self' AND ra.rating_count > 0 ${subjectIds ? `AND ra.subject_staff_id IN (${subjectIds})` : ''}) g
   WHERE g.relation NOT IN ${ANONYMOUS} OR g.raters >= ${MIN_RATERS_SQL})`;

/**
 * The same per competency, one row per rating: a figure about one competency counts a group's raters
 * of that competency (a rater may skip one), exactly as the results page thresholds each competency.
 * Columns: organization_id, cycle_id, subject_staff_id, rater_user_id, relation, competency_id, rating, comment.
 */
export const shownRatingsSql = (cycleIds: string) => `(
  SELECT g.organization_id, g.cycle_id, g.subject_staff_id, g.rater_user_id, g.relation, g.competency_id, g.rating, g.comment
    FROM (SELECT ra.organization_id, ra.cycle_id, ra.subject_staff_id, ra.rater_user_id, ra.relation,
                 x."competencyId" AS competency_id, x.rating, x.comment,
                 count(*) OVER (PARTITION BY ra.cycle_id, ra.subject_staff_id, ra.relation, x."competencyId") AS raters
            FROM review_assignments ra
           CROSS JOIN LATERAL jsonb_to_recordset(ra.ratings) AS x("competencyId" uuid, rating int, comment text)
           WHERE ra.organization_id = $1 AND ra.cycle_id IN (${cycleIds}) AND ra.status = 'submitted'
             AND ra.relation <> 'self') g
   WHERE g.relation NOT IN ${ANONYMOUS} OR g.raters >= ${MIN_RATERS_SQL})`;
