import { type ReportingPeriod, type ReportingPeriodType, periodRange } from './periods.ts';

/**
 * What a reporting period covers, for combining values across periods (docs/statistics.md): its months,
 * the periods of a finer type inside it, the same period in an earlier year and the year to date.
 */

/** The stored period types, finest first; a year-to-date period is a query, never stored. */
export type StoredPeriodType = Exclude<ReportingPeriodType, 'ytd'>;
export const PERIOD_TYPE_MONTHS: Record<StoredPeriodType, number> = { month: 1, quarter: 3, half: 6, year: 12 };

/** First and last month (1–12) a period covers. */
export function monthSpan(p: ReportingPeriod): { year: number; first: number; last: number } {
  const to = Number(periodRange(p).to.slice(5, 7));
  const first = p.type === 'ytd' || p.type === 'year' ? 1 : to - PERIOD_TYPE_MONTHS[p.type] + 1;
  return { year: p.year, first, last: to };
}

/** The months a period covers, in order. */
export function monthsOf(p: ReportingPeriod): ReportingPeriod[] {
  const { year, first, last } = monthSpan(p);
  return Array.from({ length: last - first + 1 }, (_, i) => ({ type: 'month' as const, year, index: first + i }));
}

/** The last month of a period: what a "last value" or a registry count as of the period's end reads. */
export function lastMonthOf(p: ReportingPeriod): ReportingPeriod {
  return { type: 'month', year: p.year, index: monthSpan(p).last };
}

/** Whether periods of `type` tile periods of `than` (a month lies in one quarter; a quarter not in a month). */
export function isFinerOrSame(type: StoredPeriodType, than: ReportingPeriodType): boolean {
  if (than === 'ytd') return type === 'month';
  return (
    PERIOD_TYPE_MONTHS[type] <= PERIOD_TYPE_MONTHS[than] && PERIOD_TYPE_MONTHS[than] % PERIOD_TYPE_MONTHS[type] === 0
  );
}

/**
 * The periods of `type` a period is made of, in order: the months of 2021Q3, the quarters of 2021, the months
 * of 2021YTD09. Empty when they do not tile it (quarters of a month, quarters of a nine-month year to date).
 */
export function periodsWithin(p: ReportingPeriod, type: StoredPeriodType): ReportingPeriod[] {
  const { year, first, last } = monthSpan(p);
  const size = PERIOD_TYPE_MONTHS[type];
  if ((first - 1) % size !== 0 || last % size !== 0) return [];
  if (type === 'year') return [{ type, year, index: 0 }];
  return Array.from({ length: (last - first + 1) / size }, (_, i) => ({
    type,
    year,
    index: (first - 1) / size + 1 + i,
  }));
}

/** Every period of `type` overlapping the ISO days [from, to], in order (a span of several years). */
export function periodsBetweenDays(type: StoredPeriodType, from: string, to: string): ReportingPeriod[] {
  const out: ReportingPeriod[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++)
    for (const p of periodsWithin({ type: 'year', year: y, index: 0 }, type)) {
      const r = periodRange(p);
      if (r.to >= from && r.from <= to) out.push(p);
    }
  return out;
}

/** The same period `years` years earlier (1 = "cùng kỳ năm trước"). */
export function yearsBefore(p: ReportingPeriod, years: number): ReportingPeriod {
  return { ...p, year: p.year - years };
}

/** "Lũy kế": from January to the period's last month (2021-07 → 2021YTD07; 2021Q3 → 2021YTD09). */
export function yearToDateOf(p: ReportingPeriod): ReportingPeriod {
  return { type: 'ytd', year: p.year, index: monthSpan(p).last };
}

/** Whether `inner` lies wholly within `outer`. */
export function periodContains(outer: ReportingPeriod, inner: ReportingPeriod): boolean {
  const a = periodRange(outer);
  const b = periodRange(inner);
  return a.from <= b.from && b.to <= a.to;
}
