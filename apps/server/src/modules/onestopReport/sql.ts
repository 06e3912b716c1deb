import { CalendarYearMissingError, type ReportSpan, spanInstants } from '@thidua/domain';
import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from '../../db/index.ts';
import { AppError, badRequest } from '../../platform/errors.ts';

/**
 * SQL pieces shared by the statistics. Times are stored as UTC ISO text of one shape
 * (`toISOString()`), so a span's bounds compare with them as text on both databases and the
 * range conditions use the indexes; only a Vietnam date (for early / on time / late by date and
 * the average's histogram) needs a function of each dialect.
 */
export function vnDay(dialect: Dialect, column: RawBuilder<unknown>): RawBuilder<string> {
  return dialect === 'postgres'
    ? sql<string>`to_char((${column})::timestamptz at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`
    : sql<string>`date(${column}, '+7 hours')`;
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
