import type { EChartsCoreOption } from 'echarts/core';
import type { ParIndexHistory } from '@thidua/contracts';

export type ParRow = ParIndexHistory['items'][number];

/** What the history shows about the ranking, computed from the rows (never typed). */
export interface ParRecord {
  /** The run of consecutive years up to the latest ranked one, each ranked first or second; null without one. */
  streak: { from: number; to: number; allFirst: boolean } | null;
  /** Years ranked first, of the years ranked. */
  firsts: number;
  ranked: number;
  /** The latest year with a rank. */
  latest: ParRow | null;
  /** The best final score and its year. */
  best: { year: number; score: number } | null;
}

export function parRecord(rows: readonly ParRow[]): ParRecord {
  const ranked = [...rows].filter((r) => r.rank !== null).sort((a, b) => a.year - b.year);
  const latest = ranked.at(-1) ?? null;
  let streak: ParRecord['streak'] = null;
  if (latest && latest.rank! <= 2) {
    // Walk back while each earlier year is the year before and also first or second; a year without a rank ends it.
    let i = ranked.length - 1;
    while (i > 0 && ranked[i - 1]!.year === ranked[i]!.year - 1 && ranked[i - 1]!.rank! <= 2) i--;
    const run = ranked.slice(i);
    streak = { from: run[0]!.year, to: latest.year, allFirst: run.every((r) => r.rank === 1) };
  }
  let best: ParRecord['best'] = null;
  for (const r of rows)
    if (r.score !== null && (!best || r.score > best.score)) best = { year: r.year, score: r.score };
  return { streak, firsts: ranked.filter((r) => r.rank === 1).length, ranked: ranked.length, latest, best };
}

/** "1/21", or "—" without a rank. */
export const rankText = (r: Pick<ParRow, 'rank' | 'of'>) =>
  r.rank === null ? '—' : r.of === null ? String(r.rank) : `${r.rank}/${r.of}`;

/**
 * Rank as a line in a strip on top (reversed: first at the top), score as bars below, by year: two grids, so the
 * rank's labels ("1/21") never sit on the bars' figures.
 */
export function parChartOption(
  rows: readonly ParRow[],
  labels: { score: string; rank: string },
  format: (n: number) => string,
): EChartsCoreOption {
  const sorted = [...rows].sort((a, b) => a.year - b.year);
  const years = sorted.map((r) => String(r.year));
  const worst = Math.max(2, ...sorted.map((r) => r.rank ?? 0));
  const lowest = Math.min(100, ...sorted.map((r) => r.score ?? 100));
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, data: [labels.score, labels.rank] },
    grid: [
      { left: 56, right: 24, top: 28, height: 70 },
      { left: 56, right: 24, top: 136, bottom: 56 },
    ],
    xAxis: [
      { type: 'category', gridIndex: 0, data: years, axisLabel: { show: false }, axisTick: { show: false } },
      { type: 'category', gridIndex: 1, data: years },
    ],
    yAxis: [
      { type: 'value', gridIndex: 0, inverse: true, min: 1, max: worst + 1, interval: 1 },
      {
        type: 'value',
        gridIndex: 1,
        min: Math.max(0, Math.floor(lowest / 10) * 10 - 10),
        max: 100,
      },
    ],
    series: [
      {
        name: labels.rank,
        type: 'line',
        xAxisIndex: 0,
        yAxisIndex: 0,
        data: sorted.map((r) => r.rank),
        itemStyle: { color: '#c2410c' },
        lineStyle: { color: '#c2410c' },
        label: { show: true, position: 'top', formatter: (p: { dataIndex: number }) => rankText(sorted[p.dataIndex]!) },
      },
      {
        name: labels.score,
        type: 'bar',
        xAxisIndex: 1,
        yAxisIndex: 1,
        data: sorted.map((r) => r.score),
        itemStyle: { color: '#3b5bdb' },
        label: {
          show: true,
          position: 'top',
          formatter: (p: { value: number | null }) => (p.value === null ? '' : format(p.value)),
        },
      },
    ],
  };
}
