/**
 * The statistics API's period ids (docs/statistics.md): `2021` (year), `2021S1` (half), `2021Q3` (quarter),
 * `2021-07` (month), `2021YTD09` (January to September); and their labels as a report prints them.
 */
export type StatPeriodType = 'month' | 'quarter' | 'half' | 'year';

const ROMAN = ['I', 'II', 'III', 'IV'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The periods of a type in a year, first to last. */
export function periodsOfYear(type: StatPeriodType, year: number): string[] {
  switch (type) {
    case 'month':
      return Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);
    case 'quarter':
      return [1, 2, 3, 4].map((q) => `${year}Q${q}`);
    case 'half':
      return [`${year}S1`, `${year}S2`];
    case 'year':
      return [String(year)];
  }
}

/** The type of a period id, or null. */
export function periodTypeOf(id: string): StatPeriodType | 'ytd' | null {
  if (/^\d{4}-\d{2}$/u.test(id)) return 'month';
  if (/^\d{4}Q[1-4]$/u.test(id)) return 'quarter';
  if (/^\d{4}S[12]$/u.test(id)) return 'half';
  if (/^\d{4}$/u.test(id)) return 'year';
  if (/^\d{4}YTD\d{2}$/u.test(id)) return 'ytd';
  return null;
}

/** "Tháng 07/2021", "Quý III/2021", "6 tháng đầu năm 2021", "Năm 2021", "Lũy kế 9 tháng 2021" (or English). */
export function periodLabel(id: string, lang = 'vi'): string {
  const year = id.slice(0, 4);
  const en = lang === 'en';
  switch (periodTypeOf(id)) {
    case 'month':
      return en ? `${id.slice(5, 7)}/${year}` : `Tháng ${id.slice(5, 7)}/${year}`;
    case 'quarter':
      return en ? `Q${id.slice(5)} ${year}` : `Quý ${ROMAN[Number(id.slice(5)) - 1]}/${year}`;
    case 'half':
      return en ? `H${id.slice(5)} ${year}` : `6 tháng ${id.slice(5) === '1' ? 'đầu' : 'cuối'} năm ${year}`;
    case 'year':
      return en ? year : `Năm ${year}`;
    case 'ytd':
      return en ? `Jan–${id.slice(7)}/${year}` : `Lũy kế ${Number(id.slice(7))} tháng ${year}`;
    default:
      return id;
  }
}

/** The period of a type that an ISO day falls in. */
export function periodOfDate(type: StatPeriodType, iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  switch (type) {
    case 'month':
      return `${year}-${pad(month)}`;
    case 'quarter':
      return `${year}Q${Math.ceil(month / 3)}`;
    case 'half':
      return `${year}S${Math.ceil(month / 6)}`;
    case 'year':
      return String(year);
  }
}

/** The period just before (the one a report usually enters next month): 2021-01 → 2020-12. */
export function previousPeriodId(id: string): string {
  const year = Number(id.slice(0, 4));
  const type = periodTypeOf(id);
  if (type === 'year') return String(year - 1);
  if (type === 'month') {
    const m = Number(id.slice(5, 7));
    return m > 1 ? `${year}-${pad(m - 1)}` : `${year - 1}-12`;
  }
  if (type === 'quarter' || type === 'half') {
    const n = Number(id.slice(5));
    const letter = id[4]!;
    return n > 1 ? `${year}${letter}${n - 1}` : `${year - 1}${letter}${type === 'quarter' ? 4 : 2}`;
  }
  return id;
}

/** The last `count` periods of a type up to and including `last`, oldest first (a 13-month trend). */
export function periodsBack(last: string, count: number): string[] {
  const out = [last];
  while (out.length < count) out.unshift(previousPeriodId(out[0]!));
  return out;
}

const FREQUENCY: readonly string[] = ['month', 'quarter', 'half', 'year'];

/** The data set a page opens on: the most frequent report (the monthly one before the quarterly ones). */
export function mostFrequent<T extends { periodType: string }>(datasets: readonly T[]): T | undefined {
  return [...datasets].sort((a, b) => FREQUENCY.indexOf(a.periodType) - FREQUENCY.indexOf(b.periodType))[0];
}
