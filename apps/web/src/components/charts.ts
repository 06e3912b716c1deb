/**
 * The part of echarts the product uses (bar and line charts on a grid, radar charts of a scorecard's fields, with
 * legend, title and tooltip),
 * registered once. Importing echarts/core keeps the rest of the library out of the bundle. SVG draws the
 * on-screen charts crisply; canvas is there for charts that must hand over a PNG (`getDataURL`).
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  RadarChart,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
  CanvasRenderer,
]);

export { echarts };
