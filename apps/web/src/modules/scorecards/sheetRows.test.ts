import { describe, expect, it } from 'vitest';
import {
  appraisalProblem,
  appraisedPointsOf,
  cellOrder,
  differenceOf,
  flattenItems,
  nextCell,
  nodePoints,
  selfPointsOf,
  type CellKey,
} from './sheetRows.ts';
import { historyRows, radarOption, wrap } from './charts.ts';
import { byPreference } from './labels.ts';
import type { RankingRow, ScorecardItem } from './types.ts';

const item = (
  id: string,
  maxPoints: number,
  children: ScorecardItem[] = [],
  method: 'manual' | 'computed' = 'manual',
): ScorecardItem => ({
  id,
  code: id,
  kind: children.length ? 'field' : 'criterion',
  name: `Tiêu chí ${id}`,
  maxPoints,
  guidance: '',
  evidence: '',
  method,
  source: method === 'computed' ? 'onestop.onTimeRate' : null,
  scoring: null,
  children,
});

// 1 (20) → 1.1 (10), 1.2 (10, computed); 2 (30) → 2.1 (30 → 2.1.1 (15), 2.1.2 (15))
const tree = [
  item('1', 20, [item('1.1', 10), item('1.2', 10, [], 'computed')]),
  item('2', 30, [item('2.1', 30, [item('2.1.1', 15), item('2.1.2', 15)])]),
];

describe('the sheet grid', () => {
  it('lists the tree in template order with depths, leaves and computed criteria', () => {
    const rows = flattenItems(tree);
    expect(rows.map((r) => `${r.item.code}/${r.depth}/${r.leaf ? 'leaf' : 'node'}`)).toEqual([
      '1/0/node',
      '1.1/1/leaf',
      '1.2/1/leaf',
      '2/0/node',
      '2.1/1/node',
      '2.1.1/2/leaf',
      '2.1.2/2/leaf',
    ]);
    expect(rows.filter((r) => r.computed).map((r) => r.item.code)).toEqual(['1.2']);
  });

  it('walks the typing cells: Tab along the row then to the next, Enter down the column, skipping computed rows', () => {
    const order = cellOrder(flattenItems(tree), ['points', 'note'], (r) => !r.computed);
    expect(order).toEqual(['1.1:points', '1.1:note', '2.1.1:points', '2.1.1:note', '2.1.2:points', '2.1.2:note']);
    expect(nextCell(order, '1.1:points', 'Tab')).toBe('1.1:note');
    expect(nextCell(order, '1.1:note', 'Tab')).toBe('2.1.1:points');
    expect(nextCell(order, '2.1.1:points', 'Tab', true)).toBe('1.1:note');
    expect(nextCell(order, '1.1:points', 'Enter')).toBe('2.1.1:points');
    expect(nextCell(order, '2.1.1:note', 'Enter')).toBe('2.1.2:note');
    // The last cell: Enter and Tab leave it to the browser.
    expect(nextCell(order, '2.1.2:note', 'Enter')).toBeNull();
    expect(nextCell(order, '2.1.2:note', 'Tab')).toBeNull();
    expect(nextCell(order, 'x:points' as CellKey, 'Tab')).toBeNull();
  });

  it("gives a computed criterion its figure's points whatever was typed", () => {
    const [, , computed] = flattenItems(tree);
    const score = { figurePoints: 7.5, selfPoints: 10 } as Parameters<typeof selfPointsOf>[1];
    expect(selfPointsOf(computed!, score, 3)).toBe(7.5);
    const manual = flattenItems(tree)[1]!;
    expect(selfPointsOf(manual, score, 3)).toBe(3);
    expect(selfPointsOf(manual, score, undefined)).toBe(10);
    expect(selfPointsOf(manual, score, null)).toBeNull();
  });

  it('sums a parent from its leaves, capped at its maximum, empty while nothing is scored', () => {
    const points: Record<string, number | null> = { '1.1': 8, '1.2': null, '2.1.1': 15, '2.1.2': 14.5 };
    const of = (id: string) => points[id] ?? null;
    expect(nodePoints(tree[0]!, of)).toBe(8);
    expect(nodePoints(tree[1]!, of)).toBe(29.5);
    expect(nodePoints(item('3', 10, [item('3.1', 8), item('3.2', 8)]), () => 8)).toBe(10);
    expect(nodePoints(tree[0]!, () => null)).toBeNull();
  });
});

describe('the appraisal beside the self-assessment', () => {
  it('keeps the self points when accepted or asked to explain, takes the reduction otherwise', () => {
    expect(appraisedPointsOf('accepted', 8, null)).toBe(8);
    expect(appraisedPointsOf('explain', 8, null)).toBe(8);
    expect(appraisedPointsOf('reduced', 8, 6.5)).toBe(6.5);
    expect(appraisedPointsOf(null, 8, null)).toBeNull();
    expect(differenceOf(8, 6.5)).toBe(-1.5);
    expect(differenceOf(0.3, 0.1)).toBe(-0.2);
    expect(differenceOf(null, 5)).toBeNull();
  });

  it('says what a reduction or a question still lacks', () => {
    expect(appraisalProblem('reduced', 8, null, 'thiếu tài liệu')).toBe('points');
    expect(appraisalProblem('reduced', 8, 8, 'thiếu tài liệu')).toBe('notLower');
    expect(appraisalProblem('reduced', 8, 6, '  ')).toBe('reason');
    expect(appraisalProblem('reduced', 8, 6, 'thiếu tài liệu')).toBeNull();
    expect(appraisalProblem('explain', 8, null, '')).toBe('reason');
    expect(appraisalProblem('accepted', 8, null, '')).toBeNull();
  });
});

describe('the results', () => {
  const row = (name: string, rank: number | null, points: number[]): RankingRow => ({
    memberId: name,
    orgId: null,
    name,
    rank,
    selfScore: null,
    appraisedScore: null,
    surveyScore: null,
    finalScore: null,
    difference: null,
    classification: '',
    byField: points.map((p, i) => ({ code: String(i + 1), name: `Lĩnh vực ${i + 1}`, max: 10 * (i + 1), points: p })),
    decidedBy: null,
  });

  it('draws one polygon per member in rank order, one axis per field up to its maximum', () => {
    const option = radarOption([row('B', 2, [5, 10, 20]), row('A', 1, [9, 18, 27]), row('C', null, [1, 2, 3])], 2) as {
      radar: { indicator: { name: string; max: number }[] };
      series: { data: { name: string; value: number[] }[] }[];
    };
    expect(option.radar.indicator.map((i) => i.max)).toEqual([10, 20, 30]);
    expect(option.series[0]!.data).toEqual([
      { name: 'A', value: [9, 18, 27] },
      { name: 'B', value: [5, 10, 20] },
    ]);
    // Two fields make no radar.
    expect(radarOption([row('A', 1, [1, 2])])).toBeNull();
  });

  it('lays the history out by member and year, a missing year empty', () => {
    const rows = historyRows({
      years: [2024, 2025],
      members: [{ orgId: 'o1', name: 'Sở Công Thương', results: [{ year: 2025, rank: 1, finalScore: 95 }] }],
    });
    expect(rows[0]!.byYear[2024]).toBeNull();
    expect(rows[0]!.byYear[2025]).toEqual({ year: 2025, rank: 1, finalScore: 95 });
  });
});

describe('labels and charts', () => {
  it("breaks a field's long name between words for the radar", () => {
    expect(wrap('2. Thực hiện nhiệm vụ chuyên môn được giao')).toBe('2. Thực hiện nhiệm vụ\nchuyên môn được giao');
    expect(wrap('Ngắn')).toBe('Ngắn');
  });

  it('puts the step that moves the record on first, keeping unknown steps after', () => {
    expect(
      byPreference(['return', 'request_explanation', 'appraise'], ['appraise', 'request_explanation', 'return']),
    ).toEqual(['appraise', 'request_explanation', 'return']);
    expect(byPreference(['reopen', 'publish', 'other'], ['publish', 'reopen'])).toEqual(['publish', 'reopen', 'other']);
  });
});
