import { describe, expect, it } from 'vitest';
import { formatRate, resultsChartOption } from './results.ts';
import type { TaskResultsRow } from './types.ts';

const row = (orgName: string, counts: Partial<TaskResultsRow>): TaskResultsRow => ({
  orgId: orgName,
  orgName,
  total: 0,
  done: 0,
  onTime: 0,
  late: 0,
  extended: 0,
  notDone: 0,
  pending: 0,
  dropped: 0,
  onTimeRate: null,
  ...counts,
});

describe('resultsChartOption', () => {
  it('stacks each unit’s tasks by result, the first unit on top, units without tasks left out', () => {
    const option = resultsChartOption(
      [
        row('Văn phòng', { total: 6, onTime: 3, extended: 1, late: 1, notDone: 0, pending: 1 }),
        row('Thanh tra Sở', { total: 0 }),
        row('Phòng Quản lý năng lượng', { total: 4, onTime: 1, notDone: 2, pending: 1 }),
      ],
      (r) => r,
    ) as { yAxis: { data: string[] }; series: { name: string; data: number[] }[] };
    // ECharts draws a category axis bottom-up: the last name is the top bar.
    expect(option.yAxis.data).toEqual(['Phòng Quản lý năng lượng', 'Văn phòng']);
    const byName = Object.fromEntries(option.series.map((s) => [s.name, s.data]));
    expect(byName).toEqual({
      on_time: [1, 3],
      extended: [0, 1],
      late: [0, 1],
      not_done: [2, 0],
      pending: [1, 1],
    });
  });

  it('draws nothing when no unit has a task', () => {
    expect(resultsChartOption([row('Văn phòng', {})], (r) => r)).toBeNull();
  });

  it('writes the on-time rate the Vietnamese way, a dash when nothing is due yet', () => {
    expect(formatRate(5 / 6)).toBe('83,3%');
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(null)).toBe('—');
  });
});
