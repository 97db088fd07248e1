import * as echarts from 'echarts';
import { toWinAnsi } from './pdf-text';

export const CHART_WIDTH = 640;

/**
 * Renders an ECharts option to SVG on the server (no DOM, no canvas), for PDFs. The instance is
 * always disposed: an undisposed SSR chart keeps a timer alive and the process would never exit.
 */
export function renderChartSvg(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: 'Helvetica' }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export interface LineSeries {
  name: string;
  /** One value per category; `null` = no (or suppressed) value, drawn as a gap. */
  values: (number | null)[];
}

/** A trend chart: one line per series over the categories (periods or cycles). */
export function lineChartSvg(
  title: string,
  categories: readonly string[],
  series: readonly LineSeries[],
  axis: { min: number; max: number; name: string },
  height = 300,
): string {
  return renderChartSvg(
    {
      title: { text: toWinAnsi(title), left: 'center', textStyle: { fontSize: 13 } },
      legend: { type: 'plain', bottom: 0, data: series.map((s) => toWinAnsi(s.name)) },
      grid: { left: 50, right: 20, top: 40, bottom: 30 + 20 * Math.ceil(series.length / 4) },
      xAxis: { type: 'category', data: categories.map(toWinAnsi) },
      yAxis: { type: 'value', min: axis.min, max: axis.max, name: toWinAnsi(axis.name) },
      series: series.map((s) => ({
        type: 'line',
        name: toWinAnsi(s.name),
        data: s.values.map((v) => (v === null ? '-' : Math.round(v * 10) / 10)),
        connectNulls: false,
        // Point labels help a few lines and bury many.
        label: { show: series.length <= 3, fontSize: 9 },
      })),
    },
    CHART_WIDTH,
    height,
  );
}

export interface HeatmapCellInput {
  x: number;
  y: number;
  /** The shown value; `null` with a `label` for a withheld or empty cell. */
  value: number | null;
  label: string;
}

/**
 * A heatmap of groups (x) × rows (y). Cells without a value are drawn grey with their label (e.g.
 * "suppressed") in a second series that the colour scale does not touch, so a withheld cell never
 * looks like a low score.
 */
export function heatmapSvg(
  title: string,
  xLabels: readonly string[],
  yLabels: readonly string[],
  cells: readonly HeatmapCellInput[],
  range: { min: number; max: number },
): string {
  const height = Math.max(220, 70 + 28 * yLabels.length);
  return renderChartSvg(
    {
      title: { text: toWinAnsi(title), left: 'center', textStyle: { fontSize: 13 } },
      grid: { left: 190, right: 20, top: 40, bottom: 60 },
      xAxis: { type: 'category', data: xLabels.map(toWinAnsi), splitArea: { show: true } },
      yAxis: { type: 'category', data: yLabels.map(toWinAnsi), inverse: true, splitArea: { show: true } },
      // ECharts draws a heatmap only through a visual map: a colour scale for the shown values, and a
      // single grey for the withheld cells (hidden, it has nothing to explain).
      visualMap: [
        {
          type: 'continuous',
          min: range.min,
          max: range.max,
          seriesIndex: 0,
          orient: 'horizontal',
          left: 'center',
          bottom: 5,
          itemHeight: 120,
          calculable: false,
          inRange: { color: ['#d73027', '#fee08b', '#1a9850'] },
        },
        { type: 'continuous', min: 0, max: 1, seriesIndex: 1, show: false, inRange: { color: ['#e0e0e0', '#e0e0e0'] } },
      ],
      series: [
        {
          type: 'heatmap',
          data: cells.filter((c) => c.value !== null).map((c) => ({ value: [c.x, c.y, c.value], label: { formatter: toWinAnsi(c.label) } })),
          label: { show: true, fontSize: 9 },
        },
        {
          type: 'heatmap',
          data: cells.filter((c) => c.value === null).map((c) => ({ value: [c.x, c.y, 0], label: { formatter: toWinAnsi(c.label) } })),
          label: { show: true, fontSize: 8, color: '#555555' },
        },
      ],
    },
    CHART_WIDTH,
    height,
  );
}
