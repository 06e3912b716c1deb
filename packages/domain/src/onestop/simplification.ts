import type { TimeUnit } from '../calendar/due.ts';

/**
 * The simplification record of an amended procedure (reference §10.2): how much shorter its time limit
 * became and how much compliance cost it saves. Times are compared only between units of the same kind:
 * working days with working days (a working hour counts as 1/8 of a working day, the office day of
 * Decree 61/2018), calendar days with calendar days; a change of kind is reported as not comparable.
 */

/** Hours in a working day when a limit in working hours is turned into days. */
export const WORKING_HOURS_PER_DAY = 8;

export type LimitDayKind = 'working' | 'calendar';

/** A time limit in days of its kind: 4 working hours are 0.5 working days. */
export function inDays(amount: number, unit: TimeUnit): { days: number; kind: LimitDayKind } {
  if (unit === 'working_hours') return { days: amount / WORKING_HOURS_PER_DAY, kind: 'working' };
  return { days: amount, kind: unit === 'calendar_days' ? 'calendar' : 'working' };
}

export const TIME_UNIT_LABELS: Record<TimeUnit, string> = {
  working_days: 'ngày làm việc',
  calendar_days: 'ngày',
  working_hours: 'giờ làm việc',
};

const numberVn = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n);

/** "15 ngày làm việc", "30 ngày", "4 giờ làm việc", "0,5 ngày làm việc". */
export function timeLimitLabel(amount: number, unit: TimeUnit): string {
  return `${numberVn(amount)} ${TIME_UNIT_LABELS[unit]}`;
}

export type SimplificationBasis = 'dossiers_per_year' | 'per_dossier';

/** What one version records for the comparison. */
export interface SimplificationSide {
  timeAmount: number;
  timeUnit: TimeUnit;
  /** Compliance cost of one dossier, đồng. */
  complianceCost: number;
  /** Dossiers a year (the previous version's figure is the one multiplied). */
  yearlyDossiers: number;
}

export interface SimplificationFigures {
  /** Both limits are of the same kind of day. */
  comparable: boolean;
  kind: LimitDayKind | null;
  /** Days cut (negative when the limit grew); null when the kinds differ. */
  daysCut: number | null;
  /** Đồng saved on one dossier (before − after). */
  costCutPerDossier: number;
  /** The saving the report counts: per dossier × the previous version's dossiers a year, or per dossier. */
  costCut: number;
  /** Why a figure is missing or how it was counted, in Vietnamese. */
  note: string;
}

/** The figures of one amendment: the version in force before it and the version it published. */
export function simplificationOf(
  before: SimplificationSide,
  after: SimplificationSide,
  basis: SimplificationBasis,
): SimplificationFigures {
  const b = inDays(before.timeAmount, before.timeUnit);
  const a = inDays(after.timeAmount, after.timeUnit);
  const comparable = a.kind === b.kind;
  const costCutPerDossier = before.complianceCost - after.complianceCost;
  const costCut = basis === 'dossiers_per_year' ? costCutPerDossier * before.yearlyDossiers : costCutPerDossier;
  const notes: string[] = [];
  if (!comparable)
    notes.push(
      `Không so sánh thời hạn: trước tính theo ${TIME_UNIT_LABELS[before.timeUnit]}, sau tính theo ${TIME_UNIT_LABELS[after.timeUnit]}.`,
    );
  else if (before.timeUnit === 'working_hours' || after.timeUnit === 'working_hours')
    notes.push(`Giờ làm việc quy đổi ${WORKING_HOURS_PER_DAY} giờ = 1 ngày làm việc.`);
  if (basis === 'dossiers_per_year')
    notes.push(`Chi phí cắt giảm một năm = phần giảm mỗi hồ sơ × ${numberVn(before.yearlyDossiers)} hồ sơ/năm.`);
  return {
    comparable,
    kind: comparable ? a.kind : null,
    daysCut: comparable ? round2(b.days - a.days) : null,
    costCutPerDossier,
    costCut,
    note: notes.join(' '),
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export interface SimplificationTotals {
  amendments: number;
  /** Amendments whose time limits could not be compared (different kinds of day). */
  notComparable: number;
  workingDaysCut: number;
  calendarDaysCut: number;
  costCutPerDossier: number;
  costCut: number;
}

/** Sums amendments into groups (a year, a field) in the order the keys first appear. */
export function totalsBy<T extends { figures: SimplificationFigures }>(
  items: readonly T[],
  keyOf: (item: T) => string,
): Map<string, SimplificationTotals> {
  const out = new Map<string, SimplificationTotals>();
  for (const item of items) {
    const key = keyOf(item);
    let t = out.get(key);
    if (!t)
      out.set(
        key,
        (t = {
          amendments: 0,
          notComparable: 0,
          workingDaysCut: 0,
          calendarDaysCut: 0,
          costCutPerDossier: 0,
          costCut: 0,
        }),
      );
    const f = item.figures;
    t.amendments++;
    if (f.daysCut === null) t.notComparable++;
    else if (f.kind === 'calendar') t.calendarDaysCut = round2(t.calendarDaysCut + f.daysCut);
    else t.workingDaysCut = round2(t.workingDaysCut + f.daysCut);
    t.costCutPerDossier += f.costCutPerDossier;
    t.costCut += f.costCut;
  }
  return out;
}
