import { describe, expect, it } from 'vitest';
import { classify, rankMembers } from './ranking.ts';
import type { ClassificationBand, RankInput, TieBreakKey } from './types.ts';

const member = (id: string, total: number, over: Partial<RankInput> = {}): RankInput => ({
  id,
  total,
  fields: [],
  penalty: 0,
  selfTotal: total,
  ...over,
});
const DEFAULT: TieBreakKey[] = ['field_order', 'fewer_penalty', 'smaller_reduction'];
const ranks = (rs: ReturnType<typeof rankMembers>) => rs.map((r) => [r.id, r.rank, r.decidedBy]);

describe('rankMembers', () => {
  it('orders by total, highest first, whatever order the members came in', () => {
    const r = rankMembers([member('c', 71.5), member('a', 95), member('b', 88.25)], DEFAULT);
    expect(ranks(r)).toEqual([
      ['a', 1, null],
      ['b', 2, null],
      ['c', 3, null],
    ]);
  });

  it('field_order: the first field (in template order) where the points differ decides', () => {
    const r = rankMembers(
      [
        member('a', 90, { fields: [30, 30, 30] }),
        member('b', 90, { fields: [30, 31, 29] }),
        member('c', 90, { fields: [31, 29, 30] }),
      ],
      DEFAULT,
    );
    expect(ranks(r)).toEqual([
      ['c', 1, null],
      ['b', 2, 'field_order'],
      ['a', 3, 'field_order'],
    ]);
  });

  it('fewer_penalty decides when the fields are equal', () => {
    const fields = [40, 40];
    const r = rankMembers(
      [member('a', 80, { fields, penalty: 2 }), member('b', 80, { fields, penalty: 0.5 })],
      DEFAULT,
    );
    expect(ranks(r)).toEqual([
      ['b', 1, null],
      ['a', 2, 'fewer_penalty'],
    ]);
  });

  it('smaller_reduction decides when fields and penalty are equal: the smaller self − final difference wins', () => {
    const fields = [40, 40];
    const r = rankMembers(
      [member('a', 80, { fields, selfTotal: 86 }), member('b', 80, { fields, selfTotal: 81.5 })],
      DEFAULT,
    );
    expect(ranks(r)).toEqual([
      ['b', 1, null],
      ['a', 2, 'smaller_reduction'],
    ]);
  });

  it('higher_self decides when it is configured', () => {
    const r = rankMembers([member('a', 80, { selfTotal: 82 }), member('b', 80, { selfTotal: 85 })], ['higher_self']);
    expect(ranks(r)).toEqual([
      ['b', 1, null],
      ['a', 2, 'higher_self'],
    ]);
  });

  it('applies the keys in the configured order', () => {
    // a leads on the first field, b has fewer penalty points: the first configured key wins.
    const a = member('a', 80, { fields: [45, 35], penalty: 3 });
    const b = member('b', 80, { fields: [40, 40], penalty: 1 });
    expect(ranks(rankMembers([b, a], ['field_order', 'fewer_penalty']))).toEqual([
      ['a', 1, null],
      ['b', 2, 'field_order'],
    ]);
    expect(ranks(rankMembers([a, b], ['fewer_penalty', 'field_order']))).toEqual([
      ['b', 1, null],
      ['a', 2, 'fewer_penalty'],
    ]);
  });

  it('lets members still tied after every key share the rank, and the next one skips (1, 1, 3)', () => {
    const same = { fields: [50, 40], penalty: 1, selfTotal: 92 };
    const r = rankMembers([member('x', 70), member('a', 90, same), member('b', 90, same), member('c', 85)], DEFAULT);
    expect(ranks(r)).toEqual([
      ['a', 1, null],
      ['b', 1, null],
      ['c', 3, null],
      ['x', 4, null],
    ]);
  });

  it('keeps a tie when no key is configured, even where a key would have told them apart', () => {
    const r = rankMembers([member('a', 80, { fields: [40, 40] }), member('b', 80, { fields: [50, 30] })], []);
    expect(ranks(r)).toEqual([
      ['a', 1, null],
      ['b', 1, null],
    ]);
  });

  it('treats totals equal to two decimals as a tie (no float noise)', () => {
    const r = rankMembers([member('a', 0.1 + 0.2), member('b', 0.3)], []);
    expect(r.map((x) => x.rank)).toEqual([1, 1]);
  });

  it('puts a member without a self-score after those with one on the self-score keys', () => {
    const noSelf = member('n', 80, { selfTotal: null });
    const withSelf = member('s', 80, { selfTotal: 90 });
    expect(ranks(rankMembers([noSelf, withSelf], ['smaller_reduction']))).toEqual([
      ['s', 1, null],
      ['n', 2, 'smaller_reduction'],
    ]);
    expect(ranks(rankMembers([noSelf, withSelf], ['higher_self']))).toEqual([
      ['s', 1, null],
      ['n', 2, 'higher_self'],
    ]);
    expect(rankMembers([noSelf, member('m', 80, { selfTotal: null })], ['higher_self']).map((x) => x.rank)).toEqual([
      1, 1,
    ]);
  });

  it('ranks nobody in an empty cycle', () => {
    expect(rankMembers([], DEFAULT)).toEqual([]);
  });
});

describe('classify', () => {
  const BANDS: ClassificationBand[] = [
    { minPercent: 90, label: 'Xuất sắc' },
    { minPercent: 80, label: 'Tốt' },
    { minPercent: 65, label: 'Khá' },
    { minPercent: 50, label: 'Trung bình' },
    { minPercent: 0, label: 'Yếu' },
  ];

  it('gives each band from its threshold on (out of 100)', () => {
    expect(classify(100, 100, BANDS)).toBe('Xuất sắc');
    expect(classify(90, 100, BANDS)).toBe('Xuất sắc');
    expect(classify(89.99, 100, BANDS)).toBe('Tốt');
    expect(classify(80, 100, BANDS)).toBe('Tốt');
    expect(classify(79.99, 100, BANDS)).toBe('Khá');
    expect(classify(65, 100, BANDS)).toBe('Khá');
    expect(classify(64.99, 100, BANDS)).toBe('Trung bình');
    expect(classify(50, 100, BANDS)).toBe('Trung bình');
    expect(classify(49.99, 100, BANDS)).toBe('Yếu');
    expect(classify(0, 100, BANDS)).toBe('Yếu');
  });

  it('judges by the share of the maximum, exactly at the boundary', () => {
    // 72 / 80 = 90 %, 63,7 / 98 = 65 %, 57,75 / 77 = 75 %.
    expect(classify(72, 80, BANDS)).toBe('Xuất sắc');
    expect(classify(71.99, 80, BANDS)).toBe('Tốt');
    expect(classify(63.7, 98, BANDS)).toBe('Khá');
    expect(classify(57.75, 77, BANDS)).toBe('Khá');
  });

  it('counts a bonus above the maximum as the top band', () => {
    expect(classify(103, 100, BANDS)).toBe('Xuất sắc');
  });

  it('reads bands in any order', () => {
    expect(classify(85, 100, [...BANDS].reverse())).toBe('Tốt');
  });

  it('gives no label when no band applies or there is no maximum', () => {
    expect(classify(40, 100, BANDS.slice(0, 4))).toBe('');
    expect(classify(40, 100, [])).toBe('');
    expect(classify(0, 0, BANDS)).toBe('');
  });
});
