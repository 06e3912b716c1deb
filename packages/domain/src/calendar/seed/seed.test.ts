import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../calendar.ts';
import { SEED_CALENDAR_DAYS, SEED_CALENDAR_YEARS } from './holidays.ts';
import { lunarToSolar } from './lunar.ts';
import { statutoryDays } from './statutory.ts';

describe('calendar seed 2016–2030', () => {
  it('the lunar algorithm gives the known first days of Tết and Giỗ Tổ', () => {
    const tet: Record<number, string> = {
      1985: '1985-01-21', // the Vietnamese Tết, a month before the Chinese one that year
      2016: '2016-02-08',
      2020: '2020-01-25',
      2023: '2023-01-22',
      2024: '2024-02-10',
      2025: '2025-01-29',
      2026: '2026-02-17',
      2027: '2027-02-06',
    };
    for (const [y, d] of Object.entries(tet)) expect(lunarToSolar(1, 1, Number(y))).toBe(d);
    // 2023 has a leap 2nd month: Giỗ Tổ falls on 29/04.
    expect(lunarToSolar(10, 3, 2023)).toBe('2023-04-29');
    expect(lunarToSolar(10, 3, 2026)).toBe('2026-04-26');
  });

  it('the stored file is what the generator produces', () => {
    const regenerated = SEED_CALENDAR_YEARS.flatMap((y) =>
      statutoryDays(y, { tet: lunarToSolar(1, 1, y), hungKings: lunarToSolar(10, 3, y) }),
    );
    expect(SEED_CALENDAR_DAYS).toEqual(regenerated);
  });

  it('gives 10 holidays a year under the 2012 code, 11 from 2021, and a day in lieu for each on a weekend', () => {
    for (const y of SEED_CALENDAR_YEARS) {
      const days = SEED_CALENDAR_DAYS.filter((d) => d.date.startsWith(`${y}-`));
      const holidays = days.filter((d) => d.kind === 'holiday');
      expect(holidays, String(y)).toHaveLength(y >= 2021 ? 11 : 10);
      const weekend = holidays.filter((d) => [0, 6].includes(new Date(`${d.date}T00:00:00Z`).getUTCDay()));
      expect(
        days.filter((d) => d.kind === 'day_off'),
        String(y),
      ).toHaveLength(weekend.length);
      expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
    }
    expect(() => new WorkCalendar(SEED_CALENDAR_YEARS, SEED_CALENDAR_DAYS)).not.toThrow();
  });

  it('National Day: one day until 2020, two from 2021 joining the weekend', () => {
    const sept = (y: number) => SEED_CALENDAR_DAYS.filter((d) => d.date.startsWith(`${y}-09`) && d.kind === 'holiday');
    expect(sept(2020).map((d) => d.date)).toEqual(['2020-09-02']);
    expect(sept(2021).map((d) => d.date)).toEqual(['2021-09-02', '2021-09-03']);
    expect(sept(2025).map((d) => d.date)).toEqual(['2025-09-01', '2025-09-02']);
  });
});
