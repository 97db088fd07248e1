// The hiring history, planned in memory before anything is written: openings (one per role and
// quarter in which a location hired through Rapport, plus the currently open ones), applications
// with their stage paths, interviews, and every scorecard's ratings, so that each application's
// computed recommendation can be written with it. Counts of candidates, interviews and scorecards
// are exactly the scale's.
import { DAY_MS } from './time.mjs';

const HOUR_MS = 3600 * 1000;
const PATH = ['applied', 'screening', 'interviewing', 'offer', 'hired'];
const GAPS = { screening: [2, 7], interviewing: [3, 10], offer: [10, 25], hired: [3, 10] };
export const RECOMMENDATIONS = ['strong_no', 'no', 'yes', 'strong_yes'];
export const STATUS = { not_started: 0, draft: 1, submitted: 2 };
/** Share of applications by candidates who applied before (to another opening of the location). */
const REPEAT_SHARE = 0.08;

/** Splits `total` over `weights` in whole numbers (largest remainder): the parts add up exactly. */
export function apportion(total, weights) {
  const sum = weights.reduce((a, w) => a + w, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, p) => a + p, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k++, left--) parts[order[k % order.length][1]]++;
  return parts;
}

function planOpenings({ rng, people, kits, window }) {
  const kitFor = (title) => kits.find((k) => k.roles.includes(title)) ?? kits[0];
  const hireable = kits.flatMap((k) => k.roles).filter((t) => t !== 'Medical director');
  const openings = [];
  for (let loc = 0; loc < people.locations.length; loc++) {
    const hires = people.staff.filter((s) => s.loc === loc && s.viaRapport).sort((a, b) => a.hiredAt - b.hiredAt);
    const byKey = new Map();
    for (const s of hires) {
      const key = `${s.roleTitle}|${Math.floor((s.hiredAt - window.start) / (91 * DAY_MS))}`;
      if (!byKey.has(key)) byKey.set(key, { loc, roleTitle: s.roleTitle, kit: kitFor(s.roleTitle), status: 'closed', hires: [] });
      byKey.get(key).hires.push(s);
    }
    for (const o of byKey.values()) {
      o.openedAt = o.hires[0].hiredAt - rng.between(45, 90) * DAY_MS;
      o.closedAt = o.hires[o.hires.length - 1].hiredAt + DAY_MS;
      openings.push(o);
    }
    const open = rng.chance(0.3) ? ['open', 'open', 'on_hold'] : ['open', 'open'];
    for (const status of open) {
      const roleTitle = rng.pick(hireable);
      openings.push({ loc, roleTitle, kit: kitFor(roleTitle), status, hires: [], openedAt: window.asOf - rng.between(7, 75) * DAY_MS, closedAt: null });
    }
  }
  return openings;
}

/** Times of each stage reached, and the exit (rejected / withdrawn) if any, none after the as-of day. */
function planPath(rng, opening, window, hire) {
  if (hire) {
    const times = [hire.hiredAt];
    for (let i = PATH.length - 1; i > 0; i--) times.unshift(times[0] - rng.between(...GAPS[PATH[i]]) * DAY_MS - rng.int(8) * HOUR_MS);
    return { reached: PATH.length, times, exit: null, exitAt: null };
  }
  const closed = opening.status === 'closed';
  const furthest = closed
    ? rng.weighted([[1, 10], [2, 15], [3, 68], [4, 7]])
    : rng.weighted([[1, 20], [2, 20], [3, 50], [4, 10]]);
  const exit = closed ? rng.weighted([['rejected', 80], ['withdrawn', 20]]) : rng.weighted([[null, 60], ['rejected', 30], ['withdrawn', 10]]);
  const end = opening.closedAt ?? window.asOf;
  const times = [opening.openedAt + Math.floor(rng.next() * Math.max(DAY_MS, end - opening.openedAt - 20 * DAY_MS))];
  for (let i = 1; i < furthest; i++) times.push(times[i - 1] + rng.between(...GAPS[PATH[i]]) * DAY_MS + rng.int(8) * HOUR_MS);
  while (times.length > 1 && times[times.length - 1] > window.asOf) times.pop();
  let exitAt = exit ? times[times.length - 1] + rng.between(2, 14) * DAY_MS : null;
  if (exitAt !== null && exitAt > window.asOf) exitAt = closed ? Math.max(times[times.length - 1] + HOUR_MS, window.asOf - HOUR_MS) : null;
  return { reached: times.length, times, exit: exitAt === null ? null : exit, exitAt };
}

export function planHiring({ rng, scale, people, teams, kits, window }) {
  const openings = planOpenings({ rng, people, kits, window });
  const repeats = Math.round(scale.candidates * REPEAT_SHARE);
  const totalApps = scale.candidates + repeats;
  const hireCount = openings.reduce((n, o) => n + o.hires.length, 0);
  if (hireCount > totalApps) throw new Error(`${hireCount} hires need more than ${totalApps} applications`);
  const extra = apportion(
    totalApps - hireCount,
    openings.map((o) => (o.status === 'closed' ? 1 + 0.5 * o.hires.length : 1.5)),
  );

  const apps = [];
  for (const [oi, opening] of openings.entries()) {
    const count = opening.hires.length + extra[oi];
    for (let k = 0; k < count; k++) {
      const hire = opening.hires[k] ?? null;
      const path = planPath(rng, opening, window, hire);
      apps.push({ opening: oi, loc: opening.loc, hire, ...path, candidate: -1, interviews: [] });
    }
  }
  const candidates = assignCandidates(rng, apps, repeats);
  const plan = { openings, apps, candidates };
  planInterviews(rng, scale, plan, teams, window);
  decide(plan);
  return plan;
}

/**
 * Every application gets a new candidate except `repeats` of them (chosen by selection sampling in
 * time order), whose candidate applied earlier to another opening of the same location.
 */
function assignCandidates(rng, apps, repeats) {
  const order = apps.map((_, i) => i).sort((a, b) => apps[a].times[0] - apps[b].times[0]);
  let eligibleLeft = order.filter((i) => !apps[i].hire).length;
  let repeatsLeft = repeats;
  const earlierAt = new Map(); // location → candidates who applied there so far
  const applied = new Set(); // `${candidate}|${opening}`
  let next = 0;
  for (const i of order) {
    const app = apps[i];
    const earlier = earlierAt.get(app.loc) ?? [];
    if (!app.hire && earlier.length && rng.next() * eligibleLeft < repeatsLeft) {
      for (let attempt = 0; attempt < 5 && app.candidate < 0; attempt++) {
        const candidate = rng.pick(earlier);
        if (!applied.has(`${candidate}|${app.opening}`)) app.candidate = candidate;
      }
      if (app.candidate >= 0) repeatsLeft--;
    }
    if (!app.hire) eligibleLeft--;
    if (app.candidate < 0) {
      app.candidate = next++;
      earlier.push(app.candidate);
      earlierAt.set(app.loc, earlier);
    }
    applied.add(`${app.candidate}|${app.opening}`);
  }
  return next;
}

/** Interviews (exact total) over applications that reached `interviewing`, and their panels' scorecards. */
function planInterviews(rng, scale, plan, teams, window) {
  const reached = plan.apps.map((a, i) => [a, i]).filter(([a]) => a.reached >= 3);
  if (!reached.length) throw new Error('no application reached interviewing');
  const perApp = apportion(scale.interviews, reached.map(() => 1));
  rng.shuffle(perApp);
  const interviews = [];
  for (const [k, [app, appIndex]] of reached.entries()) {
    const from = app.times[2];
    const next = app.reached > 3 ? app.times[3] : (app.exitAt ?? window.asOf + DAY_MS);
    const count = perApp[k];
    for (let j = 0; j < count; j++) {
      const scheduledAt = Math.round(from + ((j + 0.5) / count) * (next - from)) + rng.int(6) * HOUR_MS;
      const createdAt = Math.max(from, scheduledAt - rng.between(1, 6) * DAY_MS);
      app.interviews.push(interviews.length);
      interviews.push({ app: appIndex, scheduledAt, createdAt, last: j === count - 1, panel: null });
    }
  }
  const panelSizes = apportion(scale.scorecards, interviews.map(() => 1));
  rng.shuffle(panelSizes);
  const bias = new Map();
  for (const team of teams) for (const user of team.interviewers) bias.set(user, rng.normal(0.35));
  const n = scale.scorecards;
  const cards = {
    interviewer: new Array(n),
    status: new Int8Array(n),
    recommendation: new Int8Array(n).fill(-1),
    ratings: new Int8Array(n * 8),
    at: new Float64Array(n),
    count: 0,
  };
  const quality = plan.apps.map((a) => (a.hire ? 4 : a.exit === 'rejected' ? 2.5 : 3.3) + rng.normal(0.45));
  for (const [i, interview] of interviews.entries()) {
    const app = plan.apps[interview.app];
    const team = teams[app.loc];
    const others = rng.shuffle(team.interviewers.filter((u) => u !== team.hiringManager));
    const panel = [team.hiringManager, ...others].slice(0, panelSizes[i] || 1);
    interview.panel = [cards.count, panel.length];
    const current = app.exit === null && app.reached === 3;
    for (const user of panel) {
      const c = cards.count++;
      cards.interviewer[c] = user;
      let status;
      if (interview.scheduledAt > window.asOf) status = STATUS.not_started;
      else if (current && interview.last) status = rng.weighted([[STATUS.draft, 50], [STATUS.submitted, 40], [STATUS.not_started, 10]]);
      else status = rng.chance(0.99) ? STATUS.submitted : STATUS.not_started;
      cards.status[c] = status;
      if (status === STATUS.not_started) continue;
      let sum = 0;
      let rated = 0;
      for (let q = 0; q < 8; q++) {
        if (rng.chance(0.03) && !(q === 7 && rated === 0)) continue;
        const r = Math.min(5, Math.max(1, Math.round(quality[interview.app] + bias.get(user) + rng.normal(0.6))));
        cards.ratings[c * 8 + q] = r;
        sum += r;
        rated++;
      }
      const mean = sum / rated + rng.normal(0.2);
      cards.recommendation[c] = mean < 2.5 ? 0 : mean < 3 ? 1 : mean < 4 ? 2 : 3;
      cards.at[c] = Math.min(window.asOf, interview.scheduledAt + rng.between(1, 48) * HOUR_MS);
    }
  }
  plan.interviews = interviews;
  plan.cards = cards;
}

/** The debrief's computed recommendation from submitted scorecards (as @rapport/shared/scoring does). */
function computedRecommendation(plan, app) {
  const { cards, interviews } = plan;
  const byCompetency = Array.from({ length: 8 }, () => new Map());
  for (const i of app.interviews) {
    const [first, size] = interviews[i].panel;
    for (let c = first; c < first + size; c++) {
      if (cards.status[c] !== STATUS.submitted) continue;
      for (let q = 0; q < 8; q++) {
        const r = cards.ratings[c * 8 + q];
        if (!r) continue;
        const list = byCompetency[q].get(cards.interviewer[c]) ?? [];
        list.push(r);
        byCompetency[q].set(cards.interviewer[c], list);
      }
    }
  }
  const scores = byCompetency
    .filter((m) => m.size > 0)
    .map((m) => {
      const per = [...m.values()].map((l) => l.reduce((a, b) => a + b, 0) / l.length);
      return per.reduce((a, b) => a + b, 0) / per.length;
    });
  if (!scores.length) return null;
  const overall = scores.reduce((a, b) => a + b, 0) / scores.length;
  let rec = overall < 2.5 - 1e-9 ? 0 : overall < 3 - 1e-9 ? 1 : overall < 4 - 1e-9 ? 2 : 3;
  if (scores.some((s) => s <= 1.5 + 1e-9) && rec > 1) rec = 1;
  return RECOMMENDATIONS[rec];
}

const AGAINST = { hire: ['strong_no', 'no'], advance: ['strong_no', 'no'], reject: ['yes', 'strong_yes'] };

/** Decisions of the hiring managers: hire, reject after interviews, or advance to an offer still open. */
function decide(plan) {
  for (const app of plan.apps) {
    app.stage = app.exit ?? PATH[app.reached - 1];
    app.stageAt = app.exitAt ?? app.times[app.reached - 1];
    app.decision = null;
    if (app.stage === 'hired') app.decision = 'hire';
    else if (app.stage === 'rejected' && app.reached >= 3) app.decision = 'reject';
    else if (app.stage === 'offer') app.decision = 'advance';
    if (!app.decision) continue;
    app.decidedAt = app.decision === 'advance' ? app.times[3] : app.stageAt;
    app.computed = computedRecommendation(plan, app);
    app.override = app.computed !== null && AGAINST[app.decision].includes(app.computed);
  }
}
