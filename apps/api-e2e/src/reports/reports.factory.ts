import type { Application, Candidate, Interview, Scorecard, User } from '@rapport/shared/contracts';
import type { Session } from '../factories';
import { hiringWorld, type HiringWorld } from '../hiring/hiring.factory';
import { api, bearer, expectStatus } from '../support/http';

export async function rename(owner: Session, user: Session, name: string): Promise<void> {
  const { version } = (await expectStatus(api().get(`/api/users/${user.user.id}`).set(bearer(owner.token)), 200)).body as User;
  await expectStatus(api().patch(`/api/users/${user.user.id}`).set(bearer(owner.token)).send({ name, version }), 200);
}

/** The hiring world with people who can be told apart in an export. */
export async function namedHiringWorld(owner: Session): Promise<HiringWorld> {
  const world = await hiringWorld(owner);
  await rename(owner, world.manager, 'Morgan Manager');
  await rename(owner, world.i1, 'Iris Interviewer');
  await rename(owner, world.i2, 'Ivan Interviewer');
  return world;
}

/** Saves and submits `who`'s scorecard: one rating per question, evidence `${prefix} q<n>`. */
export async function submitScorecard(
  token: string,
  interview: Interview,
  values: number[],
  prefix: string,
  recommendation: string,
): Promise<Scorecard> {
  const ratings = interview.questions.map((q, i) => ({ questionId: q.id, rating: values[i], evidence: `${prefix} q${i + 1}` }));
  await expectStatus(api().put(`/api/interviews/${interview.id}/scorecards/me`).set(bearer(token)).send({ ratings, recommendation }), 200);
  return (await expectStatus(api().post(`/api/interviews/${interview.id}/scorecards/me/submit`).set(bearer(token)), 200)).body as Scorecard;
}

let sequence = 0;

/** A new candidate applying to `openingId`. */
export async function apply(token: string, openingId: string, name = 'Applicant'): Promise<{ candidate: Candidate; application: Application }> {
  sequence += 1;
  const candidate = (
    await expectStatus(
      api().post('/api/candidates').set(bearer(token)).send({ name, email: `applicant.${Date.now().toString(36)}.${sequence}@example.com` }),
      201,
    )
  ).body as Candidate;
  const application = (
    await expectStatus(api().post('/api/applications').set(bearer(token)).send({ candidateId: candidate.id, openingId }), 201)
  ).body as Application;
  return { candidate, application };
}

/** Moves an application through `stages` in order (rejecting gives a reason). */
export async function moveThrough(token: string, applicationId: string, stages: string[]): Promise<void> {
  for (const stage of stages) {
    const body = stage === 'rejected' ? { stage, reason: 'Not the right fit' } : { stage };
    await expectStatus(api().post(`/api/applications/${applicationId}/stage`).set(bearer(token)).send(body), 200);
  }
}

export async function createOpening(token: string, world: HiringWorld, title: string, hiringManagerId = world.manager.user.id): Promise<string> {
  const res = await expectStatus(
    api().post('/api/openings').set(bearer(token)).send({ title, locationId: world.opening.locationId, hiringManagerId, kitId: world.kit.id }),
    201,
  );
  return (res.body as { id: string }).id;
}

/** The current quarter, as the export names it (`2026-q4`), and its first and last day. */
export function currentQuarter(now = new Date()): { label: string; from: string; to: string } {
  const year = now.getUTCFullYear();
  const q = Math.floor(now.getUTCMonth() / 3) + 1;
  const last = new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
  return { label: `${year}-q${q}`, from: `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`, to: last };
}
