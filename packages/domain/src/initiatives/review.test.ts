import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC, aggregate, contributionErrors, scoreErrors, weightedScore } from './review.ts';

describe('initiative review', () => {
  it('weights each criterion by its share of the scale', () => {
    const full = Object.fromEntries(DEFAULT_RUBRIC.map((c) => [c.key, c.max]));
    expect(weightedScore(DEFAULT_RUBRIC, full)).toBe(100);
    expect(weightedScore(DEFAULT_RUBRIC, { novelty: 10, applicability: 0, effectiveness: 5, scope: 0 })).toBe(45);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 4, maxLength: 4 }), (v) => {
        const s = weightedScore(DEFAULT_RUBRIC, Object.fromEntries(DEFAULT_RUBRIC.map((c, i) => [c.key, v[i]!])));
        return s >= 0 && s <= 100;
      }),
    );
  });

  it('refuses a score outside the scale, a missing criterion and an unknown one', () => {
    expect(scoreErrors(DEFAULT_RUBRIC, { novelty: 11, applicability: 5, effectiveness: 5, bonus: 1 })).toEqual([
      { path: 'scores.novelty', message: '"Tính mới, tính sáng tạo" chấm từ 0 đến 10' },
      { path: 'scores.scope', message: 'Chưa chấm "Phạm vi ảnh hưởng"' },
      { path: 'scores.bonus', message: 'Tiêu chí không có trong thang điểm' },
    ]);
  });

  it('aggregates mean, median, sample deviation, and flags wide disagreement', () => {
    expect(aggregate([])).toEqual({ count: 0, mean: null, median: null, stdev: null, contested: false });
    expect(aggregate([70])).toEqual({ count: 1, mean: 70, median: 70, stdev: null, contested: false });
    expect(aggregate([60, 70, 80, 90])).toEqual({ count: 4, mean: 75, median: 75, stdev: 12.9, contested: false });
    expect(aggregate([20, 85, 90]).contested).toBe(true);
  });

  it('wants contributions summing to 100%', () => {
    expect(
      contributionErrors([
        { personId: 'a', share: 60 },
        { personId: 'b', share: 30 },
      ]),
    ).toEqual(['Tổng tỷ lệ đóng góp phải bằng 100% (hiện là 90%)']);
    expect(
      contributionErrors([
        { personId: 'a', share: 70 },
        { personId: 'b', share: 30 },
      ]),
    ).toEqual([]);
    expect(contributionErrors([])).toEqual(['Cần ít nhất một tác giả']);
  });
});
