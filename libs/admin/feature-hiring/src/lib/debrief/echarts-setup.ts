import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * Only what the debrief chart draws (bars for the spread, points for each interviewer), rendered as
 * SVG. Loaded lazily by `provideEchartsCore` in the hiring routes, so it is its own chunk.
 */
echarts.use([BarChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { echarts };
