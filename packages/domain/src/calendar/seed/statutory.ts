import { addDays, isWeekend, type CalendarDay } from '../calendar.ts';

/**
 * The statutory days off of a year, as the seed of the calendar_days table
 * (generated once into holidays.ts by scripts/generate-calendar-seed.ts).
 *
 * - From 2021, Labour Code 2019 (45/2019/QH14) Art 112(1): 1 January; Tết, 5 days;
 *   30 April; 1 May; National Day, 2 September and one adjacent day (2 days);
 *   Hùng Kings' commemoration, 10th day of the 3rd lunar month. The Prime Minister
 *   fixes the Tết and National Day days each year (Art 112(3)).
 * - 2016–2020, Labour Code 2012 (10/2012/QH13) Art 115(1): the same, with Tết also
 *   5 days but National Day one day only (2 September).
 * - A holiday on a weekly rest day gives a day off on the next working day
 *   (Labour Code 2019 Art 111(3); Labour Code 2012 Art 115(3)).
 *
 * Where the Government's choice is not known to this project the generator uses a
 * documented default, which an administrator corrects on the calendar page:
 * Tết is the last day of the old lunar year and the first four days of the new one;
 * the second National Day day is 3 September when 2 September is a Thursday (joining
 * the weekend) and 1 September otherwise.
 */
export interface LunarDates {
  /** First day of the lunar year (mùng 1 Tết). */
  tet: string;
  /** 10th day of the 3rd lunar month. */
  hungKings: string;
}

/** Tết days off the Government announced, where known (the table the code carried before, 2025–2027). */
export const ANNOUNCED_TET: Record<number, string[]> = {
  2025: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
};

const TET_NAMES = ['Tết Nguyên đán (ngày cuối năm Âm lịch)', 'Tết Nguyên đán (mùng 1)', 'Tết Nguyên đán (mùng 2)'];

export function statutoryDays(year: number, lunar: LunarDates): CalendarDay[] {
  const code2019 = year >= 2021;
  const code = code2019 ? 'Bộ luật Lao động 2019' : 'Bộ luật Lao động 2012';
  const art = code2019 ? 'Điều 112' : 'Điều 115';
  const basis = (point: string) => `Điểm ${point} khoản 1 ${art} ${code}`;
  const holidays: CalendarDay[] = [];
  const add = (date: string, name: string, legalBasis: string) =>
    holidays.push({ date, kind: 'holiday', name, legalBasis });

  add(`${year}-01-01`, 'Tết Dương lịch', basis('a'));
  const announced = ANNOUNCED_TET[year];
  if (announced)
    for (const d of announced)
      add(d, 'Tết Nguyên đán', `${basis('b')}; ngày nghỉ cụ thể do Chính phủ công bố cho năm ${year}`);
  else
    for (let i = -1; i <= 3; i++)
      add(addDays(lunar.tet, i), TET_NAMES[i + 1] ?? `Tết Nguyên đán (mùng ${i + 1})`, basis('b'));
  add(lunar.hungKings, 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)', basis('e'));
  add(`${year}-04-30`, 'Ngày Chiến thắng (30/4)', basis('c'));
  add(`${year}-05-01`, 'Ngày Quốc tế lao động (1/5)', basis('d'));
  add(`${year}-09-02`, 'Quốc khánh (2/9)', basis('đ'));
  if (code2019) {
    const thursday = new Date(`${year}-09-02T00:00:00Z`).getUTCDay() === 4;
    add(thursday ? `${year}-09-03` : `${year}-09-01`, 'Quốc khánh (ngày liền kề 2/9)', basis('đ'));
  }
  holidays.sort((a, b) => (a.date < b.date ? -1 : 1));

  // A holiday on Saturday or Sunday: the next day that is neither a rest day nor already off.
  const off = new Set(holidays.map((h) => h.date));
  const inLieu: CalendarDay[] = [];
  for (const h of holidays) {
    if (!isWeekend(h.date)) continue;
    let d = addDays(h.date, 1);
    while (isWeekend(d) || off.has(d)) d = addDays(d, 1);
    off.add(d);
    inLieu.push({
      date: d,
      kind: 'day_off',
      name: `Nghỉ bù ${h.name.replace(/ \(.*\)$/, '')} (${h.date.slice(8, 10)}/${h.date.slice(5, 7)})`,
      legalBasis: code2019 ? 'Khoản 3 Điều 111 Bộ luật Lao động 2019' : 'Khoản 3 Điều 115 Bộ luật Lao động 2012',
    });
  }
  return [...holidays, ...inLieu].sort((a, b) => (a.date < b.date ? -1 : 1));
}
