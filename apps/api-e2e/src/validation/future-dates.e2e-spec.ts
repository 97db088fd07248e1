import { competencies, createGoal, createLocation, createStaff, leaderTeam, PERIOD } from '../culture/culture.factory';
import { hiringWorld } from '../hiring/hiring.factory';
import { signup } from '../factories';
import { count } from '../support/db';
import { api, bearer, errorFields, expectStatus } from '../support/http';

/** `YYYY-MM-DD`, `years` years and `days` days from today (UTC). */
function fromToday(years: number, days = 0): string {
  const d = new Date(Date.now() + days * 24 * 3600 * 1000);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/** A 400 naming exactly `fields`, each with a message that says how late the date may be. */
function expectTooLate(res: Parameters<typeof errorFields>[0], ...fields: string[]): void {
  expect(errorFields(res)).toEqual(fields);
  fields.forEach((field, i) =>
    expect(res.body.errors[i].message).toMatch(new RegExp(`^${field} must not be later than \\d{4}-\\d{2}-\\d{2}`)),
  );
}

/** Dates far in the future are typos that would sit in every report and trend (issue 13). */
describe('dates far in the future are refused, naming the field', () => {
  it('staff hire date: more than a year ahead is refused on create and edit; within the year is fine', async () => {
    const owner = await signup('Future Hire Clinic');
    const location = await createLocation(owner.token);
    const body = { name: 'Far Future', email: 'far.future@e2e.rapport.test', roleTitle: 'Nurse', locationId: location.id };
    for (const hiredAt of ['2999-01-01', fromToday(1, 2)]) {
      expectTooLate(await api().post('/api/staff').set(bearer(owner.token)).send({ ...body, hiredAt }), 'hiredAt');
    }
    expect(await count('staff_members')).toBe(0);
    const staff = await createStaff(owner.token, { locationId: location.id, hiredAt: fromToday(0, 60) });
    expectTooLate(
      await api().patch(`/api/staff/${staff.id}`).set(bearer(owner.token)).send({ hiredAt: '9999-12-31', version: staff.version }),
      'hiredAt',
    );
  });

  it('review cycle start and end: more than two years ahead is refused', async () => {
    const owner = await signup('Future Cycle Clinic');
    const send = (periodStart: string, periodEnd: string) =>
      api().post('/api/review-cycles').set(bearer(owner.token)).send({ name: 'Far cycle', periodStart, periodEnd, peersPerPerson: 0 });
    expectTooLate(await send(PERIOD.start, '9999-12-31'), 'periodEnd');
    expectTooLate(await send(fromToday(2, 2), fromToday(2, 30)), 'periodStart', 'periodEnd');
    expect(await count('review_cycles')).toBe(0);
  });

  it('goal due date (more than five years) and check-in date (after today) are refused', async () => {
    const owner = await signup('Future Goal Clinic');
    const team = await leaderTeam(owner, 1);
    const [competency] = await competencies(owner.token);
    const goalBody = {
      ownerId: team.leader.session.user.id,
      competencyId: competency.id,
      title: 'Far goal',
      description: 'Someday',
      target: 'upward ≥ 4',
    };
    expectTooLate(await api().post('/api/leadership-goals').set(bearer(owner.token)).send({ ...goalBody, dueDate: '3026-01-01' }), 'dueDate');
    const goal = await createGoal(owner.token, team.leader.session.user.id, competency.id);
    expectTooLate(
      await api().patch(`/api/leadership-goals/${goal.id}`).set(bearer(owner.token)).send({ dueDate: fromToday(5, 2), version: goal.version }),
      'dueDate',
    );
    const checkIn = (date: string) =>
      api().post(`/api/leadership-goals/${goal.id}/check-ins`).set(bearer(owner.token)).send({ progress: 10, note: 'Started', date });
    expectTooLate(await checkIn(fromToday(0, 3)), 'date');
    expectTooLate(await checkIn('2999-06-01'), 'date');
    await expectStatus(checkIn(fromToday(0)), 201);
  });

  it('observation date: a far-future day is refused', async () => {
    const owner = await signup('Future Observation Clinic');
    const team = await leaderTeam(owner, 1);
    const [competency] = await competencies(owner.token);
    const observed = await api()
      .post('/api/observations')
      .set(bearer(owner.token))
      .send({ staffMemberId: team.reports[0].staff.id, competencyId: competency.id, kind: 'recognition', note: 'Kind', observedAt: '2999-01-01' });
    expectTooLate(observed, 'observedAt');
    expect(await count('observations')).toBe(0);
  });

  it('interview time: more than a year ahead is refused', async () => {
    const world = await hiringWorld(await signup('Future Interview Clinic'));
    const scheduled = await api()
      .post('/api/interviews')
      .set(bearer(world.manager.token))
      .send({ applicationId: world.application.id, scheduledAt: '2999-01-01T10:00:00.000Z', interviewerIds: [world.i1.user.id] });
    expectTooLate(scheduled, 'scheduledAt');
    expect(await count('interviews')).toBe(0);
  });
});
