import { formatPeriodId, parsePeriodId, previousPeriod, type ReportingPeriod } from '../periods/periods.ts';
import { evaluateFormula, formulaTerms, parseFormula, type FormulaRef, type Shift } from './formula.ts';

/**
 * Validation rules of the sector statistics (docs/statistics.md, issue 16 item 5), evaluated over one
 * reporting unit's values: `expression` (left operator right, both in the formula language), and the
 * built-in checks `ytd_monotonic` (the year-to-date sum of an additive series never decreases: no negative
 * period value; with `leftExpr = 'cumulative'` the series is itself year-to-date and never drops within a
 * year), `mom_change` (a change on the previous period beyond `threshold` %), `outlier` (beyond mean ± k·sd of
 * the unit's own history, k = `threshold`, default 3, at least 6 points). A rule whose terms are missing is
 * skipped and says so; it never counts as broken.
 */
export const STAT_RULE_KINDS = ['expression', 'ytd_monotonic', 'mom_change', 'outlier'] as const;
export type StatRuleKind = (typeof STAT_RULE_KINDS)[number];
export const STAT_RULE_OPERATORS = ['==', '!=', '<', '<=', '>', '>='] as const;
export type StatRuleOperator = (typeof STAT_RULE_OPERATORS)[number];
export type StatRuleSeverity = 'error' | 'warning';

export interface StatRule {
  id: string;
  code: string;
  name: string;
  kind: string;
  leftExpr: string;
  operator: string;
  rightExpr: string;
  /** The built-in checks' indicator. */
  indicatorCode: string | null;
  threshold: number | null;
  severity: StatRuleSeverity;
}

/** One unit's values as a run reads them; periods are value period ids (`2026-03`, `2026Q1`, `2026`). */
export interface RuleValues {
  period: string;
  get(code: string, category: string, period: string): number | null;
  /** The options of an indicator with a value in the run's period ('' for the undisaggregated one). */
  categories(code: string): readonly string[];
  /** The unit's earlier values of that indicator option, any order (the outlier's history). */
  history(code: string, category: string): readonly number[];
}

export interface RuleCell {
  indicatorCode: string;
  category: string;
  period: string;
}
export interface RuleViolation {
  ruleId: string;
  ruleCode: string;
  ruleName: string;
  kind: string;
  severity: StatRuleSeverity;
  operator: string;
  left: number | null;
  right: number | null;
  message: string;
  cells: RuleCell[];
}
export interface RuleSkip {
  ruleCode: string;
  ruleName: string;
  reason: string;
}
export interface RuleRun {
  violations: RuleViolation[];
  skipped: RuleSkip[];
}

/** The periods of the same type from the first of the year to `p` (a year is itself). */
export function yearToDatePeriods(p: ReportingPeriod): string[] {
  if (p.type === 'year' || p.type === 'ytd') return [formatPeriodId({ ...p, type: 'year', index: 0 })];
  return Array.from({ length: p.index }, (_, i) => formatPeriodId({ ...p, index: i + 1 }));
}

// One formatter for every message: constructing one costs more than evaluating a rule.
const VI_NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const num = (x: number | null) => (x === null ? 'không có' : VI_NUMBER.format(x));
const refName = (r: FormulaRef) => `[${r.code}${r.category ? `.${r.category}` : ''}]`;

function holds(op: string, l: number, r: number, tolerance: number): boolean | null {
  const eps = tolerance > 0 ? tolerance : 1e-9 * Math.max(1, Math.abs(l), Math.abs(r));
  switch (op) {
    case '==':
      return Math.abs(l - r) <= eps;
    case '!=':
      return Math.abs(l - r) > eps;
    case '<':
      return l < r - eps;
    case '<=':
      return l <= r + eps;
    case '>':
      return l > r + eps;
    case '>=':
      return l >= r - eps;
    default:
      return null;
  }
}

const head = (rule: StatRule) => ({
  ruleId: rule.id,
  ruleCode: rule.code,
  ruleName: rule.name,
  kind: rule.kind,
  severity: rule.severity,
  operator: rule.operator,
});

function expressionRule(rule: StatRule, v: RuleValues, p: ReportingPeriod, run: RuleRun): void {
  const skip = (reason: string): void => {
    run.skipped.push({ ruleCode: rule.code, ruleName: rule.name, reason });
  };
  const left = parseFormula(rule.leftExpr);
  const right = parseFormula(rule.rightExpr);
  if (!left.ok || !right.ok)
    return skip(`Công thức của quy tắc lỗi: ${left.ok ? '' : left.error} ${right.ok ? '' : right.error}`.trim());
  const cells: RuleCell[] = [];
  const seen = new Set<string>();
  const periodsOf = (shift: Shift) => {
    const at = { ...p, year: p.year - shift.yearsBack };
    return shift.ytd ? yearToDatePeriods(at) : [formatPeriodId(at)];
  };
  const lookup = (ref: FormulaRef, shift: Shift): number | null => {
    let sum = 0;
    for (const period of periodsOf(shift)) {
      const x = v.get(ref.code, ref.category ?? '', period);
      if (x === null) return null;
      sum += x;
    }
    return sum;
  };
  const missing: string[] = [];
  for (const f of [left.formula, right.formula])
    for (const t of formulaTerms(f)) {
      for (const period of periodsOf(t.shift)) {
        const key = `${t.ref.code}|${t.ref.category ?? ''}|${period}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (v.get(t.ref.code, t.ref.category ?? '', period) === null) missing.push(`${refName(t.ref)} kỳ ${period}`);
        else cells.push({ indicatorCode: t.ref.code, category: t.ref.category ?? '', period });
      }
    }
  if (missing.length) return skip(`Thiếu số liệu: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`);
  const ctx = { value: lookup };
  const l = evaluateFormula(left.formula, ctx);
  const r = evaluateFormula(right.formula, ctx);
  if (l === null || r === null) return skip('Không tính được (chia cho 0)');
  const ok = holds(rule.operator, l, r, rule.threshold ?? 0);
  if (ok === null) return skip(`Toán tử "${rule.operator}" không hợp lệ`);
  if (ok) return;
  run.violations.push({
    ...head(rule),
    left: l,
    right: r,
    message: `${rule.name}: ${rule.leftExpr} = ${num(l)}, ${rule.rightExpr} = ${num(r)}; yêu cầu ${rule.leftExpr} ${rule.operator} ${rule.rightExpr}.`,
    cells,
  });
}

/** The built-in checks run per option of their indicator that has a value this period. */
function builtInRule(rule: StatRule, v: RuleValues, p: ReportingPeriod, run: RuleRun): void {
  const skip = (reason: string): void => {
    run.skipped.push({ ruleCode: rule.code, ruleName: rule.name, reason });
  };
  const code = rule.indicatorCode;
  if (!code) return skip('Quy tắc chưa gắn chỉ tiêu');
  const categories = v.categories(code);
  if (!categories.length) return skip(`Thiếu số liệu: [${code}] kỳ ${v.period}`);
  for (const category of categories) {
    const value = v.get(code, category, v.period);
    if (value === null) continue;
    const cell = { indicatorCode: code, category, period: v.period };
    const label = `[${code}${category ? `.${category}` : ''}]`;
    const violate = (left: number | null, right: number | null, message: string, more: RuleCell[] = []): void => {
      run.violations.push({ ...head(rule), left, right, message: `${rule.name}: ${message}`, cells: [cell, ...more] });
    };
    if (rule.kind === 'ytd_monotonic') {
      const before = yearToDatePeriods(p).slice(0, -1);
      if (rule.leftExpr === 'cumulative') {
        const prev = before.at(-1);
        if (!prev) continue;
        const x = v.get(code, category, prev);
        if (x === null) skip(`Thiếu số liệu: ${label} kỳ ${prev}`);
        else if (value < x)
          violate(value, x, `lũy kế ${label} giảm từ ${num(x)} (kỳ ${prev}) xuống ${num(value)}.`, [
            { indicatorCode: code, category, period: prev },
          ]);
        continue;
      }
      if (value >= 0) continue;
      const earlier = before.reduce((s, id) => s + (v.get(code, category, id) ?? 0), 0);
      violate(
        earlier + value,
        earlier,
        `giá trị kỳ ${v.period} âm (${num(value)}) làm lũy kế ${label} giảm từ ${num(earlier)} xuống ${num(earlier + value)}.`,
      );
    } else if (rule.kind === 'mom_change') {
      if (rule.threshold === null) return skip('Quy tắc chưa đặt ngưỡng (%)');
      const prevId = formatPeriodId(previousPeriod(p));
      const prev = v.get(code, category, prevId);
      if (prev === null) skip(`Thiếu số liệu: ${label} kỳ ${prevId}`);
      else if (prev === 0) skip(`${label} kỳ ${prevId} bằng 0, không tính được tỷ lệ thay đổi`);
      else {
        const change = (value / prev - 1) * 100;
        if (Math.abs(change) > rule.threshold + 1e-9)
          violate(
            value,
            prev,
            `${label} ${change > 0 ? 'tăng' : 'giảm'} ${num(Math.abs(change))} % so với kỳ ${prevId} (${num(prev)} → ${num(value)}), vượt ngưỡng ${num(rule.threshold)} %.`,
            [{ indicatorCode: code, category, period: prevId }],
          );
      }
    } else {
      const h = v.history(code, category);
      if (h.length < 6) {
        skip(`${label}: lịch sử mới có ${h.length} kỳ, cần ít nhất 6 kỳ`);
        continue;
      }
      const k = rule.threshold ?? 3;
      const mean = h.reduce((s, x) => s + x, 0) / h.length;
      // The sample standard deviation (n − 1): the history is a sample of the unit's behaviour.
      const sd = Math.sqrt(h.reduce((s, x) => s + (x - mean) ** 2, 0) / (h.length - 1));
      const lo = mean - k * sd;
      const hi = mean + k * sd;
      if (value > hi + 1e-9 || value < lo - 1e-9) {
        const bound = value > hi ? hi : lo;
        violate(
          value,
          bound,
          `${label} = ${num(value)} nằm ngoài khoảng ${num(lo)} – ${num(hi)} (trung bình ${num(mean)} ± ${num(k)} độ lệch chuẩn của ${h.length} kỳ trước).`,
        );
      }
    }
  }
}

/** Every rule over one unit's values for `values.period`; rules of an unknown kind are skipped and named. */
export function evaluateRules(rules: readonly StatRule[], values: RuleValues): RuleRun {
  const run: RuleRun = { violations: [], skipped: [] };
  const p = parsePeriodId(values.period);
  if (!p || p.type === 'ytd') throw new RangeError(`Kỳ báo cáo không hợp lệ: ${values.period}`);
  for (const rule of rules) {
    if (rule.kind === 'expression') expressionRule(rule, values, p, run);
    else if (rule.kind === 'ytd_monotonic' || rule.kind === 'mom_change' || rule.kind === 'outlier')
      builtInRule(rule, values, p, run);
    else
      run.skipped.push({
        ruleCode: rule.code,
        ruleName: rule.name,
        reason: `Loại quy tắc "${rule.kind}" không được hỗ trợ`,
      });
  }
  return run;
}

/** The indicator codes a rule reads (to know which values to load). */
export function ruleCodes(rule: StatRule): string[] {
  if (rule.kind !== 'expression') return rule.indicatorCode ? [rule.indicatorCode] : [];
  const out = new Set<string>();
  for (const text of [rule.leftExpr, rule.rightExpr]) {
    const f = parseFormula(text);
    if (f.ok) for (const r of f.formula.refs) out.add(r.code);
  }
  return [...out];
}
