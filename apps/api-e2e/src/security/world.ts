import {
  ROLES,
  type Application,
  type Candidate,
  type Competency,
  type Interview,
  type InterviewKit,
  type LeadershipGoal,
  type Location,
  type Observation,
  type Opening,
  type ReviewCycle,
  type Role,
  type StaffMember,
  type User,
} from '@rapport/shared/contracts';
import { createStaff, csv, importCsv, myAssignments, PERIOD } from '../culture/culture.factory';
import { createUser, signup, uniqueEmail, userWithRoles, type Session } from '../factories';
import { competencies, createKit } from '../hiring/hiring.factory';
import { api, bearer, expectStatus } from '../support/http';

/** Roles that may sit on an interview panel (the API's PANEL_ROLES). */
export const PANEL: Role[] = ['owner', 'admin', 'hr', 'hiring_manager', 'interviewer', 'leader'];

/**
 * One organization with a record of every kind, built through the API as a practice would. Names,
 * titles and notes carry `marker`, so a leak of them into another organization's answers is visible.
 */
export interface World {
  marker: string;
  owner: Session;
  /** One signed-in user per role (only the owner in a light world). */
  users: Partial<Record<Role, Session>>;
  /** An invited user who has not signed in yet (the target of user updates). */
  invitee: User;
  location: Location;
  competencies: Competency[];
  kit: InterviewKit;
  opening: Opening;
  candidate: Candidate;
  application: Application;
  /** Every panel member on it, scorecards still drafts. */
  interview: Interview;
  doneApplication: Application;
  /** Every panel member on it, scorecards submitted (so everyone may see the panel's). */
  doneInterview: Interview;
  /** A staff record per user, and one person who does not sign in. */
  staff: Partial<Record<Role, StaffMember>>;
  subject: StaffMember;
  observation: Observation;
  cycle: ReviewCycle;
  /** Each user's self-review in `cycle`. */
  assignments: Partial<Record<Role, string>>;
  goal: LeadershipGoal;
  /** A full world's second hiring manager, with an opening and an application of their own. */
  other?: OtherManager;
}

/**
 * A second user holding only `hiring_manager`: they manage `opening` (with one application) and
 * sit on none of the world's panels, so every other hiring record of the world is outside their view.
 */
export interface OtherManager {
  session: Session;
  opening: Opening;
  application: Application;
}

export function otherManager(w: World): OtherManager {
  if (!w.other) throw new Error('a light world has no second hiring manager');
  return w.other;
}

/** The session of the user holding `role` (the owner stands in when the world has no such user). */
export function as(w: World, role: Role | null): Session {
  return (role && w.users[role]) || w.owner;
}

/** Who owns leadership goals and manages the team: the leader, or the owner in a light world. */
export function leader(w: World): Session {
  return w.users.leader ?? w.owner;
}

/** Ratings for every question of an interview, complete enough to submit. */
export function fullRatings(interview: Interview) {
  return interview.questions.map((q) => ({
    questionId: q.id as string,
    rating: 4,
    evidence: 'Gave a concrete example',
  }));
}

let codes = 0;
const post = async <T>(token: string, path: string, body: unknown, status = 201): Promise<T> =>
  (
    await expectStatus(
      api()
        .post(path)
        .set(bearer(token))
        .send(body as object),
      status,
    )
  ).body as T;

/**
 * The record's current optimistic-lock value (`version`, a kit's `revision`), read as the owner: a
 * PATCH must send it, and the role matrix calls the same PATCH once per role, each bumping it.
 */
export async function currentVersion(w: World, path: string, field: 'version' | 'revision' = 'version'): Promise<number> {
  const res = await expectStatus(api().get(path).set(bearer(w.owner.token)), 200);
  return (res.body as Record<string, number>)[field];
}

export const freshLocation = (w: World) => {
  codes += 1;
  return post<Location>(w.owner.token, '/api/locations', { name: 'Spare room', code: `SPARE-${codes}` });
};

export const freshCandidate = (w: World) =>
  post<Candidate>(w.owner.token, '/api/candidates', {
    name: `${w.marker} Applicant`,
    email: uniqueEmail('candidate'),
  });

export async function freshApplication(w: World, openingId = w.opening.id): Promise<Application> {
  const candidate = await freshCandidate(w);
  return post<Application>(w.owner.token, '/api/applications', { candidateId: candidate.id, openingId });
}

/** A new interview of `application` with the whole panel. */
export function freshInterview(w: World, applicationId = w.application.id): Promise<Interview> {
  const panel = PANEL.map((r) => w.users[r]?.user.id).filter((id): id is string => !!id);
  return post<Interview>(w.owner.token, '/api/interviews', {
    applicationId,
    scheduledAt: '2026-12-01T15:00:00.000Z',
    interviewerIds: [...new Set([w.owner.user.id, ...panel])],
  });
}

export const freshCycle = (w: World, name = `${w.marker} 360`) =>
  post<ReviewCycle>(w.owner.token, '/api/review-cycles', {
    name,
    periodStart: PERIOD.start,
    periodEnd: PERIOD.end,
    peersPerPerson: 0,
  });

/** Saves complete ratings on the caller's scorecard and submits it. */
export async function submitScorecard(session: Session, interview: Interview): Promise<void> {
  const auth = bearer(session.token);
  const path = `/api/interviews/${interview.id}/scorecards/me`;
  await expectStatus(
    api()
      .put(path)
      .set(auth)
      .send({ ratings: fullRatings(interview), recommendation: 'yes' }),
    200,
  );
  await expectStatus(api().post(`${path}/submit`).set(auth), 200);
}

/** The self-review of `role`'s user (the owner's for null) in a new cycle, still open. */
export async function freshSelfReview(w: World, role: Role | null): Promise<string> {
  const cycle = await freshCycle(w, 'Fresh 360');
  const mine = await myAssignments(as(w, role));
  const self = mine.find((a) => a.cycleId === cycle.id && a.relation === 'self');
  if (!self) throw new Error(`no self-review for ${role ?? 'owner'} in a fresh cycle`);
  return self.id;
}

/** Each user's self-review id in `cycle`. */
async function selfReviews(
  w: Pick<World, 'users'>,
  cycle: ReviewCycle,
): Promise<Partial<Record<Role, string>>> {
  const out: Partial<Record<Role, string>> = {};
  await Promise.all(
    (Object.entries(w.users) as [Role, Session][]).map(async ([role, session]) => {
      const self = (await myAssignments(session)).find(
        (a) => a.cycleId === cycle.id && a.relation === 'self',
      );
      if (self) out[role] = self.id;
    }),
  );
  return out;
}

/**
 * Builds an organization. `full` adds a signed-in user of every role (with a staff record each, on
 * every panel); a light world has the owner alone, which is what the fuzzer needs.
 */
export async function buildWorld(marker: string, { full }: { full: boolean }): Promise<World> {
  const owner = await signup(`${marker} Practice`);
  const token = owner.token;
  const users: Partial<Record<Role, Session>> = { owner };
  // Independent steps run side by side: the API serializes what must be (the audit chain locks).
  const others = full ? ROLES.filter((r) => r !== 'owner') : [];
  const sessions = await Promise.all(
    [...others, ...(full ? (['hiring_manager'] as const) : [])].map((role) => userWithRoles(owner, [role])),
  );
  const [invitee, location, comps, kit] = await Promise.all([
    createUser(token, ['staff'], `${marker} Invitee`).then((created) => created.user),
    post<Location>(token, '/api/locations', { name: `${marker} Main`, code: 'MAIN' }),
    competencies(token),
    createKit(token, `${marker} kit`),
  ]);
  others.forEach((role, i) => (users[role] = sessions[i]));
  const opening = await post<Opening>(token, '/api/openings', {
    title: `${marker} coordinator`,
    locationId: location.id,
    hiringManagerId: (users.hiring_manager ?? owner).user.id,
    kitId: kit.id,
  });
  const partial = { marker, owner, users, opening } as World;
  const other = full ? await otherManagerOf(partial, sessions[others.length], location, kit) : undefined;
  const [candidate, doneApplication] = await Promise.all([
    post<Candidate>(token, '/api/candidates', { name: `${marker} Casey`, email: uniqueEmail('casey') }),
    freshApplication(partial),
  ]);
  const application = await post<Application>(token, '/api/applications', {
    candidateId: candidate.id,
    openingId: opening.id,
  });
  const [interview, doneInterview] = await Promise.all([
    freshInterview(partial, application.id),
    freshInterview(partial, doneApplication.id),
  ]);
  const panel = PANEL.flatMap((role) => users[role] ?? []);

  // Staff: the leader first, everyone else reports to them; one more person without an account.
  const staff: Partial<Record<Role, StaffMember>> = {};
  const staffOf = (role: Role, managerId: string | null) =>
    createStaff(token, {
      name: `${marker} ${role}`,
      email: users[role]?.email,
      roleTitle: `${marker} ${role} title`,
      locationId: location.id,
      userId: users[role]?.user.id,
      managerId,
    }).then((s) => (staff[role] = s));
  if (users.leader) await staffOf('leader', null);
  const managerId = staff.leader?.id ?? null;
  const [subject] = await Promise.all([
    createStaff(token, {
      name: `${marker} Subject`,
      email: uniqueEmail('subject'),
      roleTitle: `${marker} title`,
      locationId: location.id,
      managerId,
    }),
    ...(Object.keys(users) as Role[]).filter((r) => r !== 'leader').map((role) => staffOf(role, managerId)),
  ]);
  // At most ~7 requests at once: ten concurrent scorecard saves starve the API's pool of 10
  // connections (see the report of issue 7), and the world is not the place to test that.
  await Promise.all(panel.map((session) => submitScorecard(session, doneInterview)));

  const file = csv([
    ['staff_email', 'location_code', 'period', 'metric', 'value'],
    [subject.email, '', '2026-08', 'on_time_rate', '0.9'],
    ['', 'MAIN', '2026-08', 'review_rating', '4.6'],
  ]);
  const [observation, cycle, goal] = await Promise.all([
    post<Observation>(leader(partial).token, '/api/observations', {
      staffMemberId: subject.id,
      competencyId: comps[0].id,
      kind: 'coaching',
      note: `${marker} note`,
      observedAt: '2026-08-10',
    }),
    freshCycle(partial),
    post<LeadershipGoal>(token, '/api/leadership-goals', {
      ownerId: leader(partial).user.id,
      competencyId: comps[0].id,
      title: `${marker} goal`,
      description: `${marker} greets every patient by name`,
      target: 'upward empathy ≥ 4.2',
      dueDate: '2027-03-31',
    }),
    expectStatus(importCsv(token, file), 200),
    expectStatus(
      api()
        .put(`/api/candidates/${candidate.id}/self-identification`)
        .set(bearer(token))
        .send({ sex: 'female' }),
      200,
    ),
  ]);
  const [assignments] = await Promise.all([
    selfReviews(partial, cycle),
    post(token, `/api/leadership-goals/${goal.id}/check-ins`, {
      progress: 20,
      note: `${marker} check-in`,
      date: '2026-08-15',
    }),
  ]);

  return {
    ...partial,
    invitee,
    location,
    competencies: comps,
    kit,
    candidate,
    application,
    interview,
    doneApplication,
    doneInterview,
    staff,
    subject,
    observation,
    cycle,
    assignments,
    goal,
    other,
  };
}

async function otherManagerOf(w: World, session: Session, location: Location, kit: InterviewKit): Promise<OtherManager> {
  const opening = await post<Opening>(w.owner.token, '/api/openings', {
    title: `${w.marker} billing specialist`,
    locationId: location.id,
    hiringManagerId: session.user.id,
    kitId: kit.id,
  });
  return { session, opening, application: await freshApplication(w, opening.id) };
}

/** Signed-in users of every role in a second organization (its owner included). */
export async function outsiders(marker: string): Promise<Record<Role, Session>> {
  const owner = await signup(`${marker} Practice`);
  const others = ROLES.filter((r) => r !== 'owner');
  const sessions = await Promise.all(others.map((role) => userWithRoles(owner, [role])));
  return Object.fromEntries([['owner', owner], ...others.map((role, i) => [role, sessions[i]])]) as Record<
    Role,
    Session
  >;
}
