import { describe, expect, it } from 'vitest';
import { parseRating } from './ratingText.ts';

describe('parseRating', () => {
  it('reads full labels with and without diacritics, short forms and abbreviations', () => {
    expect(parseRating('Hoàn thành xuất sắc nhiệm vụ')).toBe('excellent');
    expect(parseRating('hoan thanh xuat sac')).toBe('excellent');
    expect(parseRating('HTXSNV')).toBe('excellent');
    expect(parseRating('Hoàn thành tốt nhiệm vụ')).toBe('good');
    expect(parseRating('H.T.T.N.V')).toBe('good');
    expect(parseRating('  hoàn thành  nhiệm vụ ')).toBe('completed');
    expect(parseRating('Không hoàn thành nhiệm vụ')).toBe('not_completed');
    expect(parseRating('KHTNV')).toBe('not_completed');
  });
  it('refuses what it does not know instead of guessing', () => {
    expect(parseRating('Xuất sắc lắm')).toBeNull();
    expect(parseRating('')).toBeNull();
  });
});
