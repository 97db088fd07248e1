import { REVIEW_THEMES } from '@rapport/shared/contracts';
import { SUMMARY } from '../testing/patient-fixtures';
import { reviewVolumeOptions, themeTable, themeTrendOptions } from './review-charts';

describe('themeTable', () => {
  it('sums each location’s reviews and theme counts over the period, the mean weighted by reviews', () => {
    const [downtown, northgate] = themeTable(SUMMARY);
    expect(downtown.count).toBe(4);
    expect(downtown.meanRating).toBe(3.5);
    expect(downtown.themes).toMatchObject({ staff: 3, billing: 2, pressure_to_buy: 0 });
    expect(northgate).toMatchObject({ count: 1, meanRating: 1, themes: { pressure_to_buy: 1, staff: 0 } });
  });

  it('has no mean rating for a location without reviews', () => {
    const empty = themeTable({ ...SUMMARY, points: [] });
    expect(empty.map((r) => [r.count, r.meanRating])).toEqual([
      [0, null],
      [0, null],
    ]);
  });
});

describe('review charts', () => {
  it('draws reviews per location and period, zero where a period had none', () => {
    const options = reviewVolumeOptions(SUMMARY) as { xAxis: { data: string[] }; series: { name: string; data: number[] }[] };
    expect(options.xAxis.data).toEqual(['Apr 2026', 'May 2026']);
    expect(options.series.map((s) => [s.name, s.data])).toEqual([
      ['Downtown Clinic', [2, 2]],
      ['Northgate Studio', [0, 1]],
    ]);
  });

  it('stacks one series per theme, summed over the locations', () => {
    const options = themeTrendOptions(SUMMARY) as { series: { name: string; stack: string; data: number[] }[] };
    expect(options.series).toHaveLength(REVIEW_THEMES.length);
    expect(options.series.find((s) => s.name === 'Staff')?.data).toEqual([2, 1]);
    expect(options.series.find((s) => s.name === 'Pressure to buy')?.data).toEqual([0, 1]);
    expect(new Set(options.series.map((s) => s.stack))).toEqual(new Set(['themes']));
  });
});
