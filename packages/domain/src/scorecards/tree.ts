import type { ScoringRule, SheetTotals, SourceFigure, TemplateItem, TemplateProblem } from './types.ts';

/** A template has at most field → criterion → sub (docs/scorecards.md). */
const MAX_DEPTH = 3;

/** Points carry at most two decimals; sums of 0.1 + 0.2 must not show 0.30000000000000004. */
export function roundPoints(n: number): number {
  return Math.round((n + Number.EPSILON) * 100) / 100;
}

const VI_NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
/** Points as a clerk reads them: 12,5 rather than 12.5. */
export function formatPoints(n: number): string {
  return Number.isFinite(n) ? VI_NUMBER.format(n) : String(n);
}

const isExtra = (item: TemplateItem) => item.kind === 'bonus' || item.kind === 'penalty';
const label = (item: TemplateItem) => `${item.code} ${item.name}`.trim();

/** The template's maximum: the sum of its fields' maxima (bonus and penalty apart). */
export function templateMax(items: readonly TemplateItem[]): number {
  let sum = 0;
  for (const item of items) if (!isExtra(item) && Number.isFinite(item.maxPoints)) sum += item.maxPoints;
  return roundPoints(sum);
}

/**
 * Checks a template tree: children above their parent's maximum, a computed item without a source or a rule,
 * negative or non-finite points, duplicate codes, a sub-criterion at the top, more than three levels: errors;
 * children short of their parent's maximum: a warning (refused only when a cycle opens on it).
 */
export function checkTemplate(
  items: readonly TemplateItem[],
  caps: { bonusCap: number; penaltyCap: number },
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const error = (item: TemplateItem | null, message: string) =>
    problems.push({ itemId: item?.id ?? null, code: item?.code ?? '', severity: 'error', message });
  const warning = (item: TemplateItem, message: string) =>
    problems.push({ itemId: item.id, code: item.code, severity: 'warning', message });

  for (const [cap, name] of [
    [caps.bonusCap, 'Điểm thưởng tối đa'],
    [caps.penaltyCap, 'Điểm trừ tối đa'],
  ] as const) {
    if (!Number.isFinite(cap) || cap < 0) error(null, `${name} phải là một số không âm`);
  }

  const seen = new Map<string, TemplateItem>();
  const visit = (item: TemplateItem, depth: number) => {
    const name = label(item);
    const code = item.code.trim();
    const key = code.toLowerCase();
    const first = seen.get(key);
    if (first) error(item, `${name}: mã tiêu chí "${code}" trùng với "${label(first)}"`);
    else seen.set(key, item);

    const maxOk = Number.isFinite(item.maxPoints) && item.maxPoints >= 0;
    if (!Number.isFinite(item.maxPoints)) error(item, `${name}: điểm tối đa không phải là một số`);
    else if (item.maxPoints < 0) error(item, `${name}: điểm tối đa không được âm (${formatPoints(item.maxPoints)})`);

    if (depth === 1 && item.kind === 'sub') {
      error(item, `${name}: tiêu chí thành phần không được đặt ở cấp cao nhất, cần nằm trong một tiêu chí`);
    }
    if (depth > 1 && isExtra(item)) {
      const what = item.kind === 'bonus' ? 'điểm thưởng' : 'điểm trừ';
      error(item, `${name}: mục ${what} chỉ được đặt ở cấp cao nhất của bảng điểm`);
    }
    if (depth > 1 && item.kind === 'field') {
      error(item, `${name}: lĩnh vực chỉ được đặt ở cấp cao nhất của bảng điểm`);
    }
    if (depth > MAX_DEPTH) {
      error(item, `${name}: bảng điểm có tối đa ${MAX_DEPTH} cấp (lĩnh vực → tiêu chí → tiêu chí thành phần)`);
    }

    if (depth === 1 && isExtra(item) && maxOk) {
      const cap = item.kind === 'bonus' ? caps.bonusCap : caps.penaltyCap;
      const what = item.kind === 'bonus' ? 'điểm thưởng' : 'điểm trừ';
      if (Number.isFinite(cap) && item.maxPoints > cap) {
        error(
          item,
          `${name}: điểm tối đa (${formatPoints(item.maxPoints)}) vượt mức ${what} tối đa của bảng điểm (${formatPoints(cap)})`,
        );
      }
    }

    if (item.method === 'computed') {
      if (item.children.length > 0) error(item, `${name}: tiêu chí tính tự động không được có tiêu chí con`);
      if (!item.source) error(item, `${name}: tiêu chí tính tự động cần chọn nguồn số liệu`);
      if (!item.scoring) error(item, `${name}: tiêu chí tính tự động cần quy tắc quy đổi ra điểm`);
    } else if (item.source) {
      error(item, `${name}: tiêu chí chấm thủ công không dùng nguồn số liệu (${item.source})`);
    }

    if (item.children.length > 0) {
      let sum = 0;
      let sumOk = true;
      for (const child of item.children) {
        if (Number.isFinite(child.maxPoints) && child.maxPoints >= 0) sum += child.maxPoints;
        else sumOk = false;
      }
      sum = roundPoints(sum);
      if (sumOk && maxOk && sum > item.maxPoints) {
        error(
          item,
          `${name}: tổng điểm các tiêu chí con (${formatPoints(sum)}) vượt điểm tối đa (${formatPoints(item.maxPoints)})`,
        );
      } else if (sumOk && maxOk && sum < item.maxPoints) {
        warning(
          item,
          `${name}: tổng điểm các tiêu chí con (${formatPoints(sum)}) chưa bằng điểm tối đa (${formatPoints(item.maxPoints)})`,
        );
      }
      for (const child of item.children) visit(child, depth + 1);
    }
  };
  for (const item of items) visit(item, 1);
  return problems;
}

/** A clear Vietnamese refusal when `points` is not allowed on this leaf (negative, above its maximum), else null. */
export function checkPoints(item: TemplateItem, points: number): string | null {
  const name = label(item);
  if (item.children.length > 0) {
    return `${name}: điểm được chấm ở các tiêu chí con, không chấm trực tiếp ở mục này`;
  }
  if (typeof points !== 'number' || !Number.isFinite(points)) return `${name}: điểm phải là một số`;
  if (points < 0) return `${name}: điểm không được âm (${formatPoints(points)})`;
  if (roundPoints(points) !== points) return `${name}: điểm chỉ được có tối đa hai chữ số thập phân`;
  if (points > item.maxPoints) {
    return `${name}: điểm ${formatPoints(points)} vượt điểm tối đa (${formatPoints(item.maxPoints)})`;
  }
  return null;
}

/** Totals of a sheet: each leaf's points (null = not scored), parents summed and capped, bonus and penalty capped. */
export function sheetTotals(
  items: readonly TemplateItem[],
  points: ReadonlyMap<string, number | null>,
  caps: { bonusCap: number; penaltyCap: number },
): SheetTotals {
  let missing = 0;
  /** A node's points capped at its maximum; null when nothing below it is scored yet. */
  const value = (item: TemplateItem): number | null => {
    const max = Math.max(0, item.maxPoints);
    if (item.children.length === 0) {
      const p = points.get(item.id);
      if (p === null || p === undefined || !Number.isFinite(p)) {
        missing += 1;
        return null;
      }
      return roundPoints(Math.min(max, Math.max(0, p)));
    }
    let sum = 0;
    let any = false;
    for (const child of item.children) {
      const v = value(child);
      if (v !== null) {
        sum += v;
        any = true;
      }
    }
    return any ? roundPoints(Math.min(max, sum)) : null;
  };

  let base = 0;
  let bonus = 0;
  let penalty = 0;
  const byField: SheetTotals['byField'] = [];
  for (const item of items) {
    const v = value(item);
    if (item.kind === 'bonus') bonus += v ?? 0;
    else if (item.kind === 'penalty') penalty += v ?? 0;
    else {
      base += v ?? 0;
      byField.push({ itemId: item.id, code: item.code, name: item.name, max: item.maxPoints, points: v });
    }
  }
  base = roundPoints(base);
  bonus = roundPoints(Math.min(Math.max(0, caps.bonusCap), bonus));
  penalty = roundPoints(Math.min(Math.max(0, caps.penaltyCap), penalty));
  const total = roundPoints(Math.max(0, base + bonus - penalty));
  return { base, bonus, penalty, total, byField, missing };
}

/** Points a computed item earns from its figure; null when the figure has no value ("không đủ số liệu"). */
export function pointsFromFigure(
  rule: ScoringRule,
  maxPoints: number,
  figure: Pick<SourceFigure, 'value'>,
): number | null {
  const value = figure.value;
  if (value === null || !Number.isFinite(value)) return null;
  const max = Math.max(0, maxPoints);
  let earned: number;
  switch (rule.rule) {
    case 'ratio':
      // A target of 0 cannot be divided by: reaching it earns everything.
      earned = rule.target > 0 ? max * Math.min(1, value / rule.target) : value >= rule.target ? max : 0;
      break;
    case 'per_unit':
      earned = rule.pointsEach * value;
      break;
    case 'at_most':
      earned = value <= rule.limit ? max : 0;
      break;
    case 'bands': {
      let best: { min: number; points: number } | null = null;
      for (const band of rule.bands) if (value >= band.min && (best === null || band.min > best.min)) best = band;
      earned = best ? best.points : 0;
      break;
    }
  }
  return roundPoints(Math.min(max, Math.max(0, earned)));
}
