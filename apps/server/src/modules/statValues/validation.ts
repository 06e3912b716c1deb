import type { z } from 'zod';
import type { StatValidationQuery, StatValidationReport, StatValidationResult } from '@thidua/contracts';
import {
  evaluateRules,
  formatPeriodId,
  formulaTerms,
  parseFormula,
  ruleCodes,
  type StatRule,
  type StatRuleSeverity,
} from '@thidua/domain';
import type { StatDatasetTable } from '../../db/schema-statistics.ts';
import type { Deps } from '../../platform/context.ts';
import type { PeriodInfo } from './period.ts';
import { periodInfo } from './period.ts';
import { datasetRow, datasetUnits, gridIndicators, type Executor } from './queries.ts';

type Result = z.infer<typeof StatValidationResult>;
/** How far back the outlier's history reaches (three years of months is 36 points). */
const HISTORY_YEARS = 3;

/**
 * The data set's active rules for its period type: those filed under it, and the general ones (no data set)
 * that read at least one of its indicators.
 */
export async function rulesFor(
  db: Executor,
  dataset: StatDatasetTable,
  codes: ReadonlySet<string>,
): Promise<StatRule[]> {
  const rows = await db
    .selectFrom('stat_rules as r')
    .leftJoin('stat_indicators as i', 'i.id', 'r.indicator_id')
    .selectAll('r')
    .select('i.code as indicator_code')
    .where('r.active', '=', 1)
    .where((eb) => eb.or([eb('r.dataset_id', '=', dataset.id), eb('r.dataset_id', 'is', null)]))
    .where((eb) => eb.or([eb('r.period_type', 'is', null), eb('r.period_type', '=', dataset.period_type)]))
    .orderBy('r.code')
    .execute();
  return rows
    .map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind,
      leftExpr: r.left_expr,
      operator: r.operator,
      rightExpr: r.right_expr,
      indicatorCode: r.indicator_code ?? null,
      threshold: r.threshold === null ? null : Number(r.threshold),
      severity: (r.severity === 'error' ? 'error' : 'warning') as StatRuleSeverity,
      datasetId: r.dataset_id,
    }))
    .filter((r) => r.datasetId === dataset.id || ruleCodes(r).some((c) => codes.has(c)));
}

const yearsBackOf = (rules: StatRule[]) =>
  Math.max(
    1,
    ...rules.flatMap((r) =>
      r.kind !== 'expression'
        ? []
        : [r.leftExpr, r.rightExpr].flatMap((t) => {
            const f = parseFormula(t);
            return f.ok ? formulaTerms(f.formula).map((x) => x.shift.yearsBack) : [];
          }),
    ),
  );

/** Every period of the same type from `years` years before the period's year up to the period. */
function periodsBack(period: PeriodInfo, years: number): string[] {
  const out: string[] = [];
  const per = { month: 12, quarter: 4, half: 2, year: 1 }[period.type];
  for (let y = period.year - years; y <= period.year; y++)
    for (let i = 1; i <= per; i++) {
      const id = formatPeriodId(
        period.type === 'year' ? { type: 'year', year: y, index: 0 } : { type: period.type, year: y, index: i },
      );
      if (y < period.year || id <= period.id) out.push(id);
    }
  return out;
}

/** Runs the rules over each unit's values for the period: one read of the values for all units. */
export async function validateUnits(
  db: Executor,
  rules: StatRule[],
  unitIds: string[],
  period: PeriodInfo,
): Promise<Map<string, Result>> {
  const out = new Map<string, Result>();
  const codes = [...new Set(rules.flatMap(ruleCodes))];
  const indicators = codes.length
    ? await db.selectFrom('stat_indicators').select(['id', 'code']).where('code', 'in', codes).execute()
    : [];
  const idOf = new Map(indicators.map((i) => [i.code, i.id]));
  const codeOf = new Map(indicators.map((i) => [i.id, i.code]));
  const outlierIds = rules
    .filter((r) => r.kind === 'outlier' && r.indicatorCode)
    .map((r) => idOf.get(r.indicatorCode!)!);
  const values = new Map<string, number | null>();
  const history = new Map<string, number[]>();
  const present = new Map<string, Set<string>>();
  if (unitIds.length && indicators.length) {
    const rows = await db
      .selectFrom('stat_values')
      .select(['unit_id', 'indicator_id', 'period', 'category', 'value'])
      .where('indicator_id', 'in', [...codeOf.keys()])
      .where('unit_id', 'in', unitIds)
      // By the listed periods, so that the primary key (indicator, unit, period) finds them.
      .where('period', 'in', periodsBack(period, Math.max(yearsBackOf(rules), HISTORY_YEARS)))
      .execute();
    const outliers = new Set(outlierIds);
    for (const r of rows) {
      const code = codeOf.get(r.indicator_id)!;
      const v = r.value === null ? null : Number(r.value);
      values.set(`${r.unit_id}|${code}|${r.category}|${r.period}`, v);
      if (r.period === period.id && v !== null) {
        const k = `${r.unit_id}|${code}`;
        present.set(k, (present.get(k) ?? new Set()).add(r.category));
      }
      if (outliers.has(r.indicator_id) && r.period < period.id && v !== null) {
        const k = `${r.unit_id}|${code}|${r.category}`;
        history.set(k, [...(history.get(k) ?? []), v]);
      }
    }
  }
  for (const unitId of unitIds) {
    const run = evaluateRules(rules, {
      period: period.id,
      get: (code, category, p) => values.get(`${unitId}|${code}|${category}|${p}`) ?? null,
      categories: (code) => [...(present.get(`${unitId}|${code}`) ?? [])].sort(),
      history: (code, category) => history.get(`${unitId}|${code}|${category}`) ?? [],
    });
    out.set(unitId, {
      errors: run.violations.filter((v) => v.severity === 'error').length,
      warnings: run.violations.filter((v) => v.severity === 'warning').length,
      violations: run.violations.map((v) => ({
        ...v,
        cells: v.cells.map((c) => ({ ...c, indicatorId: idOf.get(c.indicatorCode) ?? null, unitId })),
      })),
      skipped: run.skipped.map((s) => ({ ...s, unitId })),
    });
  }
  return out;
}

/** One unit's validation of a data set's period (the grid and the submit guard read it). */
export async function validateEntry(
  db: Executor,
  dataset: StatDatasetTable,
  unitId: string,
  period: PeriodInfo,
  indicators?: readonly { code: string }[],
) {
  const codes = new Set((indicators ?? (await gridIndicators(db, dataset.id))).map((i) => i.code));
  const rules = await rulesFor(db, dataset, codes);
  return (await validateUnits(db, rules, [unitId], period)).get(unitId)!;
}

/** The whole period's report: every unit of the data set. */
export async function validationReport(
  deps: Deps,
  q: z.output<typeof StatValidationQuery>,
): Promise<z.infer<typeof StatValidationReport>> {
  const db = deps.db.kysely;
  const dataset = await datasetRow(db, q.dataset);
  const period = periodInfo(q.period, dataset.period_type);
  const units = await datasetUnits(db, dataset.id);
  const codes = new Set((await gridIndicators(db, dataset.id)).map((i) => i.code));
  const rules = await rulesFor(db, dataset, codes);
  const results = await validateUnits(
    db,
    rules,
    units.map((u) => u.id),
    period,
  );
  const rows = units.map((u) => ({ unitId: u.id, unitCode: u.code, unitName: u.name, result: results.get(u.id)! }));
  return {
    period: period.id,
    datasetId: dataset.id,
    units: rows,
    errors: rows.reduce((s, r) => s + r.result.errors, 0),
    warnings: rows.reduce((s, r) => s + r.result.warnings, 0),
  };
}
