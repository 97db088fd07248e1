import type { CultureScoresResponse, Location, StaffMember } from '@rapport/shared/contracts';
import { buildStaffRows, filterStaffRows, sortStaffRows } from './staff-rows';

const person = (id: string, name: string, locationId: string, roleTitle = 'Nurse injector') =>
  ({ id, name, locationId, roleTitle, email: `${id}@demo.rapport.test` }) as StaffMember;
const locations = [
  { id: 'dtn', name: 'Downtown Clinic' },
  { id: 'ngt', name: 'Northgate Studio' },
] as Location[];
const staff = [person('a', 'Ana Silva', 'dtn'), person('b', 'Ben Carter', 'ngt', 'Patient coordinator'), person('c', 'Cleo Park', 'ngt')];
const breakdown = { components: [], dropped: [], serviceMetrics: [], observations: { recognitions: 0, coaching: 0 } };
const scores = {
  periods: ['2026-01', '2026-02'],
  items: [
    {
      subjectId: 'a',
      points: [
        { period: '2026-01', score: 70, delta: null, insufficient_data: false, breakdown },
        { period: '2026-02', score: 82, delta: 12, insufficient_data: true, breakdown },
      ],
    },
    { subjectId: 'b', points: [{ period: '2026-01', score: 55, delta: null, insufficient_data: false, breakdown }] },
  ],
} as unknown as CultureScoresResponse;

describe('staff rows', () => {
  const rows = buildStaffRows(staff, locations, scores);

  it('takes the latest scored month and the whole trend, and marks people whose score is private', () => {
    expect(rows[0]).toMatchObject({ locationName: 'Downtown Clinic', scoreVisible: true, score: 82, insufficient: true, delta: 12 });
    expect(rows[0].trend).toEqual([70, 82]);
    expect(rows[1]).toMatchObject({ score: 55, trend: [55, null] });
    expect(rows[2]).toMatchObject({ scoreVisible: false, score: null, trend: [null, null] });
  });

  it('searches name, role and email and filters by location', () => {
    expect(filterStaffRows(rows, { search: 'coordinator', locationId: '', score: 'all' }).map((r) => r.member.id)).toEqual(['b']);
    expect(filterStaffRows(rows, { search: '', locationId: 'ngt', score: 'all' }).map((r) => r.member.id)).toEqual(['b', 'c']);
    expect(filterStaffRows(rows, { search: 'ANA', locationId: '', score: 'all' }).map((r) => r.member.id)).toEqual(['a']);
  });

  it('filters by score band, leaving out people whose score is private', () => {
    expect(filterStaffRows(rows, { search: '', locationId: '', score: 'low' }).map((r) => r.member.id)).toEqual(['b']);
    expect(filterStaffRows(rows, { search: '', locationId: '', score: 'none' })).toEqual([]);
  });

  it('sorts by score with missing scores last in both directions', () => {
    expect(sortStaffRows(rows, 'score', 'desc').map((r) => r.member.id)).toEqual(['a', 'b', 'c']);
    expect(sortStaffRows(rows, 'score', 'asc').map((r) => r.member.id)).toEqual(['b', 'a', 'c']);
    expect(sortStaffRows(rows, 'location', 'desc').map((r) => r.member.id)).toEqual(['b', 'c', 'a']);
  });
});
