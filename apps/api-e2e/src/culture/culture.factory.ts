import type {
  Competency,
  CreateReviewCycleRequest,
  CreateStaffMemberRequest,
  LeadershipGoal,
  Location,
  Page,
  ReviewAssignment,
  ReviewCycle,
  ReviewRatingInput,
  Role,
  StaffMember,
} from '@rapport/shared/contracts';
import type { Test } from 'supertest';
import { acceptInvite, createUser, type Session } from '../factories';
import { api, bearer, expectStatus } from '../support/http';

/** A review period well in the past, so observations and metric months inside it are never "in the future". */
export const PERIOD = {
  start: '2026-07-01',
  end: '2026-09-30',
  months: ['2026-07', '2026-08', '2026-09'],
  quarter: '2026-Q3',
};

export async function competencies(token: string): Promise<Competency[]> {
  return (
    (await expectStatus(api().get('/api/competencies').set(bearer(token)), 200)).body as Page<Competency>
  ).items;
}

export async function createLocation(token: string, name = 'Main clinic', code = 'MAIN'): Promise<Location> {
  return (await expectStatus(api().post('/api/locations').set(bearer(token)).send({ name, code }), 201))
    .body as Location;
}

export async function createStaff(
  token: string,
  body: Partial<CreateStaffMemberRequest> & { locationId: string },
): Promise<StaffMember> {
  const res = await expectStatus(
    api()
      .post('/api/staff')
      .set(bearer(token))
      .send({
        name: 'Sam Staff',
        email: `sam.${Math.random().toString(36).slice(2)}@e2e.rapport.test`,
        roleTitle: 'Coordinator',
        hiredAt: '2025-03-01',
        ...body,
      }),
    201,
  );
  return res.body as StaffMember;
}

/** A person who signs in (a user with `roles`) and is on the team (a staff record linked to that user). */
export interface Member {
  session: Session;
  staff: StaffMember;
}

export async function member(
  owner: Session,
  roles: Role[],
  opts: { locationId: string; managerId?: string; roleTitle?: string; name?: string },
): Promise<Member> {
  const name = opts.name ?? `Person ${Math.random().toString(36).slice(2, 7)}`;
  const created = await createUser(owner.token, roles, name);
  const session = await acceptInvite(created.invitationToken, created.email);
  const staff = await createStaff(owner.token, {
    name,
    email: created.email,
    roleTitle: opts.roleTitle ?? 'Coordinator',
    locationId: opts.locationId,
    managerId: opts.managerId ?? null,
    userId: session.user.id,
  });
  return { session, staff };
}

export interface LeaderTeam {
  location: Location;
  leader: Member;
  reports: Member[];
}

/** A leader (role `leader`) with `size` direct reports (role `staff`) in one location. */
export async function leaderTeam(owner: Session, size: number): Promise<LeaderTeam> {
  const location = await createLocation(owner.token);
  const leader = await member(owner, ['leader'], {
    locationId: location.id,
    roleTitle: 'Physician',
    name: 'Dr Lead',
  });
  const reports: Member[] = [];
  for (let i = 0; i < size; i++) {
    reports.push(
      await member(owner, ['staff'], {
        locationId: location.id,
        managerId: leader.staff.id,
        name: `Report ${i + 1}`,
      }),
    );
  }
  return { location, leader, reports };
}

export async function createCycle(
  token: string,
  body: Partial<CreateReviewCycleRequest> = {},
): Promise<ReviewCycle> {
  const res = await expectStatus(
    api()
      .post('/api/review-cycles')
      .set(bearer(token))
      .send({ name: 'Q3 360', periodStart: PERIOD.start, periodEnd: PERIOD.end, peersPerPerson: 0, ...body }),
    201,
  );
  return res.body as ReviewCycle;
}

export async function closeCycle(token: string, cycleId: string): Promise<ReviewCycle> {
  return (await expectStatus(api().post(`/api/review-cycles/${cycleId}/close`).set(bearer(token)), 200))
    .body as ReviewCycle;
}

export async function myAssignments(session: Session): Promise<ReviewAssignment[]> {
  return (
    (await expectStatus(api().get('/api/me/review-assignments').set(bearer(session.token)), 200))
      .body as Page<ReviewAssignment>
  ).items;
}

/** Saves and submits the caller's review of `subjectStaffId` in the given relation (in the open cycle). */
export async function review(
  session: Session,
  subjectStaffId: string,
  relation: ReviewAssignment['relation'],
  ratings: ReviewRatingInput[],
): Promise<ReviewAssignment> {
  const assignment = (await myAssignments(session)).find(
    (a) => a.subject.staffMemberId === subjectStaffId && a.relation === relation && a.cycleStatus === 'open',
  );
  if (!assignment) throw new Error(`no ${relation} assignment of ${subjectStaffId} for ${session.email}`);
  await expectStatus(
    api().put(`/api/review-assignments/${assignment.id}`).set(bearer(session.token)).send({ ratings }),
    200,
  );
  return (
    await expectStatus(
      api().post(`/api/review-assignments/${assignment.id}/submit`).set(bearer(session.token)),
      200,
    )
  ).body as ReviewAssignment;
}

export async function createGoal(
  token: string,
  ownerId: string,
  competencyId: string,
  title = 'Model warmth at the front desk',
): Promise<LeadershipGoal> {
  const res = await expectStatus(
    api()
      .post('/api/leadership-goals')
      .set(bearer(token))
      .send({
        ownerId,
        competencyId,
        title,
        description: 'Greet every patient by name',
        target: 'upward empathy ≥ 4.2',
        dueDate: '2027-03-31',
      }),
    201,
  );
  return res.body as LeadershipGoal;
}

export function observe(
  token: string,
  body: { staffMemberId: string; competencyId: string; kind: 'recognition' | 'coaching'; note?: string },
): Test {
  return api()
    .post('/api/observations')
    .set(bearer(token))
    .send({ note: 'Seen at the front desk', observedAt: '2026-08-10', ...body });
}

/** A CSV file from rows of cells (the first row is the header). */
export const csv = (rows: string[][]) => rows.map((r) => r.join(',')).join('\n') + '\n';

export function importCsv(token: string, text: string, dryRun = false): Test {
  return api()
    .post(`/api/service-metrics/import${dryRun ? '?dryRun=true' : ''}`)
    .set(bearer(token))
    .attach('file', Buffer.from(text), 'metrics.csv');
}
