import { heatmapSvg, lineChartSvg } from './charts';

describe('server-side charts (ECharts SVG)', () => {
  it('draws a trend with its series names, periods and values', () => {
    const svg = lineChartSvg('Locations (0-100)', ['2026-Q2', '2026-Q3'], [{ name: 'Main clinic', values: [48.25, null] }], {
      min: 0,
      max: 100,
      name: 'score',
    });
    expect(svg.startsWith('<svg')).toBe(true);
    for (const text of ['Locations (0-100)', '2026-Q2', '2026-Q3', 'Main clinic', '48.3']) expect(svg).toContain(text);
  });

  it('draws withheld heatmap cells grey with their label and no number', () => {
    const svg = heatmapSvg(
      'Mean 360 rating',
      ['Main clinic'],
      ['Empathy', 'Billing'],
      [
        { x: 0, y: 0, value: 4.25, label: '4.25' },
        { x: 0, y: 1, value: null, label: 'suppressed' },
      ],
      { min: 1, max: 5 },
    );
    for (const text of ['Main clinic', 'Empathy', 'Billing', '4.25', 'suppressed', 'rgb(224,224,224)']) expect(svg).toContain(text);
  });
});
