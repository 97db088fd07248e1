import type { CultureHeatmap, CultureScoresResponse } from '@rapport/shared/contracts';
import { cellLabel, heatmapOptions, NO_NUMBER, scoreAxisMin, trendOptions, trendWords } from './overview-charts';

const breakdown = { components: [], dropped: [], serviceMetrics: [], observations: { recognitions: 0, coaching: 0 } };

describe('trendOptions', () => {
  it('draws one line per location with a gap where a month has no score', () => {
    const scores: CultureScoresResponse = {
      level: 'location',
      period: 'month',
      from: '2026-01',
      to: '2026-03',
      periods: ['2026-01', '2026-02', '2026-03'],
      minRaters: 3,
      items: [
        {
          subjectId: 'l1',
          name: 'Northgate Studio',
          locationId: 'l1',
          roleTitle: null,
          slope: -2,
          points: [
            { period: '2026-01', score: 80.04, delta: null, insufficient_data: false, breakdown },
            { period: '2026-02', score: null, delta: null, insufficient_data: true, breakdown },
            { period: '2026-03', score: 70, delta: null, insufficient_data: true, breakdown },
          ],
        },
      ],
    };
    const options = trendOptions(scores) as { xAxis: { data: string[] }; series: { name: string; data: unknown[] }[] };
    expect(options.xAxis.data).toEqual(['Jan 2026', 'Feb 2026', 'Mar 2026']);
    expect(options.series[0].name).toBe('Northgate Studio');
    expect(options.series[0].data).toEqual([
      { value: 80, symbol: 'circle' },
      null,
      { value: 70, symbol: 'emptyCircle' },
    ]);
  });
});

describe('heatmapOptions', () => {
  const heatmap: CultureHeatmap = {
    by: 'location',
    from: '2026-01',
    to: '2026-12',
    minRaters: 3,
    competencies: [
      { id: 'c1', name: 'Empathy & warmth' },
      { id: 'c2', name: 'Responsiveness' },
    ],
    groups: [{ key: 'l1', name: 'Downtown Clinic' }],
    cells: [
      { competencyId: 'c1', groupKey: 'l1', insufficient_data: false, reason: null, n: 6, mean: 4.333, score: 83 },
      { competencyId: 'c2', groupKey: 'l1', insufficient_data: true, reason: 'below_min_raters', n: null, mean: null, score: null },
    ],
  };

  it('places each cell by group and competency with its mean', () => {
    const options = heatmapOptions(heatmap) as { series: { data: { value: number[]; label: { formatter: string } }[] }[] };
    expect(options.series[0].data[0].value).toEqual([0, 0, 4.33]);
    expect(options.series[0].data[0].label.formatter).toBe('4.3');
  });

  it('gives withheld cells their own value, colour and words, never a number', () => {
    const options = heatmapOptions(heatmap) as {
      series: { data: { value: number[]; label: { formatter: string }; itemStyle: { borderType?: string } }[] }[];
      visualMap: { pieces: { value?: number; label: string }[] };
    };
    const withheld = options.series[0].data[1];
    expect(withheld.value).toEqual([0, 1, NO_NUMBER]);
    expect(withheld.label.formatter).toBe('< 3 raters');
    expect(withheld.itemStyle.borderType).toBe('dashed');
    expect(options.visualMap.pieces.find((p) => p.value === NO_NUMBER)?.label).toBe('Too few raters or no data');
  });

  it('labels a cell without any ratings as no data', () => {
    expect(cellLabel({ insufficient_data: true, reason: 'no_data', mean: null }, 3)).toBe('No data');
  });
});

describe('trendWords', () => {
  it('says which way a location is going', () => {
    expect(trendWords(-1.84)).toBe('Down 1.8 points a month');
    expect(trendWords(0.2)).toBe('Steady');
    expect(trendWords(null)).toBe('Not enough months for a trend');
  });
});

describe('scoreAxisMin', () => {
  it('starts the axis under the lowest score, in tens, never below 0', () => {
    expect(scoreAxisMin({ min: 63.2 })).toBe(50);
    expect(scoreAxisMin({ min: 70 })).toBe(60);
    expect(scoreAxisMin({ min: 4 })).toBe(0);
  });
});
