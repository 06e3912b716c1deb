/**
 * Targets, reporting periods and achievement of a movement. Pure: the server
 * stores reports, these functions say what they add up to.
 */
export const MOVEMENT_KINDS = ['regular', 'thematic'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];
export const MOVEMENT_KIND_LABELS: Record<MovementKind, string> = {
  regular: 'Thường xuyên',
  thematic: 'Theo chuyên đề',
};

export const LAUNCH_LEVELS = ['national', 'ministry', 'province', 'department', 'unit'] as const;
export type LaunchLevel = (typeof LAUNCH_LEVELS)[number];
export const LAUNCH_LEVEL_LABELS: Record<LaunchLevel, string> = {
  national: 'Trung ương',
  ministry: 'Bộ Công Thương',
  province: 'Tỉnh',
  department: 'Sở',
  unit: 'Đơn vị',
};

export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = { month: 'Tháng', quarter: 'Quý', year: 'Năm' };

/** How reports of a target add up: amounts per period add; levels and rates take the latest. */
export const TARGET_AGGREGATIONS = ['sum', 'latest'] as const;
export type TargetAggregation = (typeof TARGET_AGGREGATIONS)[number];
/** Whether a target is reached by going over it (at least) or staying under it (at most). */
export const TARGET_DIRECTIONS = ['at_least', 'at_most'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];

const PATTERNS: Record<PeriodKind, RegExp> = {
  month: /^(\d{4})-(0[1-9]|1[0-2])$/u,
  quarter: /^(\d{4})-Q([1-4])$/u,
  year: /^(\d{4})$/u,
};

export function isPeriodKey(kind: PeriodKind, key: string): boolean {
  return PATTERNS[kind].test(key);
}

/** "2026-03" → "Tháng 03/2026"; "2026-Q2" → "Quý II/2026"; "2026" → "Năm 2026". */
export function periodLabel(kind: PeriodKind, key: string): string {
  const m = PATTERNS[kind].exec(key);
  if (!m) return key;
  if (kind === 'month') return `Tháng ${m[2]}/${m[1]}`;
  if (kind === 'quarter') return `Quý ${['I', 'II', 'III', 'IV'][Number(m[2]) - 1]}/${m[1]}`;
  return `Năm ${m[1]}`;
}

/** First and last ISO day of a period. */
export function periodBounds(kind: PeriodKind, key: string): { from: string; to: string } {
  const m = PATTERNS[kind].exec(key);
  if (!m) throw new Error(`Kỳ báo cáo không hợp lệ: ${key}`);
  const y = Number(m[1]);
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = (month: number) => new Date(Date.UTC(y, month, 0)).getUTCDate();
  if (kind === 'year') return { from: `${y}-01-01`, to: `${y}-12-31` };
  const [m1, m2] = kind === 'month' ? [Number(m[2]), Number(m[2])] : [Number(m[2]) * 3 - 2, Number(m[2]) * 3];
  return { from: `${y}-${pad(m1)}-01`, to: `${y}-${pad(m2)}-${pad(lastDay(m2))}` };
}

/** Every period of a kind that overlaps [from, to] (ISO days), in order. */
export function periodsBetween(kind: PeriodKind, from: string, to: string): string[] {
  const out: string[] = [];
  const y0 = Number(from.slice(0, 4));
  const y1 = Number(to.slice(0, 4));
  for (let y = y0; y <= y1; y++) {
    const keys =
      kind === 'year'
        ? [String(y)]
        : kind === 'quarter'
          ? [1, 2, 3, 4].map((q) => `${y}-Q${q}`)
          : Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`);
    for (const k of keys) {
      const b = periodBounds(kind, k);
      if (b.to >= from && b.from <= to) out.push(k);
    }
  }
  return out;
}

export interface TargetRule {
  aggregation: TargetAggregation;
  direction: TargetDirection;
}

/** What a unit achieved on a target from its period reports (any order). */
export function achieved(rule: TargetRule, reports: readonly { period: string; value: number }[]): number | null {
  if (!reports.length) return null;
  if (rule.aggregation === 'latest') {
    const last = [...reports].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)).at(-1)!;
    return last.value;
  }
  // Decimal sums in đồng or tonnes: round to 6 places so 0.1 + 0.2 reads 0.3.
  return Math.round(reports.reduce((s, r) => s + r.value, 0) * 1e6) / 1e6;
}

/**
 * How far an achieved value is towards a committed one: `ratio` in percent
 * (null when nothing was reported or nothing was committed), `met` when the
 * commitment is kept.
 */
export function achievement(
  rule: TargetRule,
  committed: number | null,
  value: number | null,
): { ratio: number | null; met: boolean | null } {
  if (value === null || committed === null) return { ratio: null, met: null };
  if (rule.direction === 'at_most') return { ratio: null, met: value <= committed };
  if (committed === 0) return { ratio: null, met: value >= 0 };
  const ratio = Math.round((value / committed) * 1000) / 10;
  return { ratio, met: value >= committed };
}

/** The titles a unit registers for at the start of a year (civil, not household or armed forces). */
export const REGISTRABLE_TITLES = [
  'advanced_worker',
  'grassroots_emulation_fighter',
  'provincial_emulation_fighter',
  'national_emulation_fighter',
  'advanced_collective',
  'excellent_collective',
  'emulation_flag_provincial',
  'emulation_flag_ministry',
  'emulation_flag_government',
] as const;
