/** Months of the progress reports, as `YYYY-MM` codes (the API's `period`). */

/** `2026-11` → `11/2026`, as a clerk writes a month. */
export const monthText = (period: string) => `${period.slice(5, 7)}/${period.slice(0, 4)}`;

const next = (m: string, by: number) => {
  const n = Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1 + by;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
};

/**
 * The months a task's report may be for, newest first: from its deadline's month (or this month, when later)
 * back to its start's month, at most `cap` of them (the newest kept).
 */
export function reportMonths(startDate: string, deadline: string, thisMonth: string, cap = 36): string[] {
  const first = startDate.slice(0, 7);
  const last = deadline.slice(0, 7) > thisMonth ? deadline.slice(0, 7) : thisMonth;
  const out: string[] = [];
  for (let m = last; m >= first && out.length < cap; m = next(m, -1)) out.push(m);
  return out;
}

/** The month a new report opens on: the newest one already begun, else the earliest offered. */
export function defaultReportMonth(months: readonly string[], thisMonth: string): string | undefined {
  return months.find((m) => m <= thisMonth) ?? months[months.length - 1];
}
