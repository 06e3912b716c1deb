import { CalendarYearMissingError, type ReportSpan, spanInstants } from '@thidua/domain';
import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from '../../db/index.ts';
import { AppError, badRequest } from '../../platform/errors.ts';

/**
 * SQL pieces shared by the statistics. Times are stored as UTC ISO text of one shape
 * (`toISOString()`: `YYYY-MM-DDTHH:MM:SS.sssZ`), so a span's bounds compare with them as text on
 * both databases and the range conditions use the indexes. A Vietnam date is the UTC date, or
 * the next day from 17:00 UTC on: comparisons of two Vietnam dates are string comparisons of the
 * UTC date and hour, with a date function only in the rare case of an event between 00:00 and
 * 07:00 in Vietnam on the eve of the other's date (so a million rows need no date parsing).
 */
const utcDay = (x: RawBuilder<unknown>) => sql<string>`substr(${x}, 1, 10)`;
const utcHour = (x: RawBuilder<unknown>) => sql<string>`substr(${x}, 12, 2)`;

/** The ISO date after `date` (text). */
function nextDay(dialect: Dialect, date: RawBuilder<string>): RawBuilder<string> {
  return dialect === 'postgres'
    ? sql<string>`to_char(cast(${date} as date) + 1, 'YYYY-MM-DD')`
    : sql<string>`date(${date}, '+1 day')`;
}

/** The Vietnam date of instant `a` is before that of instant `b` (both not null). */
export function vnDayBefore(dialect: Dialect, a: RawBuilder<unknown>, b: RawBuilder<unknown>): RawBuilder<boolean> {
  const [ua, ub, ha, hb] = [utcDay(a), utcDay(b), utcHour(a), utcHour(b)];
  return sql<boolean>`((${ua} = ${ub} and ${ha} < '17' and ${hb} >= '17') or (${ua} < ${ub} and not (${ha} >= '17' and ${hb} < '17' and ${nextDay(dialect, ua)} = ${ub})))`;
}

/** The UTC date and whether the instant falls on the next Vietnam day: the parts of a Vietnam date. */
export function vnDayParts(x: RawBuilder<unknown>) {
  return { day: utcDay(x), next: sql<number>`case when ${utcHour(x)} >= '17' then 1 else 0 end` };
}

/** The span's instants; a span that ends before it starts is refused on `to`. */
export function boundsOf(span: ReportSpan) {
  if (span.from > span.to)
    throw badRequest('invalid_span', 'Đến ngày phải sau hoặc bằng từ ngày.', [
      { path: 'to', message: 'Phải sau hoặc bằng từ ngày' },
    ]);
  return spanInstants(span);
}

/** Counts come back as text (PostgreSQL bigint) or numbers (SQLite). */
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/** A calendar year nobody configured, met while averaging working days: named in a 409. */
export function calendarYearMissing(e: unknown): never {
  if (e instanceof CalendarYearMissingError)
    throw new AppError(409, 'calendar_year_missing', `${e.message} Chưa tính được thời gian giải quyết bình quân.`, [
      { path: 'from', message: `Thiếu lịch làm việc năm ${e.year}` },
    ]);
  throw e;
}
