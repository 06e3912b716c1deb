import { describe, expect, it } from 'vitest';
import { parseTsv } from '../../lib/tsv.ts';
import { parseRatingLabel, pasteRatings, ratingMatches } from './parseRating.ts';

describe('parseRatingLabel', () => {
  it.each([
    ['Hoàn thành xuất sắc nhiệm vụ', 'excellent'],
    ['hoan thanh xuat sac nhiem vu', 'excellent'],
    ['HTXSNV', 'excellent'],
    ['htxs', 'excellent'],
    ['Hoàn thành tốt nhiệm vụ', 'good'],
    ['hoan thanh tot', 'good'],
    ['HTTNV', 'good'],
    ['Hoàn thành nhiệm vụ', 'completed'],
    ['HTNV', 'completed'],
    ['Không hoàn thành nhiệm vụ', 'not_completed'],
    ['KHTNV', 'not_completed'],
    ['  khong hoan thanh  ', 'not_completed'],
    ['Hoa\u0300n tha\u0300nh to\u0302\u0301t nhie\u0323\u0302m vu\u0323', 'good'],
  ])('%s → %s', (text, rating) => {
    expect(parseRatingLabel(text)).toBe(rating);
  });

  it('treats an empty cell as "clear" and rejects anything else', () => {
    expect(parseRatingLabel('')).toBeNull();
    expect(parseRatingLabel('   ')).toBeNull();
    expect(parseRatingLabel('Lao động tiên tiến')).toBeUndefined();
    expect(parseRatingLabel('HTX')).toBeUndefined();
  });
});

describe('ratingMatches', () => {
  it('finds options by initials or words without diacritics', () => {
    expect(ratingMatches('htxs', 'excellent', 'Hoàn thành xuất sắc nhiệm vụ')).toBe(true);
    expect(ratingMatches('xuat sac', 'excellent', 'Hoàn thành xuất sắc nhiệm vụ')).toBe(true);
    expect(ratingMatches('xuat sac', 'good', 'Hoàn thành tốt nhiệm vụ')).toBe(false);
  });
});

describe('parseTsv and pasteRatings', () => {
  it('splits Excel clipboard text, quoted cells included', () => {
    expect(parseTsv('a\tb\r\nc\t"d\te"\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd\te'],
    ]);
  });

  it('fills from the focused row, picks the rating column and reports the rest', () => {
    const text = 'Nguyễn Văn A\tHTXSNV\nTrần Thị B\thoan thanh tot\nLê C\t???\nPhạm D\t\nVũ E\tHTNV\n';
    expect(pasteRatings(text, 1, 5)).toEqual({
      updates: [
        { index: 1, rating: 'excellent' },
        { index: 2, rating: 'good' },
        { index: 4, rating: null },
      ],
      rejected: [{ line: 3, value: '???' }],
      overflow: 1,
    });
  });
});
