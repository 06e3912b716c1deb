import { PLAUSIBLE_YEARS } from './dates.ts';

/**
 * What a typed date means, said in Vietnamese when it means nothing: one reading for every date
 * field of the app and the server's refusal, so 31/02/1990 is explained ("tháng 2 năm 1990 chỉ
 * có 28 ngày") instead of being dropped.
 */
export type DateInputCheck = { ok: true; iso: string | null } | { ok: false; message: string };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Null when day/month/year make a real, plausible date; otherwise why not (without the prefix). */
function dateProblem(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12) return `không có tháng ${month} (tháng từ 1 đến 12)`;
  if (day < 1) return 'ngày phải từ 1 trở lên';
  const days = daysInMonth(year, month);
  if (day > days) return `tháng ${month} năm ${year} chỉ có ${days} ngày`;
  if (year < PLAUSIBLE_YEARS.min || year > PLAUSIBLE_YEARS.max)
    return `năm ${year} không hợp lý (chỉ nhận từ ${PLAUSIBLE_YEARS.min} đến ${PLAUSIBLE_YEARS.max})`;
  return null;
}

export const DATE_INPUT_HINT = 'nhập theo dạng ngày/tháng/năm, ví dụ 05/09/1985';

/**
 * A date as typed in a form: `dd/mm/yyyy` (also `d/m/yyyy`, with `.` or `-`) or ISO `yyyy-mm-dd`.
 * Empty text is no date (ok, iso null); anything else is either a real date in 1900–2100 or refused
 * with a message that keeps the text as typed.
 */
export function checkDateInput(text: string): DateInputCheck {
  const value = text.trim();
  if (!value) return { ok: true, iso: null };
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!vn && !iso) return { ok: false, message: `Ngày không hợp lệ: “${value}” — ${DATE_INPUT_HINT}` };
  const [day, month, year] = vn
    ? [Number(vn[1]), Number(vn[2]), Number(vn[3])]
    : [Number(iso![3]), Number(iso![2]), Number(iso![1])];
  const problem = dateProblem(day, month, year);
  if (problem) return { ok: false, message: `Ngày không hợp lệ: ${value} — ${problem}` };
  return { ok: true, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/**
 * Why an ISO `YYYY-MM-DD` sent to the server is not a real date, in Vietnamese and shown as the
 * clerk would type it ("Ngày không hợp lệ: 30/02/2023 — tháng 2 năm 2023 chỉ có 28 ngày"); null
 * when it is one. The year's plausibility is judged separately (implausibleDate).
 */
export function impossibleIsoDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!m) return `Ngày không hợp lệ: “${value.slice(0, 40)}” — cần dạng YYYY-MM-DD (năm-tháng-ngày)`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const shown = `${m[3]}/${m[2]}/${m[1]}`;
  if (month < 1 || month > 12) return `Ngày không hợp lệ: ${shown} — không có tháng ${month} (tháng từ 1 đến 12)`;
  if (day < 1) return `Ngày không hợp lệ: ${shown} — ngày phải từ 1 trở lên`;
  const days = daysInMonth(year, month);
  if (day > days) return `Ngày không hợp lệ: ${shown} — tháng ${month} năm ${year} chỉ có ${days} ngày`;
  return null;
}
