import type { EChartsCoreOption } from 'echarts/core';
import type { PivotResponse } from '@thidua/contracts';
import { formatStat } from './numbers.ts';

/**
 * A line or bar chart of the pivot: one series per row (its labels), the columns along the axis. Missing
 * figures are gaps, never zeros.
 */
export function pivotChartOption(
  data: PivotResponse,
  kind: 'line' | 'bar',
  lang: string,
  lastYearLabel = 'cùng kỳ năm trước',
): EChartsCoreOption {
  const values = new Map<string, number | null>();
  const lastYear = new Map<string, number | null>();
  for (const c of data.cells) {
    values.set(`${c.row}:${c.column}`, c.value);
    lastYear.set(`${c.row}:${c.column}`, c.prevYear ?? null);
  }
  // With the "cùng kỳ" column chosen, each row's same period last year is drawn beside it.
  const withLastYear = data.compare.includes('prevYear');
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
    series: data.rows.flatMap((r, i) => {
      const name = r.labels.join(' — ') || unit;
      const own = {
        type: kind,
        name,
        connectNulls: false,
        data: data.columns.map((_, c) => values.get(`${i}:${c}`) ?? null),
      };
      if (!withLastYear) return [own];
      return [
        own,
        {
          type: kind,
          name: `${name} — ${lastYearLabel}`,
          connectNulls: false,
          lineStyle: { type: 'dashed' },
          data: data.columns.map((_, c) => lastYear.get(`${i}:${c}`) ?? null),
        },
      ];
    }),
  };
}
