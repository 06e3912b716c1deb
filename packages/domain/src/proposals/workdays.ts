/**
 * Working days in Vietnam: Monday to Friday, less public holidays. Fixed
 * solar holidays are law; the lunar ones (Tết, Giỗ Tổ) move every year and
 * the Government announces the exact days off, so they are a setting whose
 * default is this table (U: from the yearly announcements).
 */
export const FIXED_HOLIDAYS = ['01-01', '04-30', '05-01', '09-02'] as const;

/** Days off for Tết Nguyên đán and Giỗ Tổ Hùng Vương, per year (setting; default below). */
export const LUNAR_HOLIDAYS: Record<number, string[]> = {
  2025: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-04-07'],
  2026: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-27'],
  2027: ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-04-16'],
};

const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (s: string) => new Date(`${s}T00:00:00Z`);

export function isWorkingDay(date: string, lunar: Record<number, string[]> = LUNAR_HOLIDAYS): boolean {
  const d = day(date);
  const wd = d.getUTCDay();
  if (wd === 0 || wd === 6) return false;
  if ((FIXED_HOLIDAYS as readonly string[]).includes(date.slice(5))) return false;
  // 2 September carries a second day off (1 or 3 September) since 2021; kept simple: the 1st.
  if (date.slice(5) === '09-01') return false;
  return !(lunar[d.getUTCFullYear()] ?? []).includes(date);
}

/** The day on which a period of `n` working days that starts the day after `from` ends. */
export function addWorkingDays(from: string, n: number, lunar?: Record<number, string[]>): string {
  const d = day(from);
  let left = n;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isWorkingDay(iso(d), lunar)) left--;
  }
  return iso(d);
}
