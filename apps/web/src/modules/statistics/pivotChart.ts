import type { EChartsCoreOption } from 'echarts/core';
import type { PivotResponse } from '@thidua/contracts';
import { formatStat } from './numbers.ts';

/**
 * A line or bar chart of the pivot: one series per row (its labels), the columns along the axis. Missing
 * figures are gaps, never zeros.
 */
export function pivotChartOption(data: PivotResponse, kind: 'line' | 'bar', lang: string): EChartsCoreOption {
  const values = new Map<string, number | null>();
  for (const c of data.cells) values.set(`${c.row}:${c.column}`, c.value);
  const unit = [...new Set(data.indicators.map((i) => i.unit))].join(', ');
  return {
    animation: false,
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? formatStat(v, undefined, lang) : '—'),
    },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: data.columns.map((c) => c.labels.join(' — ')) },
    yAxis: {
      type: 'value',
      name: unit,
      axisLabel: { formatter: (v: number) => formatStat(v, 0, lang) },
    },
    series: data.rows.map((r, i) => ({
      type: kind,
      name: r.labels.join(' — ') || unit,
      connectNulls: false,
      data: data.columns.map((_, c) => values.get(`${i}:${c}`) ?? null),
    })),
  };
}
