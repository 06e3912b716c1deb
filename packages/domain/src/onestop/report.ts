import { type WorkCalendar, addDays, dayNumber, isoOfDay, workingDaysBetween } from '../calendar/calendar.ts';
import { vnDateOf } from '../calendar/due.ts';

/**
 * Biểu 06/VPCP/KSTT: the situation and results of handling procedures over a span
 * (docs/one-stop.md "Statistics"; reference docs/domain/one-stop-par-statistics.md §5, §8 2.1–2.2, §9).
 *
 * A dossier counts in a span [from, to] (Vietnam dates, both included) when it was received
 * (accepted: the clock started) before the end of `to`, was not finished before `from`, and was
 * not refused, withdrawn or stopped before the end of `to` (a closed dossier leaves the counts;
 * one closed after `to` was still in process at the end of the span). Each counted dossier has
 * one arrival (carried over, new online, new at the counter or by post) and one outcome
 * (finished early, on time or late; in process at the end of `to` within time or overdue), so
 * received = carried over + online + offline = finished + in process.
 *
 * Judged against the legal due time (`originalDueAt`, the one an apology leaves; `dueAt` when it
 * is missing; a dossier without either is on time). `classifyBy`:
 * - `date` (default, §5's recommendation): Vietnam calendar dates — finished on the due date is on
 *   time whatever the hour; in process is within time when the due date is `to` or later.
 * - `instant`: late means finished after the due instant; early still means an earlier date, on
 *   time the due date up to the due instant; in process is within time when due at or after the
 *   end of `to` (24:00).
 */
export type ClassifyBy = 'date' | 'instant';
export const REPORT_GROUPINGS = ['field', 'procedure'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

/** Shown where a rate has nothing to divide by. */
export const NO_DATA_LABEL = 'Không đủ số liệu';

export interface ReportSpan {
  /** `YYYY-MM-DD`, Vietnam date, included. */
  from: string;
  /** `YYYY-MM-DD`, Vietnam date, included. */
  to: string;
}

/** What the report reads of one dossier; times are instants (ISO-8601). */
export interface DossierFacts {
  receivedAt: string | null;
  originalDueAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  closedAt: string | null;
  /** `counter`, `online` or `post`. */
  channel: string;
  status?: string;
  field: string;
  procedureId: string;
}

export type Arrival = 'carriedOver' | 'online' | 'offline';
export type Outcome = 'early' | 'onTime' | 'late' | 'withinTime' | 'overdue';
export interface DossierClass {
  arrival: Arrival;
  outcome: Outcome;
}

const VN_OFFSET_MS = 7 * 3_600_000;
/** The instant (UTC ISO) a Vietnam day begins. */
export const vnDayStart = (date: string): string => new Date(dayNumber(date) * 86_400_000 - VN_OFFSET_MS).toISOString();

/**
 * The span's instants: `start` = 00:00 of `from`, `lastDay` = 00:00 of `to`, `end` = 24:00 of `to`
 * (00:00 of the next day), as stored instants (UTC ISO), so stored times compare as text.
 */
export function spanInstants(span: ReportSpan): { start: string; lastDay: string; end: string } {
  if (dayNumber(span.from) > dayNumber(span.to)) throw new RangeError('Từ ngày phải trước hoặc bằng đến ngày');
  return { start: vnDayStart(span.from), lastDay: vnDayStart(span.to), end: vnDayStart(addDays(span.to, 1)) };
}

const ms = (instant: string): number => {
  const t = Date.parse(instant);
  if (Number.isNaN(t)) throw new RangeError(`Thời điểm không hợp lệ: ${instant}`);
  return t;
};

/** The dossier's place in Biểu 06 for the span, or null when it does not count there. */
export function classifyDossier(
  f: DossierFacts,
  span: ReportSpan,
  classifyBy: ClassifyBy = 'date',
): DossierClass | null {
  if (!f.receivedAt) return null;
  const { start, lastDay, end } = spanInstants(span);
  const [s, l, e] = [ms(start), ms(lastDay), ms(end)];
  const received = ms(f.receivedAt);
  if (received >= e) return null;
  const finished = f.finishedAt ? ms(f.finishedAt) : null;
  if (finished !== null && finished < s) return null;
  if (finished === null && f.closedAt && ms(f.closedAt) < e) return null;
  const arrival: Arrival = received < s ? 'carriedOver' : f.channel === 'online' ? 'online' : 'offline';
  const due = f.originalDueAt ?? f.dueAt;
  if (finished !== null && finished < e) {
    if (!due) return { arrival, outcome: 'onTime' };
    const fd = vnDateOf(f.finishedAt!);
    const dd = vnDateOf(due);
    if (fd < dd) return { arrival, outcome: 'early' };
    if (fd > dd) return { arrival, outcome: 'late' };
    return { arrival, outcome: classifyBy === 'instant' && finished > ms(due) ? 'late' : 'onTime' };
  }
  if (!due) return { arrival, outcome: 'withinTime' };
  const within = ms(due) >= (classifyBy === 'instant' ? e : l);
  return { arrival, outcome: within ? 'withinTime' : 'overdue' };
}

/** A group's tallies: what the SQL aggregate and the in-memory one both produce. */
export interface ReportCounts {
  carriedOver: number;
  receivedOnline: number;
  receivedOffline: number;
  finishedEarly: number;
  finishedOnTime: number;
  finishedLate: number;
  inProcessWithinTime: number;
  inProcessOverdue: number;
  /** Σ working days from receipt to finish over the finished dossiers. */
  finishedWorkingDays: number;
}

export const emptyCounts = (): ReportCounts => ({
  carriedOver: 0,
  receivedOnline: 0,
  receivedOffline: 0,
  finishedEarly: 0,
  finishedOnTime: 0,
  finishedLate: 0,
  inProcessWithinTime: 0,
  inProcessOverdue: 0,
  finishedWorkingDays: 0,
});

const ARRIVAL_KEY = { carriedOver: 'carriedOver', online: 'receivedOnline', offline: 'receivedOffline' } as const;
const OUTCOME_KEY = {
  early: 'finishedEarly',
  onTime: 'finishedOnTime',
  late: 'finishedLate',
  withinTime: 'inProcessWithinTime',
  overdue: 'inProcessOverdue',
} as const;

export interface ReportRow {
  key: string;
  label: string;
  received: number;
  carriedOver: number;
  receivedOnline: number;
  receivedOffline: number;
  finished: number;
  finishedEarly: number;
  finishedOnTime: number;
  finishedLate: number;
  inProcess: number;
  inProcessWithinTime: number;
  inProcessOverdue: number;
  /** (early + on time + in process within time) / (finished + in process), 0..1; null with nothing to divide by. */
  onTimeRate: number | null;
  /** Average working days from receipt to finish of the finished dossiers; null when none finished. */
  averageDays: number | null;
}

export interface Report {
  rows: ReportRow[];
  total: ReportRow;
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** A row of the report from a group's tallies. */
export function reportRow(key: string, label: string, c: ReportCounts): ReportRow {
  const finished = c.finishedEarly + c.finishedOnTime + c.finishedLate;
  const inProcess = c.inProcessWithinTime + c.inProcessOverdue;
  const base = finished + inProcess;
  return {
    key,
    label,
    received: c.carriedOver + c.receivedOnline + c.receivedOffline,
    carriedOver: c.carriedOver,
    receivedOnline: c.receivedOnline,
    receivedOffline: c.receivedOffline,
    finished,
    finishedEarly: c.finishedEarly,
    finishedOnTime: c.finishedOnTime,
    finishedLate: c.finishedLate,
    inProcess,
    inProcessWithinTime: c.inProcessWithinTime,
    inProcessOverdue: c.inProcessOverdue,
    onTimeRate: base ? round((c.finishedEarly + c.finishedOnTime + c.inProcessWithinTime) / base, 4) : null,
    averageDays: finished ? round(c.finishedWorkingDays / finished, 2) : null,
  };
}

export const TOTAL_LABEL = 'Tổng cộng';

/** Rows in the order given (groups with nothing counted left out) and the total of all groups. */
export function buildReport(groups: readonly { key: string; label: string; counts: ReportCounts }[]): Report {
  const sum = emptyCounts();
  for (const g of groups) for (const k of Object.keys(sum) as (keyof ReportCounts)[]) sum[k] += g.counts[k];
  const rows = groups.map((g) => reportRow(g.key, g.label, g.counts)).filter((r) => r.received > 0);
  return { rows, total: reportRow('total', TOTAL_LABEL, sum) };
}

/**
 * Working days since the earliest of `dates` (W), for each of them: W(b) − W(a) is
 * workingDaysBetween(a, b). One pass over the days from the first date to the last.
 */
export function workingDayIndex(calendar: WorkCalendar, dates: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(dates)].sort();
  const out = new Map<string, number>();
  if (!sorted.length) return out;
  let w = 0;
  let day = dayNumber(sorted[0]!);
  for (const d of sorted) {
    const target = dayNumber(d);
    while (day < target) {
      day++;
      if (calendar.isWorkingDay(isoOfDay(day))) w++;
    }
    out.set(d, w);
  }
  return out;
}

/**
 * Σ working days between pairs of dates, from how many finished dossiers were received and
 * finished on each date (what a GROUP BY yields): Σ count × (W(finish) − W(receipt)), W from
 * `index` (workingDayIndex over every date of the report, computed once for all groups).
 * Equals Σ workingDaysBetween(receipt, finish).
 */
export function workingDaysSum(
  calendar: WorkCalendar,
  received: ReadonlyMap<string, number>,
  finished: ReadonlyMap<string, number>,
  index: ReadonlyMap<string, number> = workingDayIndex(calendar, [...received.keys(), ...finished.keys()]),
): number {
  let total = 0;
  for (const [d, n] of finished) total += n * index.get(d)!;
  for (const [d, n] of received) total -= n * index.get(d)!;
  return total;
}

export interface ReportOptions {
  groupBy: ReportGrouping;
  classifyBy?: ClassifyBy;
  calendar: WorkCalendar;
  /** The row's label of a group key (field label, procedure name). */
  labelOf: (key: string) => string;
  /** Row order; by label (Vietnamese collation) when absent. */
  order?: (a: string, b: string) => number;
}

/** The report over dossiers held in memory: the reference the SQL aggregate is checked against. */
export function computeReport(dossiers: Iterable<DossierFacts>, span: ReportSpan, o: ReportOptions): Report {
  const groups = new Map<string, ReportCounts>();
  for (const f of dossiers) {
    const cls = classifyDossier(f, span, o.classifyBy ?? 'date');
    if (!cls) continue;
    const key = o.groupBy === 'field' ? f.field : f.procedureId;
    let c = groups.get(key);
    if (!c) groups.set(key, (c = emptyCounts()));
    c[ARRIVAL_KEY[cls.arrival]]++;
    c[OUTCOME_KEY[cls.outcome]]++;
    if (cls.outcome === 'early' || cls.outcome === 'onTime' || cls.outcome === 'late')
      c.finishedWorkingDays += workingDaysBetween(o.calendar, vnDateOf(f.receivedAt!), vnDateOf(f.finishedAt!));
  }
  const labelled = [...groups].map(([key, counts]) => ({ key, label: o.labelOf(key), counts }));
  labelled.sort((a, b) => (o.order ? o.order(a.key, b.key) : a.label.localeCompare(b.label, 'vi')));
  return buildReport(labelled);
}
