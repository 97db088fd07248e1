import { uniqueEmail } from '../factories';
import { api, bearer } from '../support/http';
import {
  c0,
  DECIDERS,
  ERASERS,
  HIRING,
  HIDDEN_FROM_OTHER_MANAGER,
  HIRING_READERS,
  id,
  INVALID_FOR_OTHER_MANAGER,
  PANEL_ROLES,
  PEOPLE_READERS,
  prepare,
  route,
  type RouteSpec,
} from './route-spec';
import { as, currentVersion, freshApplication, freshCandidate, freshInterview, fullRatings, otherManager, type World } from './world';

const kitBody = (w: World) => ({
  name: 'Front desk kit',
  roleTitle: 'Receptionist',
  questions: [
    {
      prompt: 'A late doctor',
      kind: 'behavioral',
      competencyId: c0(w),
      probes: [],
      anchors: { 1: 'Shrugs', 3: 'Apologises', 5: 'Updates and offers options' },
      redFlags: [],
    },
  ],
});

/**
 * Kits, openings, candidates, applications, interviews and scorecards, calibration, retention.
 * `otherManager` says what a second hiring manager gets on `w`'s records (issue 13): kits are the
 * organization's, everything about another manager's opening is a 404 (or a 400 naming the field),
 * and lists hold only their own opening's records.
 */
export const HIRING_ROUTES: RouteSpec[] = [
  // ----------------------------------------------------------------- hiring
  route('GET', '/api/interview-kits', HIRING_READERS),
  route('POST', '/api/interview-kits', HIRING, (w) => ({ body: kitBody(w) })),
  route('GET', '/api/interview-kits/{id}', HIRING_READERS, (w) => id(w.kit.id)),
  route('PATCH', '/api/interview-kits/{id}', HIRING, async (w) => ({
    ...id(w.kit.id),
    body: { name: 'Renamed kit', revision: await currentVersion(w, `/api/interview-kits/${w.kit.id}`, 'revision') },
  })),
  route('GET', '/api/interview-kits/{id}/versions', HIRING_READERS, (w) => id(w.kit.id)),
  route('GET', '/api/openings', HIRING, undefined, { otherManagerSees: (w) => otherManager(w).opening.id }),
  route('POST', '/api/openings', HIRING, (w) => ({
    body: {
      title: 'New opening',
      locationId: w.location.id,
      hiringManagerId: as(w, 'hiring_manager').user.id,
      kitId: w.kit.id,
    },
  }), {
    // Opening a role for someone else is HR's, an owner's or an admin's.
    otherManager: 'forbidden',
  }),
  route('GET', '/api/openings/{id}', HIRING, (w) => id(w.opening.id), HIDDEN_FROM_OTHER_MANAGER),
  route('PATCH', '/api/openings/{id}', HIRING, async (w) => ({
    ...id(w.opening.id),
    // The hiring manager it already has: allowed to its manager, a 404 to the second one.
    body: {
      title: 'Renamed opening',
      hiringManagerId: as(w, 'hiring_manager').user.id,
      version: await currentVersion(w, `/api/openings/${w.opening.id}`),
    },
  }), HIDDEN_FROM_OTHER_MANAGER),
  route('GET', '/api/candidates', HIRING, (w) => ({ query: { search: w.marker } }), {
    otherManagerSees: (w) => otherManager(w).application.candidateId,
  }),
  route('POST', '/api/candidates', HIRING, () => ({
    body: { name: 'New Candidate', email: uniqueEmail('cand'), source: 'Referral' },
  })),
  route('GET', '/api/candidates/{id}', HIRING, (w) => id(w.candidate.id), HIDDEN_FROM_OTHER_MANAGER),
  route('PATCH', '/api/candidates/{id}', HIRING, async (w) => ({
    ...id(w.candidate.id),
    body: { notes: 'Called back', version: await currentVersion(w, `/api/candidates/${w.candidate.id}`) },
  }), HIDDEN_FROM_OTHER_MANAGER),
  route('POST', '/api/candidates/{id}/erase', ERASERS, async (w) => id((await freshCandidate(w)).id)),
  route('GET', '/api/applications', HIRING, (w) => ({
    query: { openingId: w.opening.id, candidateId: w.candidate.id },
  })),
  route('POST', '/api/applications', HIRING, async (w) => ({
    body: { candidateId: (await freshCandidate(w)).id, openingId: w.opening.id },
  }), INVALID_FOR_OTHER_MANAGER),
  route('GET', '/api/applications/{id}', HIRING, (w) => id(w.application.id), HIDDEN_FROM_OTHER_MANAGER),
  route('POST', '/api/applications/{id}/stage', HIRING, async (w) => ({
    ...id((await freshApplication(w)).id),
    body: { stage: 'screening' },
  }), HIDDEN_FROM_OTHER_MANAGER),
  route('GET', '/api/applications/{id}/debrief', PANEL_ROLES, (w) => id(w.doneApplication.id), HIDDEN_FROM_OTHER_MANAGER),
  route('POST', '/api/applications/{id}/decision', DECIDERS, async (w) => ({
    ...id((await freshApplication(w)).id),
    body: { decision: 'advance', rationale: 'Warm and specific answers' },
  }), HIDDEN_FROM_OTHER_MANAGER),
  route('POST', '/api/interviews', HIRING, (w) => ({
    body: {
      applicationId: w.application.id,
      scheduledAt: '2026-12-02T09:00:00.000Z',
      interviewerIds: [as(w, 'interviewer').user.id],
    },
  }), INVALID_FOR_OTHER_MANAGER),
  route('GET', '/api/interviews', PANEL_ROLES, (w) => ({ query: { applicationId: w.application.id } })),
  route('GET', '/api/interviews/{id}', PANEL_ROLES, (w) => id(w.interview.id), HIDDEN_FROM_OTHER_MANAGER),
  route('GET', '/api/interviews/{id}/scorecards', PANEL_ROLES, (w) => id(w.doneInterview.id), HIDDEN_FROM_OTHER_MANAGER),
  route('GET', '/api/interviews/{id}/scorecards/me', PANEL_ROLES, (w) => id(w.interview.id), HIDDEN_FROM_OTHER_MANAGER),
  route('PUT', '/api/interviews/{id}/scorecards/me', PANEL_ROLES, (w) => ({
    ...id(w.interview.id),
    body: { ratings: fullRatings(w.interview), recommendation: 'yes' },
  }), HIDDEN_FROM_OTHER_MANAGER),
  route('POST', '/api/interviews/{id}/scorecards/me/submit', PANEL_ROLES, async (w, role) => {
    // A fresh interview whose draft the caller (when on the panel) has completed, ready to submit.
    const interview = await freshInterview(w);
    const body = { ratings: fullRatings(interview), recommendation: 'yes' };
    await prepare(
      api()
        .put(`/api/interviews/${interview.id}/scorecards/me`)
        .set(bearer(as(w, role).token))
        .send(body),
    );
    return id(interview.id);
  }, HIDDEN_FROM_OTHER_MANAGER),
  route('POST', '/api/interviews/{id}/scorecards/me/amend', PANEL_ROLES, (w) => ({
    ...id(w.doneInterview.id),
    body: { ratings: fullRatings(w.doneInterview), recommendation: 'strong_yes', reason: 'Re-read my notes' },
  }), HIDDEN_FROM_OTHER_MANAGER),
  route('GET', '/api/interviews/{id}/debrief', PANEL_ROLES, (w) => id(w.doneInterview.id), HIDDEN_FROM_OTHER_MANAGER),
  route('GET', '/api/analytics/interviewer-calibration', HIRING),
  route('GET', '/api/analytics/quality-of-hire', PANEL_ROLES),
  route('GET', '/api/retention/settings', PEOPLE_READERS),
  route('PUT', '/api/retention/settings', ERASERS, () => ({ body: { candidateRetentionDays: 400 } })),
  route('GET', '/api/retention/preview', ERASERS),
  route('POST', '/api/retention/run', ERASERS),
];
