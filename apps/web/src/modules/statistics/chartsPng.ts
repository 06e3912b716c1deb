/**
 * The statistics charts: line and bar on a grid, drawn on a canvas so that "Tải ảnh PNG" can hand the
 * picture over with `getDataURL` (the shared SVG build of components/charts.ts cannot).
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
