import type { EChartsCoreOption } from 'echarts/core';
import type { RankingRow, ScorecardHistory } from './types.ts';

/** A field's name on lines of about 22 characters, broken between words (long names ran off the chart). */
export function wrap(text: string, width = 22): string {
  const lines: string[] = [];
  for (const word of text.split(/\s+/u)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length + 1 <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

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
      radius: '58%',
      center: ['50%', '48%'],
      axisName: { color: '#434343', fontSize: 12, lineHeight: 15 },
      indicator: fields.map((f) => ({ name: wrap(`${f.code}. ${f.name}`), max: f.max || 1 })),
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
