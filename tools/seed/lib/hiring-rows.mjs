// Rows of the hiring tables, from the plan of hiring-plan.mjs, in COPY's text format.
import { CANDIDATE_SOURCES, EVIDENCE, FIRST_NAMES, LAST_NAMES, REJECTION_REASONS, WITHDRAWAL_REASONS } from './content.mjs';
import { row } from './copy.mjs';
import { RECOMMENDATIONS, STATUS } from './hiring-plan.mjs';
import { DAY_MS } from './time.mjs';

const PATH = ['applied', 'screening', 'interviewing', 'offer', 'hired'];
const STATUS_NAME = ['not_started', 'draft', 'submitted'];

/**
 * Gives every opening, application, interview and candidate its id, candidates their first date,
 * exits their reason, and hired staff their application.
 */
export function assignHiringIds(plan, ids, people, rng) {
  for (const o of plan.openings) o.id = ids.opening();
  for (const a of plan.apps) a.id = ids.application();
  for (const i of plan.interviews) i.id = ids.interview();
  plan.candidateIds = Array.from({ length: plan.candidates }, () => ids.candidate());
  plan.candidateFirst = new Float64Array(plan.candidates).fill(Infinity);
  plan.candidateHire = new Array(plan.candidates).fill(null);
  for (const a of plan.apps) {
    a.reason = a.exit === 'rejected' ? rng.pick(REJECTION_REASONS) : a.exit === 'withdrawn' ? rng.pick(WITHDRAWAL_REASONS) : null;
    plan.candidateFirst[a.candidate] = Math.min(plan.candidateFirst[a.candidate], a.times[0]);
    if (a.hire) {
      plan.candidateHire[a.candidate] = a.hire;
      people.staff[a.hire.index].applicationId = a.id;
    }
  }
}

export const OPENING_COLUMNS = ['id', 'created_at', 'updated_at', 'organization_id', 'title', 'location_id', 'hiring_manager_id', 'kit_id', 'status', 'version'];

export function* openingRows(plan, ctx) {
  for (const o of plan.openings) {
    const updated = new Date(o.closedAt ?? o.openedAt);
    yield row(o.id, new Date(o.openedAt), updated, ctx.organizationId, o.roleTitle, ctx.people.locations[o.loc].id,
      ctx.teams[o.loc].hiringManager, o.kit.id, o.status, o.status === 'open' ? 1 : 2);
  }
}

export const CANDIDATE_COLUMNS = ['id', 'created_at', 'updated_at', 'organization_id', 'name', 'email', 'phone', 'source', 'notes', 'version', 'legal_hold', 'erased_at'];

export function* candidateRows(plan, ctx) {
  const { rng } = ctx;
  for (let c = 0; c < plan.candidates; c++) {
    const hire = plan.candidateHire[c];
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const name = hire ? hire.name.replace(/^Dr\. /, '') : `${first} ${last}`;
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${c}@mail.example.com`;
    const phone = rng.chance(0.7) ? `+1 555 ${String(rng.int(10_000_000)).padStart(7, '0')}` : null;
    const at = new Date(plan.candidateFirst[c]);
    yield row(plan.candidateIds[c], at, at, ctx.organizationId, name, email, phone, rng.weighted(CANDIDATE_SOURCES), null, 1, false, null);
  }
}

export const APPLICATION_COLUMNS = [
  'id', 'created_at', 'updated_at', 'organization_id', 'candidate_id', 'opening_id', 'stage', 'stage_entered_at', 'decision',
  'decision_rationale', 'computed_recommendation', 'decision_override', 'decided_by_id', 'decided_at',
];

const RATIONALE = {
  hire: 'Consistent evidence across the panel on empathy and responsiveness.',
  advance: 'Strong panel; moving to an offer.',
};

export function* applicationRows(plan, ctx) {
  for (const a of plan.apps) {
    const opening = plan.openings[a.opening];
    const decided = a.decision !== null;
    yield row(a.id, new Date(a.times[0]), new Date(a.stageAt), ctx.organizationId, plan.candidateIds[a.candidate], opening.id,
      a.stage, new Date(a.stageAt), a.decision, decided ? (RATIONALE[a.decision] ?? a.reason) : null, decided ? a.computed : null,
      decided ? a.override : false, decided ? ctx.teams[opening.loc].hiringManager : null, decided ? new Date(a.decidedAt) : null);
  }
}

export const STAGE_CHANGE_COLUMNS = ['id', 'created_at', 'updated_at', 'organization_id', 'application_id', 'from_stage', 'to_stage', 'reason', 'changed_by_id'];

export function* stageChangeRows(plan, ctx) {
  const next = ctx.ids.stageChange;
  for (const a of plan.apps) {
    const by = ctx.teams[plan.openings[a.opening].loc].hiringManager;
    for (let i = 0; i < a.reached; i++) {
      const at = new Date(a.times[i]);
      const reason = i === 2 ? 'Interview scheduled' : i === 4 ? RATIONALE.hire : null;
      yield row(next(), at, at, ctx.organizationId, a.id, i === 0 ? null : PATH[i - 1], PATH[i], reason, i === 0 ? null : by);
    }
    if (a.exit) {
      const at = new Date(a.exitAt);
      yield row(next(), at, at, ctx.organizationId, a.id, PATH[a.reached - 1], a.exit, a.reason, by);
    }
  }
}

export const INTERVIEW_COLUMNS = ['id', 'created_at', 'updated_at', 'organization_id', 'application_id', 'kit_id', 'kit_version_id', 'scheduled_at'];

export function* interviewRows(plan, ctx) {
  for (const i of plan.interviews) {
    const a = plan.apps[i.app];
    const kit = plan.openings[a.opening].kit;
    yield row(i.id, new Date(i.createdAt), new Date(i.createdAt), ctx.organizationId, a.id, kit.id, kit.versionId, new Date(i.scheduledAt));
  }
}

export const SCORECARD_COLUMNS = [
  'id', 'created_at', 'updated_at', 'organization_id', 'interview_id', 'interviewer_id', 'status', 'ratings', 'recommendation',
  'submitted_at', 'amended_at', 'version',
];

export function* scorecardRows(plan, ctx) {
  const { cards } = plan;
  const { rng } = ctx;
  const next = ctx.ids.scorecard;
  for (const i of plan.interviews) {
    const questions = plan.openings[plan.apps[i.app].opening].kit.questions;
    const created = new Date(i.createdAt);
    const [first, size] = i.panel;
    for (let c = first; c < first + size; c++) {
      const status = cards.status[c];
      let ratings = '[]';
      if (status !== STATUS.not_started) {
        const parts = [];
        for (let q = 0; q < questions.length && q < 8; q++) {
          const r = cards.ratings[c * 8 + q];
          parts.push(`{"questionId":"${questions[q].id}","rating":${r || 'null'},"evidence":"${r ? rng.pick(EVIDENCE[r]) : ''}"}`);
        }
        ratings = `[${parts.join(',')}]`;
      }
      const submitted = status === STATUS.submitted ? new Date(cards.at[c]) : null;
      const updated = status === STATUS.not_started ? created : new Date(cards.at[c]);
      yield row(next(), created, updated, ctx.organizationId, i.id, cards.interviewer[c], STATUS_NAME[status], ratings,
        status === STATUS.not_started ? null : RECOMMENDATIONS[cards.recommendation[c]], submitted, null, status + 1);
    }
  }
}

export const SELF_ID_COLUMNS = ['id', 'created_at', 'updated_at', 'organization_id', 'candidate_id', 'sex', 'race_ethnicity'];

const SEXES = [['female', 52], ['male', 38], ['prefer_not_to_say', 6], [null, 4]];
const RACES = [
  ['white', 45], ['hispanic_or_latino', 18], ['black_or_african_american', 12], ['asian', 10], ['two_or_more_races', 4],
  ['native_hawaiian_or_other_pacific_islander', 1], ['american_indian_or_alaska_native', 1], ['prefer_not_to_say', 5], [null, 4],
];

/** Voluntary self-identification: about 60% of candidates answered (some questions left blank). */
export function* selfIdentificationRows(plan, ctx) {
  const { rng } = ctx;
  for (let c = 0; c < plan.candidates; c++) {
    if (!rng.chance(0.6)) continue;
    const at = new Date(plan.candidateFirst[c] + DAY_MS / 24);
    yield row(ctx.ids.selfId(), at, at, ctx.organizationId, plan.candidateIds[c], rng.weighted(SEXES), rng.weighted(RACES));
  }
}
