import type { ReviewResults } from '@rapport/shared/contracts';
import { competencyResultsOptions } from './profile-charts';

describe('competencyResultsOptions', () => {
  const results: ReviewResults = {
    cycleId: 'c',
    cycleStatus: 'closed',
    staffMemberId: 's',
    minRaters: 3,
    competencies: [
      {
        competencyId: 'c1',
        competencyName: 'Empathy & warmth',
        self: { rating: 5, comment: '' },
        manager: { rating: 4, comment: '' },
        peer: { suppressed: false, n: 3, mean: 3.667, comments: [] },
        upward: { suppressed: true, reason: 'below_min_raters', minRaters: 3 },
      },
      {
        competencyId: 'c2',
        competencyName: 'Responsiveness',
        self: null,
        manager: { rating: 3, comment: '' },
        peer: { suppressed: true, reason: 'below_min_raters', minRaters: 3 },
        upward: { suppressed: true, reason: 'below_min_raters', minRaters: 3 },
      },
    ],
  };

  it('draws no bar (not zero) for withheld results and leaves out relations with nothing to show', () => {
    const options = competencyResultsOptions(results) as { series: { name: string; data: (number | null)[] }[]; xAxis: { data: string[] } };
    expect(options.xAxis.data).toEqual(['Empathy', 'Responsiveness']);
    expect(options.series.map((s) => s.name)).toEqual(['Self', 'Manager', 'Peers']);
    expect(options.series.find((s) => s.name === 'Peers')?.data).toEqual([3.67, null]);
    expect(options.series.find((s) => s.name === 'Self')?.data).toEqual([5, null]);
  });
});
