import type { LeaderOverview, LeadershipGoal, Page } from '@rapport/shared/contracts';
import { signup, userWithRoles } from '../factories';
import { count, query } from '../support/db';
import { api, bearer, errorFields, expectProblem, expectStatus } from '../support/http';
import { competencies, createGoal } from './culture.factory';

const goals = async (token: string) =>
  (await expectStatus(api().get('/api/leadership-goals').set(bearer(token)), 200))
    .body as Page<LeadershipGoal>;

describe('leadership goals belong to their leader', () => {
  it('shows a leader their own goals only, HR every goal, and answers 404 to another leader', async () => {
    const owner = await signup('Lumen');
    const [leaderA, leaderB, hr] = [
      await userWithRoles(owner, ['leader']),
      await userWithRoles(owner, ['leader']),
      await userWithRoles(owner, ['hr']),
    ];
    const [c1] = await competencies(owner.token);
    const goalA = await createGoal(leaderA.token, leaderA.user.id, c1.id, 'A: greet by name');
    const goalB = await createGoal(leaderB.token, leaderB.user.id, c1.id, 'B: return calls same day');
    expect(goalA).toMatchObject({ ownerId: leaderA.user.id, progress: null, checkIns: [], version: 1 });

    expect((await goals(leaderA.token)).items.map((g) => g.id)).toEqual([goalA.id]);
    const asB = await expectStatus(
      api().get('/api/leadership-goals').query({ ownerId: leaderA.user.id }).set(bearer(leaderB.token)),
      200,
    );
    expect(asB.body).toEqual({ items: [], total: 0, nextCursor: null });
    expect((await goals(hr.token)).items.map((g) => g.id).sort()).toEqual([goalA.id, goalB.id].sort());

    // Another leader's goal does not exist for them: 404 (not 403), and nothing changes.
    expectProblem(await api().get(`/api/leadership-goals/${goalA.id}`).set(bearer(leaderB.token)), 404);
    expectProblem(
      await api()
        .patch(`/api/leadership-goals/${goalA.id}`)
        .set(bearer(leaderB.token))
        .send({ title: 'Hijacked', version: goalA.version }),
      404,
    );
    const foreignCheckIn = { progress: 10, note: 'not mine', date: '2026-10-01' };
    expectProblem(
      await api()
        .post(`/api/leadership-goals/${goalA.id}/check-ins`)
        .set(bearer(leaderB.token))
        .send(foreignCheckIn),
      404,
    );
    expectProblem(
      await api().get(`/api/leaders/${leaderA.user.id}/overview`).set(bearer(leaderB.token)),
      404,
    );
    // Setting a goal for someone else is an action a leader may not take on their own data: 403.
    const forA = {
      ownerId: leaderA.user.id,
      competencyId: c1.id,
      title: 'Imposed',
      description: '',
      target: 't',
      dueDate: '2027-01-01',
    };
    expectProblem(await api().post('/api/leadership-goals').set(bearer(leaderB.token)).send(forA), 403);
    expect(await count('leadership_goals')).toBe(2);
    expect(await count('leadership_check_ins')).toBe(0);
    expect(await query('SELECT title FROM leadership_goals WHERE id = $1', [goalA.id])).toEqual([
      { title: 'A: greet by name' },
    ]);

    // HR may set a goal for a leader, and reads the leader page with its goals.
    await createGoal(hr.token, leaderA.user.id, c1.id, 'A: set by HR');
    const overview = (
      await expectStatus(api().get(`/api/leaders/${leaderA.user.id}/overview`).set(bearer(hr.token)), 200)
    ).body as LeaderOverview;
    expect(overview.goals.map((g) => g.title).sort()).toEqual(['A: greet by name', 'A: set by HR']);
    expect((await goals(leaderA.token)).total).toBe(2);

    // Staff do not work with leadership goals at all.
    const staff = await userWithRoles(owner, ['staff']);
    expectProblem(await api().get('/api/leadership-goals').set(bearer(staff.token)), 403);
    expectProblem(await api().get(`/api/leaders/${leaderA.user.id}/overview`).set(bearer(staff.token)), 403);
  });

  it('validates check-ins, keeps their history, and refuses a stale edit with 409', async () => {
    const owner = await signup('Lumen');
    const leader = await userWithRoles(owner, ['leader']);
    const staff = await userWithRoles(owner, ['staff']);
    const [c1] = await competencies(owner.token);
    const goal = await createGoal(leader.token, leader.user.id, c1.id);
    const checkIn = (body: object) =>
      api().post(`/api/leadership-goals/${goal.id}/check-ins`).set(bearer(leader.token)).send(body);

    expect(errorFields(await checkIn({ progress: 130, note: 'overachieved', date: '2026-10-01' }))).toEqual([
      'progress',
    ]);
    expect(errorFields(await checkIn({ progress: -1, note: 'x', date: '2026-10-01' }))).toEqual(['progress']);
    expect(errorFields(await checkIn({ progress: 40.5, note: 'x', date: '2026-10-31' }))).toEqual([
      'progress',
    ]);
    expect(await count('leadership_check_ins')).toBe(0);

    await expectStatus(checkIn({ progress: 30, note: 'Started greeting by name', date: '2026-10-01' }), 201);
    const after = (
      await expectStatus(checkIn({ progress: 55, note: 'Staff noticed', date: '2026-11-01' }), 201)
    ).body as LeadershipGoal;
    expect(after.progress).toBe(55);
    expect(after.checkIns.map((c) => [c.progress, c.note, c.date, c.authorId])).toEqual([
      [30, 'Started greeting by name', '2026-10-01', leader.user.id],
      [55, 'Staff noticed', '2026-11-01', leader.user.id],
    ]);

    const patch = (body: object) =>
      api().patch(`/api/leadership-goals/${goal.id}`).set(bearer(leader.token)).send(body);
    const edited = (
      await expectStatus(patch({ title: 'Greet every patient by name', version: goal.version }), 200)
    ).body as LeadershipGoal;
    expect(edited.version).toBe(goal.version + 1);
    expectProblem(await patch({ title: 'Edit from a stale page', version: goal.version }), 409);
    expect(await query('SELECT title, version FROM leadership_goals WHERE id = $1', [goal.id])).toEqual([
      { title: 'Greet every patient by name', version: edited.version },
    ]);
    // A goal's owner must be a leader (or the owner of the practice), even when the owner assigns it.
    const reassign = api()
      .patch(`/api/leadership-goals/${goal.id}`)
      .set(bearer(owner.token))
      .send({ ownerId: staff.user.id, version: edited.version });
    expect(errorFields(await reassign)).toEqual(['ownerId']);
    expect(await count('leadership_goals', { owner_id: leader.user.id })).toBe(1);
  });
});
