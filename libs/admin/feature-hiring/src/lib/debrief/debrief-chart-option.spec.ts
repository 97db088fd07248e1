import type { CompetencyAggregate } from '@rapport/shared/contracts';
import { type ChartColors, debriefChartOption, debriefChartSummary } from './debrief-chart-option';

const colors: ChartColors = {
  text: '#111',
  muted: '#555',
  grid: '#ddd',
  range: '#aaa',
  disagreement: '#c00',
  mean: '#333',
  series: ['#a60', '#060'],
};

const aggregate = (over: Partial<CompetencyAggregate>): CompetencyAggregate => ({
  competencyId: 'c',
  competencyName: 'C',
  mean: 3,
  min: 3,
  max: 3,
  sd: 0,
  n: 2,
  disagreement: false,
  byInterviewer: [],
  ...over,
});

const competencies = [
  aggregate({
    competencyId: 'empathy',
    competencyName: 'Empathy & warmth',
    mean: 3.5,
    min: 2,
    max: 5,
    disagreement: true,
    byInterviewer: [
      { interviewerId: 'maya', score: 2 },
      { interviewerId: 'ivan', score: 5 },
    ],
  }),
  aggregate({
    competencyId: 'billing',
    competencyName: 'Billing integrity',
    mean: 4,
    min: 4,
    max: 4,
    byInterviewer: [
      { interviewerId: 'maya', score: 4 },
      { interviewerId: 'ivan', score: 4 },
    ],
  }),
];
const raters = [
  { id: 'maya', name: 'Maya Chen' },
  { id: 'ivan', name: 'Ivan Novak' },
];

describe('debriefChartOption', () => {
  const option = debriefChartOption(competencies, raters, colors);

  it('lists competencies top-down and flags the ones the panel disagrees on', () => {
    // Category axes draw from the bottom, so the data is reversed.
    expect(option.yAxis.data).toEqual(['Billing integrity', 'Empathy & warmth ⚑']);
  });

  it('draws the spread from min to max, red where the panel disagrees', () => {
    const [base, spread] = option.series as unknown as [{ data: number[] }, { data: { value: number; itemStyle: { color: string } }[] }];
    expect(base.data).toEqual([4, 2]);
    expect(spread.data.map((d) => d.value)).toEqual([0, 3]);
    expect(spread.data.map((d) => d.itemStyle.color)).toEqual(['#aaa', '#c00']);
  });

  it("plots each interviewer's scores as their own series, offset so ties stay visible", () => {
    const series = option.series.slice(3) as { name: string; data: number[][]; symbolOffset: number[]; itemStyle: { color: string } }[];
    expect(series.map((s) => s.name)).toEqual(['Maya Chen', 'Ivan Novak']);
    expect(series.map((s) => s.itemStyle.color)).toEqual(['#a60', '#060']);
    expect(series[0].data).toEqual([
      [4, 0],
      [2, 1],
    ]);
    expect(series[1].data).toEqual([
      [4, 0],
      [5, 1],
    ]);
    expect(series[0].symbolOffset[1]).not.toBe(series[1].symbolOffset[1]);
    expect(option.legend.data).toEqual(['Maya Chen', 'Ivan Novak']);
  });

  it('says the same in words', () => {
    expect(debriefChartSummary(competencies, raters)).toBe(
      "Each interviewer's score by competency. Empathy & warmth: Maya Chen 2, Ivan Novak 5 (panel disagrees); " +
        'Billing integrity: Maya Chen 4, Ivan Novak 4.',
    );
  });
});
