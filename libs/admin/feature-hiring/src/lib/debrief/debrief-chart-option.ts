import type { CompetencyAggregate } from '@rapport/shared/contracts';

export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  range: string;
  disagreement: string;
  mean: string;
  /** One per interviewer, reused in turn. */
  series: string[];
}

export interface Rater {
  id: string;
  name: string;
}

const DISAGREE_MARK = ' ⚑';

/**
 * The debrief chart as an ECharts option: one row per competency, the panel's spread as a bar from
 * min to max (red when the panel disagrees), the mean as a diamond, and each interviewer's score as a
 * point in their own color (offset vertically so equal scores stay visible). Pure, so it is tested
 * without a canvas.
 */
export function debriefChartOption(competencies: CompetencyAggregate[], raters: Rater[], colors: ChartColors) {
  // ECharts draws the first category at the bottom; reverse so the list reads top-down like the table.
  const rows = [...competencies].reverse();
  const labels = rows.map((c) => c.competencyName + (c.disagreement ? DISAGREE_MARK : ''));
  const offsetStep = 7;
  return {
    animation: false,
    textStyle: { color: colors.text },
    // ECharts 6 keeps axis labels inside the chart by default (grid.outerBounds).
    grid: { left: 8, right: 24, top: 40, bottom: 32 },
    legend: { top: 0, textStyle: { color: colors.text }, data: raters.map((r) => r.name) },
    tooltip: { trigger: 'item' },
    xAxis: {
      type: 'value',
      min: 1,
      max: 5,
      interval: 1,
      name: 'Score (1–5)',
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: { color: colors.muted },
      splitLine: { lineStyle: { color: colors.grid } },
    },
    yAxis: {
      type: 'category',
      data: labels,
      axisLabel: {
        color: colors.text,
        width: 170,
        overflow: 'break',
        lineHeight: 16,
      },
      axisTick: { show: false },
    },
    series: [
      // Invisible base up to the minimum, so the visible bar stacked on it spans min → max.
      {
        type: 'bar',
        stack: 'range',
        silent: true,
        barWidth: 10,
        itemStyle: { color: 'transparent' },
        data: rows.map((c) => c.min ?? 0),
        tooltip: { show: false },
      },
      {
        name: 'Spread (min–max)',
        type: 'bar',
        stack: 'range',
        barWidth: 10,
        data: rows.map((c) => ({
          value: c.min === null || c.max === null ? 0 : c.max - c.min,
          itemStyle: { color: c.disagreement ? colors.disagreement : colors.range, borderRadius: 5 },
        })),
        tooltip: {
          formatter: (p: { dataIndex: number }) => {
            const c = rows[p.dataIndex];
            return `${c.competencyName}: ${c.min}–${c.max}${c.disagreement ? ' (panel disagrees)' : ''}`;
          },
        },
      },
      {
        name: 'Panel mean',
        type: 'scatter',
        symbol: 'diamond',
        symbolSize: 12,
        itemStyle: { color: colors.mean },
        data: rows.map((c, i) => (c.mean === null ? null : [c.mean, i])),
        tooltip: { formatter: (p: { value: [number, number] }) => `Mean ${p.value[0]}` },
        z: 3,
      },
      ...raters.map((rater, r) => ({
        name: rater.name,
        type: 'scatter',
        symbolSize: 14,
        // Explicit: the palette would otherwise count the bar and mean series first.
        itemStyle: { color: colors.series[r % colors.series.length] },
        symbolOffset: [0, (r - (raters.length - 1) / 2) * offsetStep],
        data: rows.flatMap((c, i) => {
          const score = c.byInterviewer.find((s) => s.interviewerId === rater.id)?.score;
          return score === undefined ? [] : [[score, i]];
        }),
        tooltip: { formatter: (p: { value: [number, number] }) => `${rater.name}: ${p.value[0]}` },
        z: 4,
      })),
    ],
  };
}

/** The same data in words, for the chart's accessible name. */
export function debriefChartSummary(competencies: CompetencyAggregate[], raters: Rater[]): string {
  const name = (id: string) => raters.find((r) => r.id === id)?.name ?? 'An interviewer';
  const parts = competencies.map((c) => {
    const scores = c.byInterviewer.map((s) => `${name(s.interviewerId)} ${s.score}`).join(', ');
    return `${c.competencyName}: ${scores || 'no ratings'}${c.disagreement ? ' (panel disagrees)' : ''}`;
  });
  return `Each interviewer's score by competency. ${parts.join('; ')}.`;
}
