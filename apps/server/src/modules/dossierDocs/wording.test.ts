import { describe, expect, it } from 'vitest';
import { dateShort, stepResult, timeLimitLabel, timeLong, weekdayDate } from './wording.ts';

describe('form wording', () => {
  it('writes times on the Vietnam clock, padded as the forms print them', () => {
    expect(timeLong('2026-12-07T01:05:00.000Z')).toBe('08 giờ 05 phút, ngày 07 tháng 12 năm 2026');
    // 23:30 UTC is already the next morning in Vietnam.
    expect(timeLong('2026-12-31T23:30:00.000Z')).toBe('06 giờ 30 phút, ngày 01 tháng 01 năm 2027');
    expect(dateShort('2026-12-31T23:30:00.000Z')).toBe('01/01/2027');
    expect(weekdayDate('2026-12-14T09:30:00.000Z')).toBe('Thứ Hai, 14/12/2026');
    expect(timeLimitLabel(5, 'working_days')).toBe('05 ngày làm việc');
  });

  it('judges a step by the Vietnam date, or to the minute when told', () => {
    const due = '2026-12-14T09:30:00.000Z'; // 16:30 on 14 December
    expect(stepResult('2026-12-11T02:00:00.000Z', due)).toBe('early');
    expect(stepResult('2026-12-14T10:00:00.000Z', due)).toBe('on_time');
    expect(stepResult('2026-12-14T10:00:00.000Z', due, 'instant')).toBe('late');
    expect(stepResult('2026-12-14T08:00:00.000Z', due, 'instant')).toBe('on_time');
    // 18:00 UTC on the 14th is the 15th in Vietnam.
    expect(stepResult('2026-12-14T18:00:00.000Z', due)).toBe('late');
  });
});
