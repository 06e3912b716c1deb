import { describe, expect, it } from 'vitest';
import { reviewYear } from './years.ts';

describe('reviewYear', () => {
  it('opens on this year from October (the year-end review), on the year just ended before', () => {
    expect(reviewYear(new Date(2026, 10, 26))).toBe(2026);
    expect(reviewYear(new Date(2026, 9, 1))).toBe(2026);
    expect(reviewYear(new Date(2026, 8, 30))).toBe(2025);
    expect(reviewYear(new Date(2027, 0, 15))).toBe(2026);
  });
});
