import type { ClassifyBy, ReportGrouping, ReportSpan } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';

/** A group's counts as the queries return them (on time and overdue follow by difference). */
export interface Tally {
  carried: number;
  online: number;
  offline: number;
  finished: number;
  early: number;
  late: number;
  within: number;
}
export const TALLY_FIELDS = ['carried', 'online', 'offline', 'finished', 'early', 'late', 'within'] as const;
export const emptyTally = (): Tally => ({
  carried: 0,
  online: 0,
  offline: 0,
  finished: 0,
  early: 0,
  late: 0,
  within: 0,
});

/** How many dossiers of group `k` finished in the span were received (or finished) on Vietnam date `d`. */
export interface DayCount {
  k: string;
  d: string;
  n: number;
}

/**
 * What Biểu 06 is assembled from: the counts per group, and the receipt and finish dates of the dossiers
 * finished in the span (for the average in working days). Two sources give the same: `dayTallies` (the
 * dossiers' stored Vietnam dates, one index) and `plainTallies` (the UTC instants, row by row).
 */
export interface Tallies {
  sums: Map<string, Tally>;
  received: DayCount[];
  finished: DayCount[];
  /** Σ working days from receipt to finish per group, when the source summed them itself (then no `received`). */
  workingDays?: Map<string, number>;
}

export type TallySource = (
  deps: Deps,
  q: ReportSpan & { groupBy: ReportGrouping },
  classifyBy: ClassifyBy,
) => Promise<Tallies>;

/** Adds `r` to the tally of `k`. */
export function addTally(sums: Map<string, Tally>, k: string, r: Partial<Tally>): void {
  let t = sums.get(k);
  if (!t) sums.set(k, (t = emptyTally()));
  for (const f of TALLY_FIELDS) t[f] += r[f] ?? 0;
}
