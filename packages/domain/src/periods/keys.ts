/**
 * Period keys of a movement's progress reports ("2026-03", "2026-Q2", "2026"), as
 * stored in movement_progress. Moved here from movements/progress.ts so every
 * period rule lives in one folder; the statistics periods (periods.ts) use the
 * reporting-period ids of the sector statistics instead.
 */
export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = { month: 'Tháng', quarter: 'Quý', year: 'Năm' };

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
