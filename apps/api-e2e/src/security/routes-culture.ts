import { PERIOD } from '../culture/culture.factory';
import { uniqueEmail } from '../factories';
import { api, bearer } from '../support/http';
import {
  ANY,
  c0,
  CULTURE_ADMINS,
  GOAL_ROLES,
  id,
  next,
  OBSERVERS,
  ORG_ADMINS,
  OVERSEERS,
  ownReview,
  ownStaff,
  prepare,
  route,
  STAFF_CREATORS,
  type RouteSpec,
} from './route-spec';
import { as, currentVersion, freshApplication, freshCycle, freshSelfReview, leader } from './world';

/** Staff, observations, 360 cycles and reviews, service metrics, leadership goals, culture scores. */
export const CULTURE_ROUTES: RouteSpec[] = [
  // ----------------------------------------------------------------- culture
  route('GET', '/api/staff', ANY, (w) => ({
    query: { locationId: w.location.id, managerId: w.staff.leader?.id ?? w.subject.id },
  })),
  route('GET', '/api/staff/from-application/{applicationId}', STAFF_CREATORS, async (w) => {
    const hired = await freshApplication(w);
    await prepare(
      api().post(`/api/applications/${hired.id}/stage`).set(bearer(w.owner.token)).send({ stage: 'hired' }),
    );
    return { params: { applicationId: hired.id } };
  }),
  route('GET', '/api/staff/{id}', ANY, (w, role) => id(ownStaff(w, role))),
  route('POST', '/api/staff', STAFF_CREATORS, (w) => ({
    body: {
      name: 'New Hire',
      email: uniqueEmail('hire'),
      roleTitle: 'Nurse',
      locationId: w.location.id,
      hiredAt: '2026-01-05',
    },
  })),
  route('PATCH', '/api/staff/{id}', CULTURE_ADMINS, async (w) => ({
    ...id(w.subject.id),
    body: { roleTitle: 'Senior coordinator', version: await currentVersion(w, `/api/staff/${w.subject.id}`) },
  })),
  route('POST', '/api/observations', OBSERVERS, (w) => ({
    body: {
      staffMemberId: w.subject.id,
      competencyId: c0(w),
      kind: 'recognition',
      note: 'Stayed late for a patient',
      observedAt: '2026-08-12',
    },
  })),
  route('GET', '/api/observations', ANY, (w, role) => ({ query: { staffMemberId: ownStaff(w, role) } })),
  route('GET', '/api/review-cycles', OVERSEERS),
  route('POST', '/api/review-cycles', CULTURE_ADMINS, (w) => ({
    body: {
      name: 'Q4 360',
      periodStart: PERIOD.start,
      periodEnd: PERIOD.end,
      peersPerPerson: 0,
      locationIds: [w.location.id],
    },
  })),
  route('GET', '/api/review-cycles/{id}', OVERSEERS, (w) => id(w.cycle.id)),
  route('POST', '/api/review-cycles/{id}/close', CULTURE_ADMINS, async (w) =>
    id((await freshCycle(w, 'Closing 360')).id),
  ),
  route('GET', '/api/review-cycles/{id}/results', ANY, (w, role) => ({
    ...id(w.cycle.id),
    query: { staffMemberId: ownStaff(w, role) },
  })),
  route('GET', '/api/me/review-assignments', ANY, (w) => ({ query: { cycleId: w.cycle.id } })),
  route('GET', '/api/review-assignments/{id}', ANY, (w, role) => id(ownReview(w.assignments, role))),
  route('PUT', '/api/review-assignments/{id}', ANY, (w, role) => ({
    ...id(ownReview(w.assignments, role)),
    body: { ratings: [{ competencyId: c0(w), rating: 4, comment: 'Warm with patients' }] },
  })),
  route('POST', '/api/review-assignments/{id}/submit', ANY, async (w, role) => {
    const assignment = await freshSelfReview(w, role);
    const body = { ratings: [{ competencyId: c0(w), rating: 5, comment: 'Models care' }] };
    await prepare(
      api()
        .put(`/api/review-assignments/${assignment}`)
        .set(bearer(as(w, role).token))
        .send(body),
    );
    return id(assignment);
  }),
  route('GET', '/api/service-metrics', ANY, (w, role) => ({
    query: { staffMemberId: ownStaff(w, role), from: '2026-01', to: '2026-12' },
  })),
  route('POST', '/api/service-metrics/import', CULTURE_ADMINS, (w) => ({
    query: { dryRun: 'false' },
    file: {
      field: 'file',
      name: 'metrics.csv',
      content: `staff_email,location_code,period,metric,value\n${w.subject.email},,2026-07,calls_returned_rate,0.8\n`,
    },
  })),
  route('GET', '/api/leadership-goals', GOAL_ROLES, (w) => ({ query: { ownerId: leader(w).user.id } })),
  route('POST', '/api/leadership-goals', GOAL_ROLES, (w) => ({
    body: {
      ownerId: leader(w).user.id,
      competencyId: c0(w),
      title: 'Sit with patients',
      description: 'Weekly',
      target: 'upward ≥ 4',
      dueDate: '2027-06-30',
    },
  })),
  route('GET', '/api/leadership-goals/{id}', GOAL_ROLES, (w) => id(w.goal.id)),
  route('PATCH', '/api/leadership-goals/{id}', GOAL_ROLES, async (w) => ({
    ...id(w.goal.id),
    body: { target: 'upward ≥ 4.5', version: await currentVersion(w, `/api/leadership-goals/${w.goal.id}`) },
  })),
  route('POST', '/api/leadership-goals/{id}/check-ins', GOAL_ROLES, (w) => ({
    ...id(w.goal.id),
    body: { progress: 40, note: 'Halfway there', date: '2026-09-01' },
  })),
  route('GET', '/api/culture/scores', ANY, () => ({
    query: { level: 'staff', period: 'month', from: '2026-01', to: '2026-12' },
  })),
  route('GET', '/api/culture/heatmap', OVERSEERS, () => ({
    query: { by: 'location', from: '2026-01', to: '2026-12' },
  })),
  route('GET', '/api/culture/settings', ANY),
  route('PUT', '/api/culture/settings', ORG_ADMINS, () => ({ body: { anonymityMinRaters: 4 } })),
  route('GET', '/api/leaders/{id}/overview', GOAL_ROLES, (w) => id(leader(w).user.id)),
  // ----------------------------------------------------------------- patient signals and quality of hire
  route('GET', '/api/leaders/{id}/three-way-gap', GOAL_ROLES, (w) => id(leader(w).user.id)),
  route('POST', '/api/patient-feedback/import', CULTURE_ADMINS, (w) => ({
    query: { dryRun: 'false' },
    file: {
      field: 'file',
      name: 'surveys.csv',
      content: `date,location_code,staff_emails,courteous,comment\n2026-09-0${(next() % 9) + 1},MAIN,${w.subject.email},5,Kind team\n`,
    },
  })),
  route('GET', '/api/patient-feedback', OVERSEERS, (w) => ({ query: { locationId: w.location.id, limit: '10' } })),
  route('GET', '/api/patient-feedback/items', OVERSEERS),
  route('PUT', '/api/patient-feedback/items', CULTURE_ADMINS, (w) => ({ body: { items: [{ item: 'courteous', competencyId: c0(w) }] } })),
  route('POST', '/api/reviews/import', CULTURE_ADMINS, () => ({
    file: {
      field: 'file',
      name: 'reviews.csv',
      content: `source,date,location_code,rating,text\nGoogle,2026-09-0${(next() % 9) + 1},MAIN,4,Lovely staff\n`,
    },
  })),
  route('GET', '/api/reviews', OVERSEERS, () => ({ query: { theme: 'staff' } })),
  route('GET', '/api/reviews/summary', OVERSEERS, () => ({ query: { from: '2026-01', to: '2026-10' } })),
  route('GET', '/api/reviews/themes', OVERSEERS),
  route('PUT', '/api/reviews/themes', CULTURE_ADMINS, () => ({ body: { rules: [{ theme: 'billing', keywords: ['bill*', 'fee*'] }] } })),
  route('GET', '/api/patient-signals', OVERSEERS, () => ({ query: { from: '2026-01', to: '2026-10' } })),
];
