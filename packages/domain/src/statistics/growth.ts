/**
 * Growth measures of the sector's reports (docs/domain/one-stop-par-statistics.md §13.5). Every function
 * answers null — shown as "không đủ số liệu" — when a term is missing, a divisor is zero or the result is
 * not a finite number; a report never shows NaN, Infinity or a made-up zero.
 */

/** A finite number, or null. */
export function finiteOrNull(x: number | null | undefined): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** a / b, null when b is 0 or either is missing. */
export function ratio(a: number | null, b: number | null): number | null {
  if (a === null || b === null || b === 0) return null;
  return finiteOrNull(a / b);
}

/** "So với cùng kỳ": (current / previous − 1) × 100. Also the year-to-date growth when given two year-to-date sums (never an average of monthly rates). */
export function growthRate(current: number | null, previous: number | null): number | null {
  const r = ratio(current, previous);
  return r === null ? null : finiteOrNull((r - 1) * 100);
}

/**
 * "Tốc độ tăng bình quân": ((end / start)^(1/years) − 1) × 100, years ≥ 1 between start and end (2021–2025
 * against 2020 is 5). Null for a non-positive start or end: a root of a negative ratio has no meaning here.
 */
export function cagrRate(end: number | null, start: number | null, years: number): number | null {
  if (end === null || start === null || !(years > 0) || start <= 0 || end < 0) return null;
  return finiteOrNull((Math.pow(end / start, 1 / years) - 1) * 100);
}

/** "Cơ cấu": part / total × 100. */
export function sharePercent(part: number | null, total: number | null): number | null {
  const r = ratio(part, total);
  return r === null ? null : finiteOrNull(r * 100);
}

/** Constant prices (base year 2020, Circular 13/2019/TT-BKHĐT Art. 5): current value / price index (in %) × 100. */
export function deflateValue(value: number | null, indexPercent: number | null): number | null {
  return sharePercent(value, indexPercent);
}

/** "So với kế hoạch": actual / target × 100. */
export function planFulfilment(actual: number | null, target: number | null): number | null {
  return sharePercent(actual, target);
}

/** "Đóng góp vào tăng trưởng" in percentage points: (part now − part before) / total before × 100. */
export function contributionPoints(
  partNow: number | null,
  partBefore: number | null,
  totalBefore: number | null,
): number | null {
  if (partNow === null || partBefore === null) return null;
  return sharePercent(partNow - partBefore, totalBefore);
}
