/**
 * Targets and achievement of a movement (period keys: periods/keys.ts). Pure: the server
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

/** How reports of a target add up: amounts per period add; levels and rates take the latest. */
export const TARGET_AGGREGATIONS = ['sum', 'latest'] as const;
export type TargetAggregation = (typeof TARGET_AGGREGATIONS)[number];
/** Whether a target is reached by going over it (at least) or staying under it (at most). */
export const TARGET_DIRECTIONS = ['at_least', 'at_most'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];

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
