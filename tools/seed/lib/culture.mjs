// Rows of the culture tables: observations (exactly the scale's count, spread over the months each
// person was employed), monthly service metrics, quarterly closed 360 cycles with their assignments
// and ratings, leaders' goals with monthly check-ins.
import { generateAssignments } from './assignments.mjs';
import { GOAL_TEMPLATES, LOCATION_METRICS, OBSERVATION_NOTES, REVIEW_COMMENTS, ROLE_METRICS } from './content.mjs';
import { row } from './copy.mjs';
import { DAY_MS, isoDay, monthKey, monthStart, quartersBefore } from './time.mjs';

const clamp5 = (x) => Math.min(5, Math.max(1, Math.round(x)));

/** Per person: a "true" level (1–5) behind their ratings, metrics and the coaching share of observations. */
export function planCulture({ rng, people, window }) {
  const level = new Float32Array(people.staff.length);
  const visibility = new Float32Array(people.staff.length);
  for (let i = 0; i < level.length; i++) {
    level[i] = 3.9 + rng.normal(0.45);
    visibility[i] = 0.4 + rng.next() * 1.2;
  }
  const byLocation = people.locations.map(() => []);
  for (const s of people.staff) byLocation[s.loc].push(s);
  const leaderUserIds = new Set(
    people.staff.filter((s) => (s.named ? ['owner', 'leader'].includes(s.named) : s.roles.includes('leader'))).map((s) => s.userId),
  );
  return { level, visibility, byLocation, leaderUserIds, cycles: quartersBefore(window.asOf, 8) };
}

/** Days of month `m` of the window during which the person was employed: [from, to] or null. */
function employedDays(person, window, m) {
  const start = monthStart(window.start, m);
  const end = Math.min(monthStart(window.start, m + 1) - DAY_MS, window.asOf);
  const from = Math.max(start, Math.floor(person.hiredAt / DAY_MS) * DAY_MS);
  return from > end ? null : [from, end];
}

export const OBSERVATION_COLUMNS = ['id', 'created_at', 'updated_at', 'organization_id', 'staff_member_id', 'competency_id', 'kind', 'note', 'observed_at', 'author_id'];

export function* observationRows(culture, ctx) {
  const { rng, people, window, competencies } = ctx;
  const total = ctx.scale.observations;
  let weight = 0;
  for (const [i, s] of people.staff.entries()) {
    for (let m = 0; m < window.months; m++) {
      const days = employedDays(s, window, m);
      if (days) weight += culture.visibility[i] * ((days[1] - days[0]) / DAY_MS + 1);
    }
  }
  let cumulative = 0;
  let emitted = 0;
  for (const [i, s] of people.staff.entries()) {
    const colleagues = culture.byLocation[s.loc];
    const manager = s.managerIndex === null ? null : people.staff[s.managerIndex].userId;
    const coachingShare = Math.min(0.6, Math.max(0.05, 0.25 - (culture.level[i] - 3.9) * 0.2));
    for (let m = 0; m < window.months; m++) {
      const days = employedDays(s, window, m);
      if (!days) continue;
      cumulative += culture.visibility[i] * ((days[1] - days[0]) / DAY_MS + 1);
      const count = Math.round((total * cumulative) / weight) - emitted;
      for (let k = 0; k < count; k++) {
        const day = days[0] + rng.int((days[1] - days[0]) / DAY_MS + 1) * DAY_MS;
        const coaching = rng.chance(coachingShare);
        let author = manager && rng.chance(0.6) ? manager : rng.pick(colleagues).userId;
        if (author === s.userId) author = manager ?? colleagues[(colleagues.indexOf(s) + 1) % colleagues.length].userId;
        const at = new Date(day + rng.between(8, 18) * 3600 * 1000);
        yield row(ctx.ids.observation(), at, at, ctx.organizationId, s.id, rng.pick(competencies).id, coaching ? 'coaching' : 'recognition',
          rng.pick(OBSERVATION_NOTES[coaching ? 'coaching' : 'recognition']), isoDay(day), author);
      }
      emitted += count;
    }
  }
}

function metricValue(rng, metric, level) {
  const q = Math.min(1, Math.max(0, (level - 1) / 4));
  switch (metric) {
    case 'inquiry_response_minutes':
      return Math.round(Math.max(10, 60 + (1 - q) * 500 + rng.normal(25)));
    case 'calls_returned_rate':
      return +Math.min(1, Math.max(0.4, 0.75 + q * 0.22 + rng.normal(0.03))).toFixed(3);
    case 'billing_error_rate':
      return +Math.max(0, 0.06 - q * 0.05 + rng.normal(0.008)).toFixed(3);
    case 'review_rating':
      return +Math.min(5, Math.max(1, 3.6 + q * 1.3 + rng.normal(0.2))).toFixed(2);
    default:
      return +Math.min(1, Math.max(0, 0.7 + q * 0.28 + rng.normal(0.04))).toFixed(3);
  }
}

export const SERVICE_METRIC_COLUMNS = ['id', 'created_at', 'updated_at', 'organization_id', 'staff_member_id', 'location_id', 'period', 'metric', 'value'];

/** One value per month, person (by role) and location, imported at the start of the next month. */
export function* serviceMetricRows(culture, ctx) {
  const { rng, people, window } = ctx;
  for (let m = 0; m < window.months; m++) {
    const period = monthKey(monthStart(window.start, m));
    const imported = new Date(Math.min(monthStart(window.start, m + 1), window.asOf) + 6 * 3600 * 1000);
    for (const [i, s] of people.staff.entries()) {
      if (!employedDays(s, window, m)) continue;
      for (const metric of ROLE_METRICS[s.roleTitle] ?? []) {
        yield row(ctx.ids.metric(), imported, imported, ctx.organizationId, s.id, null, period, metric, metricValue(rng, metric, culture.level[i]));
      }
    }
    for (const l of people.locations) {
      for (const metric of LOCATION_METRICS) {
        yield row(ctx.ids.metric(), imported, imported, ctx.organizationId, null, l.id, period, metric, metricValue(rng, metric, 3.8 + rng.normal(0.3)));
      }
    }
  }
}

export const REVIEW_CYCLE_COLUMNS = [
  'id', 'created_at', 'updated_at', 'organization_id', 'name', 'period_start', 'period_end', 'location_ids', 'peers_per_person',
  'include_upward', 'status', 'closed_at',
];

/** Eight closed quarterly cycles: the quarters before the as-of day's quarter. */
export function* reviewCycleRows(culture, ctx) {
  for (const cycle of culture.cycles) {
    cycle.id ??= ctx.ids.cycle();
    cycle.createdAt = cycle.end - 7 * DAY_MS;
    cycle.closedAt = Math.min(cycle.end + 21 * DAY_MS, ctx.window.asOf - DAY_MS);
    yield row(cycle.id, new Date(cycle.createdAt), new Date(cycle.closedAt), ctx.organizationId, `${cycle.label} 360 review`,
      isoDay(cycle.start), isoDay(cycle.end), null, 3, true, 'closed', new Date(cycle.closedAt));
  }
}

// rating_sum and rating_count are what the table's trigger would compute (it is off during big loads).
export const REVIEW_ASSIGNMENT_COLUMNS = ['id', 'created_at', 'updated_at', 'organization_id', 'cycle_id', 'subject_staff_id', 'rater_user_id', 'relation', 'status', 'ratings', 'submitted_at', 'rating_sum', 'rating_count'];

/** The assignments the API would generate for the people employed when each cycle was created; 93% submitted. */
export function* reviewAssignmentRows(culture, ctx) {
  const { rng, people, competencies } = ctx;
  const indexOf = new Map(people.staff.map((s, i) => [s.id, i]));
  for (const cycle of culture.cycles) {
    const employed = people.staff
      .filter((s) => s.hiredAt <= cycle.createdAt)
      .map((s) => ({ id: s.id, userId: s.userId, locationId: s.locationId, managerId: s.managerIndex === null ? null : people.staff[s.managerIndex].id }));
    const created = new Date(cycle.createdAt);
    for (const a of generateAssignments(employed, culture.leaderUserIds, { peersPerPerson: 3, includeUpward: true })) {
      const submitted = rng.chance(0.93);
      let ratings = '[]';
      let submittedAt = null;
      let sum = 0;
      let count = 0;
      if (submitted) {
        const base = culture.level[indexOf.get(a.subjectStaffId)] + (a.relation === 'self' ? 0.4 : a.relation === 'upward' ? -0.2 : 0);
        ratings = `[${competencies
          .map((c) => {
            const r = clamp5(base + rng.normal(0.6));
            sum += r;
            count += 1;
            return `{"competencyId":"${c.id}","rating":${r},"comment":"${rng.chance(0.3) ? REVIEW_COMMENTS[r] : ''}"}`;
          })
          .join(',')}]`;
        submittedAt = new Date(cycle.closedAt - rng.int(20) * DAY_MS - rng.int(10) * 3600 * 1000);
      }
      yield row(ctx.ids.assignment(), created, submittedAt ?? created, ctx.organizationId, cycle.id, a.subjectStaffId, a.raterUserId,
        a.relation, submitted ? 'submitted' : 'not_started', ratings, submittedAt, sum, count);
    }
  }
}

export const GOAL_COLUMNS = ['id', 'created_at', 'updated_at', 'organization_id', 'owner_id', 'competency_id', 'title', 'description', 'target', 'due_date', 'version'];
export const CHECK_IN_COLUMNS = ['id', 'created_at', 'updated_at', 'organization_id', 'goal_id', 'progress', 'note', 'date', 'author_id'];

/** One or two goals per leader, set six months ago; five monthly check-ins each (planned once, written by two tables). */
export function planGoals(culture, ctx) {
  const { rng, window, competencies } = ctx;
  const byKey = new Map(competencies.map((c) => [c.key, c.id]));
  const goals = [];
  for (const userId of culture.leaderUserIds) {
    const templates = rng.shuffle(GOAL_TEMPLATES.slice()).slice(0, rng.between(1, 2));
    for (const t of templates) {
      const createdAt = window.asOf - rng.between(170, 200) * DAY_MS;
      const pace = rng.between(8, 18);
      goals.push({
        id: ctx.ids.goal(),
        ownerId: userId,
        competencyId: byKey.get(t.key) ?? competencies[0].id,
        template: t,
        createdAt,
        due: window.asOf + rng.between(60, 180) * DAY_MS,
        checkIns: [5, 4, 3, 2, 1].map((monthsAgo, k) => ({
          at: window.asOf - monthsAgo * 30 * DAY_MS,
          progress: Math.min(100, Math.max(0, Math.round((k + 1) * pace + rng.normal(4)))),
        })),
      });
    }
  }
  return goals;
}

export function* goalRows(goals, ctx) {
  for (const g of goals) {
    const updated = new Date(g.checkIns[g.checkIns.length - 1].at);
    yield row(g.id, new Date(g.createdAt), updated, ctx.organizationId, g.ownerId, g.competencyId, g.template.title,
      `Personal leadership goal on ${g.template.key.replace('_', ' ')}, reviewed at each check-in.`, g.template.target, isoDay(g.due), 1);
  }
}

export function* checkInRows(goals, ctx) {
  for (const g of goals) {
    for (const c of g.checkIns) {
      const at = new Date(c.at);
      yield row(ctx.ids.checkIn(), at, at, ctx.organizationId, g.id, c.progress, 'On track; discussed in the monthly one-to-one.', isoDay(c.at), g.ownerId);
    }
  }
}
