import type { LeadershipGoal, User } from '@rapport/shared/contracts';
import { leaderRows } from './leaders.page';

const user = (id: string, name: string, roles: User['roles'], active = true) => ({ id, name, roles, active }) as User;
const goal = (ownerId: string, progress: number | null) => ({ ownerId, progress }) as LeadershipGoal;

describe('leaderRows', () => {
  it('lists active leaders and owners by name with their goal count and average progress', () => {
    const rows = leaderRows(
      [
        user('u1', 'Dr. Leo Martins', ['leader']),
        user('u2', 'Adam Reyes', ['admin']),
        user('u3', 'Dr. Olivia Hart', ['owner', 'leader']),
        user('u4', 'Dr. Gone', ['leader'], false),
      ],
      [goal('u1', 40), goal('u1', 61), goal('u1', null), goal('u3', null)],
    );
    expect(rows.map((r) => [r.user.name, r.goals, r.progress])).toEqual([
      ['Dr. Leo Martins', 3, 51],
      ['Dr. Olivia Hart', 1, null],
    ]);
  });
});
