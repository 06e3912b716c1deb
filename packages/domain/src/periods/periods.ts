/**
 * Reporting periods of the sector statistics (docs/domain/one-stop-par-statistics.md
 * §13.2): month, quarter, six months, year and "lũy kế" year-to-date, with the
 * comparisons a report needs (previous period, same period last year). Ids follow
 * the keys of docs/statistics.md (2026-03, 2026Q1, 2026S1, 2026); a year-to-date
 * period is 2026YTD09 (January to September, the "9 months" report of §13.2). The older DHIS2-style
 * month 2026M03 is still read.
 */
export const REPORTING_PERIOD_TYPES = ['month', 'quarter', 'half', 'year', 'ytd'] as const;
export type ReportingPeriodType = (typeof REPORTING_PERIOD_TYPES)[number];

export interface ReportingPeriod {
  type: ReportingPeriodType;
  year: number;
  /** Month 1–12 (month; last month for ytd), quarter 1–4, half 1–2; 0 for a year. */
  index: number;
}

export const REPORTING_PERIOD_TYPE_LABELS: Record<ReportingPeriodType, string> = {
  month: 'Tháng',
  quarter: 'Quý',
  half: '6 tháng',
  year: 'Năm',
  ytd: 'Lũy kế từ đầu năm',
};

const MAX_INDEX: Record<ReportingPeriodType, number> = { month: 12, quarter: 4, half: 2, year: 0, ytd: 12 };
const pad = (n: number) => String(n).padStart(2, '0');
const ID = /^(\d{4})(?:[-M](\d{2})|Q([1-4])|S([12])|YTD(\d{2}))?$/;

/** "2026-03" (or "2026M03") → {month, 2026, 3}; null when the text is not a period id. */
export function parsePeriodId(id: string): ReportingPeriod | null {
  const m = ID.exec(id.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const p: ReportingPeriod = m[2]
    ? { type: 'month', year, index: Number(m[2]) }
    : m[3]
      ? { type: 'quarter', year, index: Number(m[3]) }
      : m[4]
        ? { type: 'half', year, index: Number(m[4]) }
        : m[5]
          ? { type: 'ytd', year, index: Number(m[5]) }
          : { type: 'year', year, index: 0 };
  return isValid(p) ? p : null;
}

function isValid(p: ReportingPeriod): boolean {
  if (!Number.isInteger(p.year) || p.year < 1000 || p.year > 9999) return false;
  if (p.type === 'year') return p.index === 0;
  return Number.isInteger(p.index) && p.index >= 1 && p.index <= MAX_INDEX[p.type];
}

export function formatPeriodId(p: ReportingPeriod): string {
  if (!isValid(p)) throw new RangeError(`Kỳ báo cáo không hợp lệ: ${JSON.stringify(p)}`);
  switch (p.type) {
    case 'month':
      return `${p.year}-${pad(p.index)}`;
    case 'quarter':
      return `${p.year}Q${p.index}`;
    case 'half':
      return `${p.year}S${p.index}`;
    case 'ytd':
      return `${p.year}YTD${pad(p.index)}`;
    case 'year':
      return String(p.year);
  }
}

/** The months a period covers, first and last (1–12). */
function months(p: ReportingPeriod): [number, number] {
  switch (p.type) {
    case 'month':
      return [p.index, p.index];
    case 'quarter':
      return [p.index * 3 - 2, p.index * 3];
    case 'half':
      return [p.index * 6 - 5, p.index * 6];
    case 'ytd':
      return [1, p.index];
    case 'year':
      return [1, 12];
  }
}

/** First and last ISO day of a period. */
export function periodRange(p: ReportingPeriod): { from: string; to: string } {
  const [a, b] = months(p);
  const last = new Date(Date.UTC(p.year, b, 0)).getUTCDate();
  return { from: `${p.year}-${pad(a)}-01`, to: `${p.year}-${pad(b)}-${pad(last)}` };
}

/** The period of a type holding an ISO day (for ytd: January to that day's month). */
export function periodOf(type: ReportingPeriodType, date: string): ReportingPeriod {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const index = { month, ytd: month, quarter: Math.ceil(month / 3), half: Math.ceil(month / 6), year: 0 }[type];
  return { type, year, index };
}

/** The period just before: March → February, Q1 → last year's Q4; ytd to March → ytd to February, ytd to January → last year's whole year to December. */
export function previousPeriod(p: ReportingPeriod): ReportingPeriod {
  if (p.type === 'year') return { ...p, year: p.year - 1 };
  if (p.index > 1) return { ...p, index: p.index - 1 };
  return { ...p, year: p.year - 1, index: MAX_INDEX[p.type] };
}

/** "Cùng kỳ năm trước": the same period one year earlier. */
export function samePeriodLastYear(p: ReportingPeriod): ReportingPeriod {
  return { ...p, year: p.year - 1 };
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Vietnamese label: "Tháng 03/2026", "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026", "Lũy kế 9 tháng năm 2026". */
export function reportingPeriodLabel(p: ReportingPeriod): string {
  switch (p.type) {
    case 'month':
      return `Tháng ${pad(p.index)}/${p.year}`;
    case 'quarter':
      return `Quý ${ROMAN[p.index - 1]}/${p.year}`;
    case 'half':
      return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'ytd':
      return `Lũy kế ${p.index} tháng năm ${p.year}`;
    case 'year':
      return `Năm ${p.year}`;
  }
}
