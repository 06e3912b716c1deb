import type { EChartsCoreOption } from 'echarts/core';
import type { BarTone, TimelineRow } from './timeline.ts';

export const TONE_COLORS: Record<BarTone, string> = {
  done: '#52c41a',
  overdue: '#f5222d',
  dropped: '#bfbfbf',
  open: '#1677ff',
};
/** The part of a bar after the original deadline: an approved extension. */
export const EXTENSION_COLOR = '#9254de';
export const ROW_HEIGHT = 24;

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

interface Texts {
  tooltip: (row: Extract<TimelineRow, { kind: 'task' }>) => string;
  today: string;
}

type RenderApi = {
  value(i: number): number;
  coord(v: [number, number]): [number, number];
  size(v: [number, number]): [number, number];
  visual(name: 'color'): string;
};

/**
 * The year's timeline: a line per task (under its unit's heading line), a bar from its start to its original
 * deadline, then, when a leader approved a new deadline, a violet part up to it; today's line across.
 */
export function timelineOption(
  rows: readonly TimelineRow[],
  year: number,
  today: string,
  texts: Texts,
): EChartsCoreOption {
  const labels = rows.map((r) => (r.kind === 'unit' ? `{unit|${r.label} (${r.count})}` : r.label));
  const data = rows.flatMap((r, index) =>
    r.kind === 'task'
      ? [
          {
            value: [index, time(r.start), time(r.originalDeadline) + DAY, time(r.deadline) + DAY],
            row: r,
            itemStyle: { color: TONE_COLORS[r.tone] },
          },
        ]
      : [],
  );
  const inYear = today.startsWith(String(year));
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: { data?: { row?: Extract<TimelineRow, { kind: 'task' }> } }) =>
        p.data?.row ? texts.tooltip(p.data.row) : '',
    },
    grid: { left: 8, right: 24, top: 28, bottom: 28, containLabel: true },
    xAxis: {
      type: 'time',
      position: 'top',
      min: time(`${year}-01-01`),
      max: time(`${year + 1}-01-01`),
      splitLine: { show: true, lineStyle: { color: '#f0f0f0' } },
      axisLabel: { showMaxLabel: false, formatter: (v: number) => `T${new Date(v).getUTCMonth() + 1}` },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: labels,
      axisTick: { show: false },
      axisLabel: {
        interval: 0,
        fontSize: 12,
        width: 320,
        overflow: 'truncate',
        rich: { unit: { fontWeight: 'bold', color: '#1f1f1f', fontSize: 13 } },
      },
    },
    series: [
      {
        type: 'custom',
        encode: { x: [1, 2, 3], y: 0 },
        renderItem: (_params: unknown, api: RenderApi) => {
          const [x0, y] = api.coord([api.value(1), api.value(0)]);
          const [x1] = api.coord([api.value(2), api.value(0)]);
          const [x2] = api.coord([api.value(3), api.value(0)]);
          const height = api.size([0, 1])[1] * 0.6;
          const bar = (from: number, to: number, fill: string) => ({
            type: 'rect',
            shape: { x: from, y: y - height / 2, width: Math.max(to - from, 2), height },
            style: { fill },
          });
          const parts: object[] = [bar(x0, x1, api.visual('color'))];
          if (x2 > x1) parts.push(bar(x1, x2, EXTENSION_COLOR));
          return { type: 'group', children: parts };
        },
        data,
        markLine: inYear
          ? {
              silent: true,
              symbol: 'none',
              lineStyle: { color: '#cf1322', type: 'dashed', width: 1.5 },
              label: { formatter: texts.today, position: 'end', color: '#cf1322' },
              data: [{ xAxis: time(today) }],
            }
          : undefined,
      },
    ],
  };
}

/** The chart's height: a line of ROW_HEIGHT px per row, plus the axis. */
export const timelineHeight = (rows: number) => Math.max(200, 60 + rows * ROW_HEIGHT);
