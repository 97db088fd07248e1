import { uniqueEmail } from '../factories';
import { api, bearer } from '../support/http';
import {
  c0,
  DECIDERS,
  ERASERS,
  HIRING,
  HIRING_READERS,
  id,
  PANEL_ROLES,
  PEOPLE_READERS,
  prepare,
  route,
  type RouteSpec,
} from './route-spec';
import { as, currentVersion, freshApplication, freshCandidate, freshInterview, fullRatings, type World } from './world';

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

/** Kits, openings, candidates, applications, interviews and scorecards, calibration, retention. */
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
  route('GET', '/api/openings', HIRING),
  route('POST', '/api/openings', HIRING, (w) => ({
    body: {
      title: 'New opening',
      locationId: w.location.id,
      hiringManagerId: as(w, 'hiring_manager').user.id,
      kitId: w.kit.id,
    },
  })),
  route('GET', '/api/openings/{id}', HIRING, (w) => id(w.opening.id)),
  route('PATCH', '/api/openings/{id}', HIRING, async (w) => ({
    ...id(w.opening.id),
    body: { title: 'Renamed opening', version: await currentVersion(w, `/api/openings/${w.opening.id}`) },
  })),
  route('GET', '/api/candidates', HIRING, (w) => ({ query: { search: w.marker } })),
  route('POST', '/api/candidates', HIRING, () => ({
    body: { name: 'New Candidate', email: uniqueEmail('cand'), source: 'Referral' },
  })),
  route('GET', '/api/candidates/{id}', HIRING, (w) => id(w.candidate.id)),
  route('PATCH', '/api/candidates/{id}', HIRING, async (w) => ({
    ...id(w.candidate.id),
    body: { notes: 'Called back', version: await currentVersion(w, `/api/candidates/${w.candidate.id}`) },
  })),
  route('POST', '/api/candidates/{id}/erase', ERASERS, async (w) => id((await freshCandidate(w)).id)),
  route('GET', '/api/applications', HIRING, (w) => ({
    query: { openingId: w.opening.id, candidateId: w.candidate.id },
  })),
  route('POST', '/api/applications', HIRING, async (w) => ({
    body: { candidateId: (await freshCandidate(w)).id, openingId: w.opening.id },
  })),
  route('GET', '/api/applications/{id}', HIRING, (w) => id(w.application.id)),
  route('POST', '/api/applications/{id}/stage', HIRING, async (w) => ({
    ...id((await freshApplication(w)).id),
    body: { stage: 'screening' },
  })),
  route('GET', '/api/applications/{id}/debrief', PANEL_ROLES, (w) => id(w.doneApplication.id)),
  route('POST', '/api/applications/{id}/decision', DECIDERS, async (w) => ({
    ...id((await freshApplication(w)).id),
    body: { decision: 'advance', rationale: 'Warm and specific answers' },
  })),
  route('POST', '/api/interviews', HIRING, (w) => ({
    body: {
      applicationId: w.application.id,
      scheduledAt: '2026-12-02T09:00:00.000Z',
      interviewerIds: [as(w, 'interviewer').user.id],
    },
  })),
  route('GET', '/api/interviews', PANEL_ROLES, (w) => ({ query: { applicationId: w.application.id } })),
  route('GET', '/api/interviews/{id}', PANEL_ROLES, (w) => id(w.interview.id)),
  route('GET', '/api/interviews/{id}/scorecards', PANEL_ROLES, (w) => id(w.doneInterview.id)),
  route('GET', '/api/interviews/{id}/scorecards/me', PANEL_ROLES, (w) => id(w.interview.id)),
  route('PUT', '/api/interviews/{id}/scorecards/me', PANEL_ROLES, (w) => ({
    ...id(w.interview.id),
    body: { ratings: fullRatings(w.interview), recommendation: 'yes' },
  })),
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
  }),
  route('POST', '/api/interviews/{id}/scorecards/me/amend', PANEL_ROLES, (w) => ({
    ...id(w.doneInterview.id),
    body: { ratings: fullRatings(w.doneInterview), recommendation: 'strong_yes', reason: 'Re-read my notes' },
  })),
  route('GET', '/api/interviews/{id}/debrief', PANEL_ROLES, (w) => id(w.doneInterview.id)),
  route('GET', '/api/analytics/interviewer-calibration', HIRING),
  route('GET', '/api/analytics/quality-of-hire', PANEL_ROLES),
  route('GET', '/api/retention/settings', PEOPLE_READERS),
  route('PUT', '/api/retention/settings', ERASERS, () => ({ body: { candidateRetentionDays: 400 } })),
  route('GET', '/api/retention/preview', ERASERS),
  route('POST', '/api/retention/run', ERASERS),
];
