import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORECARDS, evidenceKindsText, evidenceMimes } from './defaults.ts';
import { classify } from './ranking.ts';

describe('scorecard defaults', () => {
  it('classifies by the usual bands: Xuất sắc from 90 %, Tốt 80, Khá 65, Trung bình 50, Yếu below', () => {
    const at = (total: number) => classify(total, 100, DEFAULT_SCORECARDS.bands);
    expect([95, 90, 85, 80, 70, 65, 55, 50, 49.99, 0].map(at)).toEqual([
      'Xuất sắc',
      'Xuất sắc',
      'Tốt',
      'Tốt',
      'Khá',
      'Khá',
      'Trung bình',
      'Trung bình',
      'Yếu',
      'Yếu',
    ]);
  });

  it('turns evidence kinds into the mime types the file check detects, once each', () => {
    expect(evidenceMimes(DEFAULT_SCORECARDS.evidenceTypes)).toEqual([
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'image/jpeg',
      'image/png',
    ]);
    expect(evidenceMimes(['doc', 'pdf', 'doc'])).toEqual(['application/msword', 'application/pdf']);
    expect(evidenceKindsText(['pdf', 'jpg'])).toBe('PDF (.pdf), Ảnh JPEG (.jpg)');
  });
});
