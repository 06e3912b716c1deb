import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { DateText } from './DateField.tsx';
import { decodeDraft, draftKey, draftTime, encodeDraft } from './formDraft.ts';

describe('a form draft kept in localStorage', () => {
  it('is keyed by user, form and record (a new record is "new")', () => {
    expect(draftKey('u1', 'proposal', 'p9')).toBe('thidua.draft.u1.proposal.p9');
    expect(draftKey('u1', 'proposal', undefined)).toBe('thidua.draft.u1.proposal.new');
  });

  it('keeps dates as dates and a refused date text as typed, through JSON', () => {
    const values = {
      title: 'Đề nghị',
      dateOfBirth: dayjs('1990-02-28'),
      startDate: new DateText('31/02/1990', 'x'),
      items: [{ subjectId: 'a', awardCode: null, skipped: undefined }],
    };
    const back = decodeDraft(JSON.parse(JSON.stringify(encodeDraft(values)))) as Record<string, unknown>;
    expect(back.title).toBe('Đề nghị');
    expect(dayjs.isDayjs(back.dateOfBirth) && back.dateOfBirth.format('YYYY-MM-DD')).toBe('1990-02-28');
    expect(back.startDate).toBeInstanceOf(DateText);
    expect((back.startDate as DateText).text).toBe('31/02/1990');
    expect((back.startDate as DateText).message).toBe(
      'Ngày không hợp lệ: 31/02/1990 — tháng 2 năm 1990 chỉ có 28 ngày',
    );
    expect(back.items).toEqual([{ subjectId: 'a', awardCode: null }]);
  });

  it('says when it was written: the time today, the day otherwise', () => {
    const now = new Date('2026-12-07T09:40:00');
    expect(draftTime('2026-12-07T09:32:00', now)).toBe('09:32');
    expect(draftTime('2026-12-05T16:05:00', now)).toBe('16:05 ngày 05/12/2026');
  });
});
