import type { EChartsCoreOption } from 'echarts/core';
import type { TaskResult, TaskResultCounts, TaskResultsRow } from './types.ts';
import { TASK_RESULT_COLORS } from './labels.ts';

/** The stacked parts of a unit's bar, in reading order: the good news first. */
export const STACKED: readonly { result: TaskResult; field: keyof TaskResultCounts }[] = [
  { result: 'on_time', field: 'onTime' },
  { result: 'extended', field: 'extended' },
  { result: 'late', field: 'late' },
  { result: 'not_done', field: 'notDone' },
  { result: 'pending', field: 'pending' },
];

/** 0.8333 → "83,3%"; null (nothing done or due yet) → "—". */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(rate * 100)}%`;
}

/**
 * One horizontal bar per unit (the first listed on top), stacked by result; units without a task are left out.
 * `label` names a result in the page's language.
 */
export function resultsChartOption(
  rows: readonly TaskResultsRow[],
  label: (r: TaskResult) => string,
): EChartsCoreOption | null {
  const shown = rows.filter((r) => r.total > 0);
  if (shown.length === 0) return null;
  const names = shown.map((r) => r.orgName).reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: names,
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: STACKED.map(({ result, field }) => ({
      name: label(result),
      type: 'bar',
      stack: 'results',
      barMaxWidth: 28,
      itemStyle: { color: TASK_RESULT_COLORS[result] },
      label: { show: true, formatter: (p: { value: number }) => (p.value > 0 ? String(p.value) : '') },
      data: [...shown].reverse().map((r) => r[field]),
    })),
  };
}

/** A chart of N units is about 34 px a unit, never under 160 px. */
export const chartHeight = (units: number) => Math.max(160, 70 + units * 34);
