import type { EChartsCoreOption } from 'echarts/core';
import type { RankingRow, ScorecardHistory } from './types.ts';

/**
 * The radar of the ranking: one axis per field of the template (its maximum the axis' end), one polygon per
 * member, so a member strong overall but weak in one field shows it. The first `limit` members in rank order are
 * drawn (a bloc of 20 would be unreadable); the legend toggles them.
 */
export function radarOption(rows: readonly RankingRow[], limit = 8): EChartsCoreOption | null {
  const shown = [...rows].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)).slice(0, limit);
  const fields = shown[0]?.byField ?? [];
  if (fields.length < 3) return null;
  return {
    tooltip: { trigger: 'item' },
    legend: { type: 'scroll', bottom: 0, data: shown.map((r) => r.name) },
    radar: {
      radius: '62%',
      indicator: fields.map((f) => ({ name: `${f.code}. ${f.name}`.slice(0, 40), max: f.max || 1 })),
    },
    series: [
      {
        type: 'radar',
        data: shown.map((r) => ({
          name: r.name,
          value: fields.map((f) => r.byField.find((x) => x.code === f.code)?.points ?? 0),
        })),
      },
    ],
  };
}

/** The history as a table's rows: one per member, a cell per year ({rank, score} or null). */
export function historyRows(history: ScorecardHistory) {
  return history.members.map((m, index) => ({
    key: `${m.orgId ?? m.name}-${index}`,
    name: m.name,
    byYear: Object.fromEntries(history.years.map((y) => [y, m.results.find((r) => r.year === y) ?? null])),
  }));
}
