/*
 * The parts of ECharts the culture pages draw with (line, bar, heatmap on canvas). Importing these
 * instead of the whole `echarts` package keeps the lazily loaded chart chunk about half the size.
 * Loaded only by `provideCultureCharts()`'s dynamic import, so none of it is in the initial bundle.
 */
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, BarChart, HeatmapChart, GridComponent, TooltipComponent, LegendComponent, VisualMapComponent, MarkLineComponent, CanvasRenderer]);

export { init } from 'echarts/core';
