import { describe, expect, it } from 'vitest';
import { evaluateRules, ruleCodes, yearToDatePeriods, type RuleValues, type StatRule } from './rules.ts';

/** Values keyed "CODE|category|period"; the history of an option is given apart. */
function valuesOf(period: string, map: Record<string, number>, history: Record<string, number[]> = {}): RuleValues {
  return {
    period,
    get: (code, category, p) => map[`${code}|${category}|${p}`] ?? null,
    categories: (code) =>
      Object.keys(map)
        .map((k) => k.split('|'))
        .filter(([c, , p]) => c === code && p === period)
        .map(([, cat]) => cat!),
    history: (code, category) => history[`${code}|${category}`] ?? [],
  };
}

const rule = (over: Partial<StatRule>): StatRule => ({
  id: 'r1',
  code: 'R1',
  name: 'Quy tắc',
  kind: 'expression',
  leftExpr: '',
  operator: '==',
  rightExpr: '',
  indicatorCode: null,
  threshold: null,
  severity: 'error',
  ...over,
});

describe('value periods', () => {
  it('lists the periods from January to the period', () => {
    expect(yearToDatePeriods({ type: 'month', year: 2026, index: 3 })).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(yearToDatePeriods({ type: 'quarter', year: 2026, index: 2 })).toEqual(['2026Q1', '2026Q2']);
    expect(yearToDatePeriods({ type: 'year', year: 2026, index: 0 })).toEqual(['2026']);
  });
});

describe('expression rules', () => {
  const sum = rule({
    code: 'SUM',
    name: 'Tổng các thành phần bằng tổng',
    leftExpr: '[GTSX.state] + [GTSX.non_state] + [GTSX.fdi]',
    rightExpr: '[GTSX]',
  });

  it('holds when the components add up to the total (within rounding)', () => {
    const v = valuesOf('2026-03', {
      'GTSX|state|2026-03': 10.1,
      'GTSX|non_state|2026-03': 20.2,
      'GTSX|fdi|2026-03': 30.3,
      'GTSX||2026-03': 60.6,
    });
    expect(evaluateRules([sum], v)).toEqual({ violations: [], skipped: [] });
  });

  it('names both sides and every cell when the sum is off', () => {
    const v = valuesOf('2026-03', {
      'GTSX|state|2026-03': 10,
      'GTSX|non_state|2026-03': 20,
      'GTSX|fdi|2026-03': 30,
      'GTSX||2026-03': 70,
    });
    const run = evaluateRules([sum], v);
    expect(run.violations).toHaveLength(1);
    const x = run.violations[0]!;
    expect([x.left, x.right, x.severity, x.ruleCode]).toEqual([60, 70, 'error', 'SUM']);
    expect(x.cells.map((c) => c.category).sort()).toEqual(['', 'fdi', 'non_state', 'state']);
    expect(x.message).toContain('= 60');
    expect(x.message).toContain('= 70');
  });

  it('skips (and says so) when a term is missing, never fails', () => {
    const v = valuesOf('2026-03', { 'GTSX|state|2026-03': 10, 'GTSX||2026-03': 70 });
    const run = evaluateRules([sum], v);
    expect(run.violations).toEqual([]);
    expect(run.skipped[0]!.reason).toContain('[GTSX.non_state] kỳ 2026-03');
  });

  it('compares with ≤ (leased land within industrial land) and year-to-date sums', () => {
    const leased = rule({ leftExpr: '[DT_THUE]', operator: '<=', rightExpr: '[DT_CN]' });
    expect(
      evaluateRules([leased], valuesOf('2026', { 'DT_THUE||2026': 120, 'DT_CN||2026': 100 })).violations[0],
    ).toMatchObject({ left: 120, right: 100 });
    expect(evaluateRules([leased], valuesOf('2026', { 'DT_THUE||2026': 100, 'DT_CN||2026': 100 })).violations).toEqual(
      [],
    );
    // ytd([X]) in March = Jan + Feb + Mar = 5 + 6 + 7 = 18 > 17.
    const ytd = rule({ leftExpr: 'ytd([X])', operator: '<=', rightExpr: '[CAP]' });
    const v = valuesOf('2026-03', { 'X||2026-01': 5, 'X||2026-02': 6, 'X||2026-03': 7, 'CAP||2026-03': 17 });
    expect(evaluateRules([ytd], v).violations[0]).toMatchObject({ left: 18, right: 17 });
  });

  it('skips a division by zero and a rule whose formula does not parse', () => {
    const div = rule({ leftExpr: '[A] / [B] * 100', operator: '<=', rightExpr: '100' });
    expect(evaluateRules([div], valuesOf('2026', { 'A||2026': 5, 'B||2026': 0 })).skipped[0]!.reason).toContain(
      'chia cho 0',
    );
    const broken = rule({ leftExpr: '[A] +', rightExpr: '1' });
    expect(evaluateRules([broken], valuesOf('2026', {})).skipped[0]!.reason).toContain('Công thức');
    expect(ruleCodes(rule({ leftExpr: '[A] + [B.x]', rightExpr: 'prev_year([C])' })).sort()).toEqual(['A', 'B', 'C']);
  });
});

describe('built-in checks', () => {
  it('ytd_monotonic: a negative month makes the year-to-date drop (5 + 6 − 2: from 11 to 9)', () => {
    const r = rule({ kind: 'ytd_monotonic', indicatorCode: 'X', severity: 'error' });
    const v = valuesOf('2026-03', { 'X||2026-01': 5, 'X||2026-02': 6, 'X||2026-03': -2 });
    expect(evaluateRules([r], v).violations[0]).toMatchObject({ left: 9, right: 11 });
    const ok = valuesOf('2026-03', { 'X||2026-01': 5, 'X||2026-02': 6, 'X||2026-03': 0 });
    expect(evaluateRules([r], ok).violations).toEqual([]);
  });

  it('ytd_monotonic on a cumulative series: March below February', () => {
    const r = rule({ kind: 'ytd_monotonic', indicatorCode: 'X', leftExpr: 'cumulative' });
    const v = valuesOf('2026-03', { 'X||2026-02': 30, 'X||2026-03': 28 });
    expect(evaluateRules([r], v).violations[0]).toMatchObject({ left: 28, right: 30 });
    // January starts a new year: nothing to compare.
    expect(evaluateRules([r], valuesOf('2026-01', { 'X||2026-01': 1, 'X||2025-12': 50 })).violations).toEqual([]);
  });

  it('mom_change: 100 → 130 is +30 %, beyond 25 % warns, within 30 % does not; January compares with December', () => {
    const r = rule({ kind: 'mom_change', indicatorCode: 'X', threshold: 25, severity: 'warning' });
    const v = valuesOf('2026-01', { 'X||2025-12': 100, 'X||2026-01': 130 });
    const run = evaluateRules([r], v);
    expect(run.violations[0]).toMatchObject({ left: 130, right: 100, severity: 'warning' });
    expect(run.violations[0]!.message).toContain('tăng 30 %');
    expect(evaluateRules([{ ...r, threshold: 30 }], v).violations).toEqual([]);
    expect(evaluateRules([r], valuesOf('2026-01', { 'X||2026-01': 130 })).skipped[0]!.reason).toContain('2025-12');
  });

  it('outlier: history 10, 12, 11, 13, 9, 11 (mean 11, sd √2 ≈ 1.414); 2 sd → 8.17–13.83', () => {
    const r = rule({ kind: 'outlier', indicatorCode: 'X', threshold: 2, severity: 'warning' });
    const history = { 'X|': [10, 12, 11, 13, 9, 11] };
    const high = evaluateRules([r], valuesOf('2026-03', { 'X||2026-03': 14 }, history)).violations[0]!;
    expect(high.left).toBe(14);
    expect(high.right).toBeCloseTo(11 + 2 * Math.SQRT2, 9);
    expect(evaluateRules([r], valuesOf('2026-03', { 'X||2026-03': 13.8 }, history)).violations).toEqual([]);
    const low = evaluateRules([r], valuesOf('2026-03', { 'X||2026-03': 8 }, history)).violations[0]!;
    expect(low.right).toBeCloseTo(11 - 2 * Math.SQRT2, 9);
    const short = evaluateRules([r], valuesOf('2026-03', { 'X||2026-03': 99 }, { 'X|': [1, 2, 3, 4, 5] }));
    expect(short.violations).toEqual([]);
    expect(short.skipped[0]!.reason).toContain('5 kỳ');
  });

  it('checks each option of the indicator that has a value', () => {
    const r = rule({ kind: 'ytd_monotonic', indicatorCode: 'X' });
    const v = valuesOf('2026-01', { 'X|state|2026-01': -1, 'X|fdi|2026-01': 3 });
    const run = evaluateRules([r], v);
    expect(run.violations.map((x) => x.cells[0]!.category)).toEqual(['state']);
  });
});
