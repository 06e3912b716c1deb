import { describe, expect, it } from 'vitest';
import { checkPoints, pointsFromFigure, sheetTotals, templateMax } from './tree.ts';
import { CAPS, TEMPLATE, item } from './testFixtures.ts';
import type { ScoringRule } from './types.ts';

const scores = (entries: Record<string, number | null>) =>
  new Map(Object.entries(entries).map(([code, p]) => [`id-${code}`, p] as const));

const FULL = { '1.1.1': 3, '1.1.2': 4.5, '1.2': 10, '2.1': 18.75, '2.2': 10, T1: 5, T2: 4, TR1: 3, TR2: 0 };

describe('templateMax', () => {
  it('sums the fields and leaves bonus and penalty apart', () => {
    expect(templateMax(TEMPLATE)).toBe(50);
  });
  it('is 0 for an empty template and does not pick up float noise', () => {
    expect(templateMax([])).toBe(0);
    expect(templateMax([item('1', 'field', 0.1, 'A'), item('2', 'field', 0.2, 'B')])).toBe(0.3);
  });
});

describe('sheetTotals', () => {
  it('adds leaves up the tree, caps the bonus and subtracts the penalty (hand-computed)', () => {
    // 1.1 = 3 + 4,5 = 7,5; field 1 = 7,5 + 10 = 17,5; field 2 = 18,75 + 10 = 28,75; base = 46,25;
    // bonus 5 + 4 = 9 capped at 6; penalty 3; total = 46,25 + 6 − 3 = 49,25.
    const t = sheetTotals(TEMPLATE, scores(FULL), CAPS);
    expect(t).toEqual({
      base: 46.25,
      bonus: 6,
      penalty: 3,
      total: 49.25,
      byField: [
        { itemId: 'id-1', code: '1', name: 'Công tác chỉ đạo, điều hành', max: 20, points: 17.5 },
        { itemId: 'id-2', code: '2', name: 'Cải cách thủ tục hành chính', max: 30, points: 28.75 },
      ],
      missing: 0,
    });
  });

  it('keeps a bonus below its cap as it is', () => {
    const t = sheetTotals(TEMPLATE, scores({ ...FULL, T1: 2, T2: 1.5 }), CAPS);
    expect(t.bonus).toBe(3.5);
    expect(t.total).toBe(46.75);
  });

  it('caps the penalty at the template penalty cap', () => {
    const t = sheetTotals(TEMPLATE, scores({ ...FULL, TR1: 6, TR2: 5 }), CAPS);
    expect(t.penalty).toBe(8);
    expect(t.total).toBe(44.25);
  });

  it('never goes below 0 when the penalty is larger than what was earned', () => {
    const t = sheetTotals(
      TEMPLATE,
      scores({ '1.1.1': 1, '1.1.2': 0, '1.2': 2, '2.1': 0, '2.2': 0, T1: 0, T2: 0, TR1: 8, TR2: 5 }),
      CAPS,
    );
    expect(t.base).toBe(3);
    expect(t.penalty).toBe(8);
    expect(t.total).toBe(0);
  });

  it('caps a parent at its maximum when its children add up to more', () => {
    // A template the check refuses, but a sheet of it must still never show 12 out of 10.
    const tree = [item('1', 'field', 10, 'A', [item('1.1', 'criterion', 6, 'B'), item('1.2', 'criterion', 6, 'C')])];
    const t = sheetTotals(tree, scores({ '1.1': 6, '1.2': 6 }), { bonusCap: 0, penaltyCap: 0 });
    expect(t.byField[0]!.points).toBe(10);
    expect(t.total).toBe(10);
  });

  it('caps at every level of a three-level tree', () => {
    const tree = [
      item('1', 'field', 9, 'A', [
        item('1.1', 'criterion', 5, 'B', [item('1.1.1', 'sub', 4, 'C'), item('1.1.2', 'sub', 4, 'D')]),
        item('1.2', 'criterion', 5, 'E'),
      ]),
    ];
    // 1.1 = min(5, 8) = 5; field = min(9, 5 + 5) = 9.
    const t = sheetTotals(tree, scores({ '1.1.1': 4, '1.1.2': 4, '1.2': 5 }), { bonusCap: 0, penaltyCap: 0 });
    expect(t.base).toBe(9);
  });

  it('counts the leaves still without points and adds up the rest', () => {
    const t = sheetTotals(TEMPLATE, scores({ '1.1.1': 3, '1.2': null, '2.1': 15 }), CAPS);
    // Missing: 1.1.2, 1.2, 2.2, T1, T2, TR1, TR2.
    expect(t.missing).toBe(7);
    expect(t.byField.map((f) => f.points)).toEqual([3, 15]);
    expect(t).toMatchObject({ base: 18, bonus: 0, penalty: 0, total: 18 });
  });

  it('shows a field with nothing scored as null, not 0', () => {
    const t = sheetTotals(TEMPLATE, scores({ '2.1': 20 }), CAPS);
    expect(t.byField.map((f) => f.points)).toEqual([null, 20]);
    expect(t.total).toBe(20);
  });

  it('adds decimals without float noise', () => {
    const tree = [
      item('1', 'field', 1, 'A', [
        item('1.1', 'criterion', 0.5, 'B'),
        item('1.2', 'criterion', 0.25, 'C'),
        item('1.3', 'criterion', 0.25, 'D'),
      ]),
      item('2', 'field', 1, 'E'),
    ];
    const t = sheetTotals(tree, scores({ '1.1': 0.1, '1.2': 0.2, '1.3': 0, '2': 0.7 }), { bonusCap: 0, penaltyCap: 0 });
    expect(t.byField[0]!.points).toBe(0.3);
    expect(t.total).toBe(1);
  });

  it('caps bonus items with children at their own maximum before the template cap', () => {
    const tree = [
      item('1', 'field', 10, 'A'),
      item('T', 'bonus', 3, 'Thưởng', [item('T.1', 'criterion', 2, 'B'), item('T.2', 'criterion', 2, 'C')]),
    ];
    const t = sheetTotals(tree, scores({ '1': 10, 'T.1': 2, 'T.2': 2 }), { bonusCap: 5, penaltyCap: 0 });
    expect(t.bonus).toBe(3);
    expect(t.total).toBe(13);
  });

  it('has no bonus at all when the cap is 0', () => {
    const t = sheetTotals(TEMPLATE, scores(FULL), { bonusCap: 0, penaltyCap: 8 });
    expect(t.bonus).toBe(0);
    expect(t.total).toBe(43.25);
  });
});

describe('checkPoints', () => {
  const leaf = item('1.2', 'criterion', 10, 'Công khai TTHC');
  it('accepts 0, the maximum and two decimals', () => {
    expect(checkPoints(leaf, 0)).toBeNull();
    expect(checkPoints(leaf, 10)).toBeNull();
    expect(checkPoints(leaf, 7.25)).toBeNull();
  });
  it('refuses points above the maximum, naming the criterion', () => {
    expect(checkPoints(leaf, 12)).toBe('1.2 Công khai TTHC: điểm 12 vượt điểm tối đa (10)');
    expect(checkPoints(leaf, 10.01)).toBe('1.2 Công khai TTHC: điểm 10,01 vượt điểm tối đa (10)');
  });
  it('refuses negative, non-numeric and over-precise points', () => {
    expect(checkPoints(leaf, -1)).toBe('1.2 Công khai TTHC: điểm không được âm (-1)');
    expect(checkPoints(leaf, Number.NaN)).toBe('1.2 Công khai TTHC: điểm phải là một số');
    expect(checkPoints(leaf, Number.POSITIVE_INFINITY)).toBe('1.2 Công khai TTHC: điểm phải là một số');
    expect(checkPoints(leaf, 1.234)).toMatch(/hai chữ số thập phân/);
  });
  it('refuses points on an item scored through its children', () => {
    expect(checkPoints(TEMPLATE[0]!, 5)).toMatch(/^1 Công tác chỉ đạo, điều hành: điểm được chấm ở các tiêu chí con/);
  });
});

describe('pointsFromFigure', () => {
  const ratio = { rule: 'ratio', target: 95 } as const;
  it('ratio: max × value / target, full points from the target on', () => {
    // 10 × 90 / 95 = 9,4736… → 9,47.
    expect(pointsFromFigure(ratio, 10, { value: 90 })).toBe(9.47);
    expect(pointsFromFigure(ratio, 10, { value: 95 })).toBe(10);
    expect(pointsFromFigure(ratio, 10, { value: 100 })).toBe(10);
    expect(pointsFromFigure(ratio, 10, { value: 0 })).toBe(0);
  });
  it('per_unit: points for each unit counted, capped at the maximum', () => {
    const rule = { rule: 'per_unit', pointsEach: 0.5 } as const;
    expect(pointsFromFigure(rule, 3, { value: 0 })).toBe(0);
    expect(pointsFromFigure(rule, 3, { value: 5 })).toBe(2.5);
    expect(pointsFromFigure(rule, 3, { value: 6 })).toBe(3);
    expect(pointsFromFigure(rule, 3, { value: 40 })).toBe(3);
  });
  it('at_most: full points up to the limit, nothing above it', () => {
    const rule = { rule: 'at_most', limit: 2 } as const;
    expect(pointsFromFigure(rule, 4, { value: 0 })).toBe(4);
    expect(pointsFromFigure(rule, 4, { value: 2 })).toBe(4);
    expect(pointsFromFigure(rule, 4, { value: 3 })).toBe(0);
  });
  it('bands: the points of the highest band reached, whatever order the bands are written in', () => {
    const rule: ScoringRule = {
      rule: 'bands',
      bands: [
        { min: 80, points: 2 },
        { min: 95, points: 5 },
        { min: 90, points: 4 },
      ],
    };
    expect(pointsFromFigure(rule, 5, { value: 79.9 })).toBe(0);
    expect(pointsFromFigure(rule, 5, { value: 80 })).toBe(2);
    expect(pointsFromFigure(rule, 5, { value: 94.99 })).toBe(4);
    expect(pointsFromFigure(rule, 5, { value: 95 })).toBe(5);
    // A band worth more than the item is capped at the item's maximum.
    expect(pointsFromFigure(rule, 3, { value: 99 })).toBe(3);
  });
  it('gives null when the figure has no value ("không đủ số liệu")', () => {
    expect(pointsFromFigure(ratio, 10, { value: null })).toBeNull();
    expect(pointsFromFigure({ rule: 'at_most', limit: 0 }, 10, { value: null })).toBeNull();
  });
});
