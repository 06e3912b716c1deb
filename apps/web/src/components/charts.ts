/**
 * The part of echarts the product uses (bar and line charts on a grid, radar charts of a scorecard's fields, the
 * tasks' timeline as a custom series with today's mark line, with legend, title and tooltip),
 * registered once. Importing echarts/core keeps the rest of the library out of the bundle. SVG draws the
 * on-screen charts crisply; canvas is there for charts that must hand over a PNG (`getDataURL`).
 */
import * as echarts from 'echarts/core';
import { BarChart, CustomChart, LineChart, RadarChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  CustomChart,
  LineChart,
  RadarChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
  CanvasRenderer,
]);

export { echarts };
