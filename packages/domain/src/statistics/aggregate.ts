/**
 * Combining values by an indicator's aggregation (docs/statistics.md, §14.2 of the domain reference):
 *   sum      adds (production value, retail sales, exports, counts);
 *   average  weights by the number of values (a quarter of monthly averages is the mean of the months that
 *            have a value, not the mean of three months' means of different sizes);
 *   last     the latest period's value over time (a stock: facilities at the period's end); the parts of a
 *            whole (units, disaggregation options) each give their latest and these add;
 *   none     indices and rates (IIP, occupancy): never combined — more than one value gives null,
 *            "không đủ số liệu", and an index is never summed.
 * The accumulator lets the database do the heavy part (SUM, COUNT per group) and the rest be done here.
 */
export type Aggregation = 'sum' | 'average' | 'last' | 'none';
export const AGGREGATIONS: readonly Aggregation[] = ['sum', 'average', 'last', 'none'];

export interface Accumulator {
  /** Sum of the values (for average: of value × weight). */
  sum: number;
  /** How many values (for average: their total weight). */
  count: number;
  /** The latest value and its order key (a month number, a sortable period id's rank). */
  last: number | null;
  lastKey: number;
}

export const EMPTY_ACCUMULATOR: Accumulator = Object.freeze({ sum: 0, count: 0, last: null, lastKey: -Infinity });

/** Adds one value (null is "not reported" and changes nothing). */
export function accumulate(acc: Accumulator, value: number | null, key = 0, weight = 1): Accumulator {
  if (value === null || !Number.isFinite(value) || !(weight > 0)) return acc;
  const later = key >= acc.lastKey;
  return {
    sum: acc.sum + value * weight,
    count: acc.count + weight,
    last: later ? value : acc.last,
    lastKey: later ? key : acc.lastKey,
  };
}

/** Two accumulators of the same series over disjoint periods. */
export function mergeOverTime(a: Accumulator, b: Accumulator): Accumulator {
  const later = b.lastKey >= a.lastKey && b.last !== null;
  return {
    sum: a.sum + b.sum,
    count: a.count + b.count,
    last: later ? b.last : a.last,
    lastKey: later ? b.lastKey : a.lastKey,
  };
}

/** The combined value of an accumulator; null when nothing was reported or an index would be combined. */
export function finish(aggregation: Aggregation, acc: Accumulator): number | null {
  if (acc.count <= 0) return null;
  switch (aggregation) {
    case 'sum':
      return acc.sum;
    case 'average':
      return acc.sum / acc.count;
    case 'last':
      return acc.last;
    case 'none':
      return acc.count === 1 ? acc.sum : null;
  }
}

/** Values of one series over periods (key orders them for `last`). */
export function aggregateOverTime(
  aggregation: Aggregation,
  values: readonly { value: number | null; key?: number }[],
): number | null {
  let acc = EMPTY_ACCUMULATOR;
  for (const v of values) acc = accumulate(acc, v.value, v.key ?? 0);
  return finish(aggregation, acc);
}

/**
 * The whole from its parts (units of the province, options of a disaggregation), each part already combined
 * over time: sums and latest values add, averages pool by their counts, an index is never combined (two
 * parts give an accumulator that finishes as null). The result combines further like any accumulator.
 */
export function combinePartsAccumulator(aggregation: Aggregation, parts: readonly Accumulator[]): Accumulator {
  const present = parts.filter((p) => p.count > 0);
  if (present.length <= 1) return present[0] ?? EMPTY_ACCUMULATOR;
  if (aggregation === 'average') return present.reduce(mergeOverTime, EMPTY_ACCUMULATOR);
  const lastKey = Math.max(...present.map((p) => p.lastKey));
  if (aggregation === 'none') return { sum: 0, count: present.length, last: null, lastKey };
  let total = 0;
  for (const p of present) total += finish(aggregation, p) ?? 0;
  return { sum: total, count: present.reduce((n, p) => n + p.count, 0), last: total, lastKey };
}

export function combineParts(aggregation: Aggregation, parts: readonly Accumulator[]): number | null {
  return finish(aggregation, combinePartsAccumulator(aggregation, parts));
}

/** A part's accumulator scaled by the share of it that belongs to the whole (a district split among communes). */
export function scalePart(aggregation: Aggregation, acc: Accumulator, share: number): Accumulator {
  if (share === 1 || aggregation === 'average' || aggregation === 'none') return acc;
  return {
    sum: acc.sum * share,
    count: acc.count,
    last: acc.last === null ? null : acc.last * share,
    lastKey: acc.lastKey,
  };
}
