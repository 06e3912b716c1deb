import { describe, expect, it } from 'vitest';
import { checkDateInput, daysInMonth, impossibleIsoDate, isLeapYear } from './dateInput.ts';

describe('a date typed as dd/mm/yyyy', () => {
  it('reads Vietnamese day-first dates, with or without leading zeros and with / . or -', () => {
    expect(checkDateInput('05/09/1985')).toEqual({ ok: true, iso: '1985-09-05' });
    expect(checkDateInput('5/9/1985')).toEqual({ ok: true, iso: '1985-09-05' });
    expect(checkDateInput(' 05.09.1985 ')).toEqual({ ok: true, iso: '1985-09-05' });
    expect(checkDateInput('05-09-1985')).toEqual({ ok: true, iso: '1985-09-05' });
    expect(checkDateInput('1985-09-05')).toEqual({ ok: true, iso: '1985-09-05' });
  });

  it('takes empty text as no date', () => {
    expect(checkDateInput('')).toEqual({ ok: true, iso: null });
    expect(checkDateInput('   ')).toEqual({ ok: true, iso: null });
  });

  it('refuses 31/02/1990 saying February 1990 has 28 days', () => {
    expect(checkDateInput('31/02/1990')).toEqual({
      ok: false,
      message: 'Ngày không hợp lệ: 31/02/1990 — tháng 2 năm 1990 chỉ có 28 ngày',
    });
    expect(checkDateInput('30/02/2023')).toMatchObject({ ok: false, message: expect.stringMatching(/28 ngày/u) });
  });

  it('knows leap years: 29/02 exists in 2024 and 2000, not in 2023 or 1900', () => {
    expect(checkDateInput('29/02/2024')).toEqual({ ok: true, iso: '2024-02-29' });
    expect(checkDateInput('29/02/2000')).toEqual({ ok: true, iso: '2000-02-29' });
    expect(checkDateInput('29/02/2023')).toMatchObject({ ok: false });
    expect(checkDateInput('29/02/1900')).toEqual({
      ok: false,
      message: 'Ngày không hợp lệ: 29/02/1900 — tháng 2 năm 1900 chỉ có 28 ngày',
    });
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('explains a month past 12, a day 0, a 31st in a 30-day month and an implausible year', () => {
    expect(checkDateInput('12/13/1990')).toMatchObject({ ok: false, message: expect.stringMatching(/tháng 13/u) });
    expect(checkDateInput('00/01/1990')).toMatchObject({ ok: false, message: expect.stringMatching(/từ 1/u) });
    expect(checkDateInput('31/04/2026')).toEqual({
      ok: false,
      message: 'Ngày không hợp lệ: 31/04/2026 — tháng 4 năm 2026 chỉ có 30 ngày',
    });
    expect(checkDateInput('01/01/1850')).toMatchObject({ ok: false, message: expect.stringMatching(/năm 1850/u) });
  });

  it('keeps text that is not a date in the message with the expected form', () => {
    const r = checkDateInput('31/02');
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.message).toMatch(/“31\/02” — nhập theo dạng ngày\/tháng\/năm/u);
    expect(checkDateInput('1990/02/01')).toMatchObject({ ok: false });
    expect(checkDateInput('abc')).toMatchObject({ ok: false });
  });
});

describe('an ISO date sent to the server', () => {
  it('is explained as the clerk would have typed it when impossible', () => {
    expect(impossibleIsoDate('2023-02-30')).toBe('Ngày không hợp lệ: 30/02/2023 — tháng 2 năm 2023 chỉ có 28 ngày');
    expect(impossibleIsoDate('2024-02-29')).toBeNull();
    expect(impossibleIsoDate('2026-13-01')).toMatch(/tháng 13/u);
    expect(impossibleIsoDate('30/02/2023')).toMatch(/YYYY-MM-DD/u);
  });
});
