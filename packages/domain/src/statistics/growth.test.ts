import { describe, expect, it } from 'vitest';
import { cagrRate, contributionPoints, deflateValue, growthRate, planFulfilment, sharePercent } from './growth.ts';

describe('growth measures (§13.5)', () => {
  it('growth measures on hand-computed values', () => {
    expect(growthRate(110, 100)).toBeCloseTo(10, 10);
    expect(growthRate(110, 0)).toBeNull();
    expect(growthRate(null, 100)).toBeNull();
    expect(cagrRate(884, 340, 6)).toBeCloseTo(17.2633, 4);
    expect(cagrRate(100, -1, 2)).toBeNull();
    expect(sharePercent(60, 100)).toBe(60);
    expect(planFulfilment(45, 50)).toBe(90);
    expect(contributionPoints(30, 20, 200)).toBe(5);
  });

  it('constant prices divide by the price index in %', () => {
    expect(deflateValue(1100, 110)).toBeCloseTo(1000, 10);
    expect(deflateValue(1100, 0)).toBeNull();
    expect(cagrRate(100, 50, 0)).toBeNull();
    expect(growthRate(Number.MAX_VALUE, Number.MIN_VALUE)).toBeNull();
  });
});
