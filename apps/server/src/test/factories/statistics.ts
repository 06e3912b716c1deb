import { refreshTotals } from '../../modules/statValues/totals.ts';
import { searchKey } from '@thidua/domain';
import { nowIso } from '../../db/index.ts';
import type { StatAggregation, StatIndicatorKind, StatPeriodType, StatRevision } from '../../db/schema-statistics.ts';
import { newId } from '../../platform/ids.ts';
import type { Db } from './steps.ts';

/*
 * The sector statistics catalog and values put straight into the tables (docs/statistics.md), on either
 * database. Each factory takes the harness (or its Kysely instance) and returns the row's id with what a test
 * usually needs next.
 */

type Target = Db | { db: { kysely: Db } };
const kdb = (t: Target): Db => ('selectFrom' in t ? t : t.db.kysely);

let seq = 0;
const next = () => ++seq;

export interface Made {
  id: string;
  code: string;
  version: number;
}

export interface DisaggregationSpec {
  code?: string;
  name?: string;
  options?: { code: string; name: string }[];
}

export async function makeDisaggregation(t: Target, over: DisaggregationSpec = {}): Promise<Made> {
  const id = newId();
  const now = nowIso();
  const code = over.code ?? `PT${next()}`;
  await kdb(t)
    .insertInto('stat_disaggregations')
    .values({
      id,
      code,
      name: over.name ?? `Phân tổ ${code}`,
      search_key: searchKey(`${code} ${over.name ?? `Phân tổ ${code}`}`),
      options: JSON.stringify(
        over.options ?? [
          { code: 'state', name: 'Nhà nước' },
          { code: 'non_state', name: 'Ngoài nhà nước' },
          { code: 'fdi', name: 'Có vốn đầu tư nước ngoài' },
        ],
      ),
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  return { id, code, version: 1 };
}

export interface IndicatorSpec {
  code?: string;
  name?: string;
  unit?: string;
  aggregation?: StatAggregation;
  periodType?: StatPeriodType;
  kind?: StatIndicatorKind;
  valueType?: 'number' | 'integer' | 'percent';
  formula?: string;
  disaggregationId?: string | null;
  registryKind?: string | null;
  registryMeasure?: string | null;
  registryFilter?: Record<string, unknown>;
  decimals?: number;
  source?: string;
  active?: boolean;
}

export async function makeIndicator(t: Target, over: IndicatorSpec = {}): Promise<Made> {
  const id = newId();
  const now = nowIso();
  const code = over.code ?? `CT${next()}`;
  const name = over.name ?? `Chỉ tiêu kiểm thử ${code}`;
  await kdb(t)
    .insertInto('stat_indicators')
    .values({
      id,
      code,
      name,
      search_key: searchKey(`${code} ${name}`),
      kind: over.kind ?? (over.formula ? 'derived' : over.registryKind ? 'registry' : 'element'),
      unit: over.unit ?? 'tỷ đồng',
      value_type: over.valueType ?? (over.unit === '%' ? 'percent' : 'number'),
      aggregation: over.aggregation ?? 'sum',
      period_type: over.periodType ?? 'month',
      disaggregation_id: over.disaggregationId ?? null,
      formula: over.formula ?? '',
      registry_kind: over.registryKind ?? null,
      registry_measure: over.registryMeasure ?? (over.registryKind ? 'count' : null),
      registry_filter: JSON.stringify(over.registryFilter ?? {}),
      decimals: over.decimals ?? 1,
      source: over.source ?? '',
      description: '',
      active: over.active === false ? 0 : 1,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  return { id, code, version: 1 };
}

export interface StatUnitSpec {
  code?: string;
  name?: string;
  /** `province`, `district`, `commune`, `enterprise`, `industrial_park`, `industrial_cluster`. */
  kind?: string;
  parentId?: string | null;
  orgId?: string | null;
  validFrom?: string;
  validTo?: string | null;
}

export async function makeStatUnit(t: Target, over: StatUnitSpec = {}): Promise<Made> {
  const id = newId();
  const now = nowIso();
  const code = over.code ?? `DV${next()}`;
  const name = over.name ?? `Đơn vị báo cáo ${code}`;
  await kdb(t)
    .insertInto('stat_units')
    .values({
      id,
      code,
      name,
      search_key: searchKey(`${code} ${name}`),
      kind: over.kind ?? 'province',
      parent_id: over.parentId ?? null,
      org_id: over.orgId ?? null,
      valid_from: over.validFrom ?? '2000-01-01',
      valid_to: over.validTo ?? null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  return { id, code, version: 1 };
}

export interface UnitMappingSpec {
  oldUnitId: string;
  newUnitId: string;
  effectiveDate?: string;
  share?: number;
  note?: string;
}

export async function makeUnitMapping(t: Target, spec: UnitMappingSpec): Promise<{ id: string; version: number }> {
  const id = newId();
  const now = nowIso();
  await kdb(t)
    .insertInto('stat_unit_mappings')
    .values({
      id,
      old_unit_id: spec.oldUnitId,
      new_unit_id: spec.newUnitId,
      effective_date: spec.effectiveDate ?? '2025-07-01',
      share: spec.share ?? 1,
      note: spec.note ?? '',
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  return { id, version: 1 };
}

export interface DatasetSpec {
  code?: string;
  name?: string;
  periodType?: StatPeriodType;
  unitKind?: string;
  indicatorIds?: string[];
  unitIds?: string[];
  dueDay?: number;
  reminderDays?: number;
  active?: boolean;
}

export async function makeDataset(t: Target, over: DatasetSpec = {}): Promise<Made> {
  const db = kdb(t);
  const id = newId();
  const now = nowIso();
  const code = over.code ?? `BM${next()}`;
  await db
    .insertInto('stat_datasets')
    .values({
      id,
      code,
      name: over.name ?? `Biểu mẫu ${code}`,
      search_key: searchKey(`${code} ${over.name ?? `Biểu mẫu ${code}`}`),
      period_type: over.periodType ?? 'month',
      unit_kind: over.unitKind ?? 'province',
      due_day: over.dueDay ?? 20,
      reminder_days: over.reminderDays ?? 3,
      active: over.active === false ? 0 : 1,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  const indicators = over.indicatorIds ?? [];
  if (indicators.length)
    await db
      .insertInto('stat_dataset_indicators')
      .values(indicators.map((indicator_id, i) => ({ dataset_id: id, indicator_id, seq: i + 1 })))
      .execute();
  const units = over.unitIds ?? [];
  if (units.length)
    await db
      .insertInto('stat_dataset_units')
      .values(units.map((unit_id) => ({ dataset_id: id, unit_id })))
      .execute();
  return { id, code, version: 1 };
}

/**
 * A period id as the statistics API writes it — `2021`, `2021S1`, `2021Q3`, `2021-07` (also `2021M07`) — to its
 * type, year and the last month it covers.
 */
export function periodColumns(period: string): { period_type: StatPeriodType; year: number; month: number } {
  const m = /^(\d{4})(?:-(\d{2})|M(\d{2})|Q([1-4])|S([12]))?$/.exec(period);
  if (!m) throw new Error(`not a period id: ${period}`);
  const year = Number(m[1]);
  const mon = m[2] ?? m[3];
  if (mon) return { period_type: 'month', year, month: Number(mon) };
  if (m[4]) return { period_type: 'quarter', year, month: Number(m[4]) * 3 };
  if (m[5]) return { period_type: 'half', year, month: Number(m[5]) * 6 };
  return { period_type: 'year', year, month: 12 };
}

export interface StatValueSpec {
  indicatorId: string;
  unitId: string;
  period: string;
  category?: string;
  value: number | null;
  revision?: StatRevision;
  comment?: string;
}

export async function makeStatValue(t: Target, spec: StatValueSpec): Promise<void> {
  const now = nowIso();
  await kdb(t)
    .insertInto('stat_values')
    .values({
      indicator_id: spec.indicatorId,
      unit_id: spec.unitId,
      period: spec.period,
      category: spec.category ?? '',
      ...periodColumns(spec.period),
      value: spec.value,
      revision: spec.revision ?? 'official',
      comment: spec.comment ?? '',
      updated_by: null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  const cols = periodColumns(spec.period);
  await refreshTotals(kdb(t), {
    indicatorIds: [spec.indicatorId],
    unitIds: [spec.unitId],
    years: [cols.year],
    periodTypes: [cols.period_type],
  });
}

export interface TargetSpec {
  indicatorId: string;
  unitId: string;
  year: number;
  category?: string;
  value: number;
  note?: string;
}

export async function makeTarget(t: Target, spec: TargetSpec): Promise<void> {
  const now = nowIso();
  await kdb(t)
    .insertInto('stat_targets')
    .values({
      indicator_id: spec.indicatorId,
      unit_id: spec.unitId,
      year: spec.year,
      category: spec.category ?? '',
      value: spec.value,
      note: spec.note ?? '',
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
}

export interface RuleSpec {
  code?: string;
  name?: string;
  /** `expression`, `ytd_monotonic`, `mom_change`, `outlier`. */
  kind?: string;
  leftExpr?: string;
  operator?: '==' | '!=' | '<' | '<=' | '>' | '>=';
  rightExpr?: string;
  indicatorId?: string | null;
  threshold?: number | null;
  severity?: 'error' | 'warning';
  periodType?: StatPeriodType | null;
  datasetId?: string | null;
  active?: boolean;
}

export async function makeRule(t: Target, over: RuleSpec = {}): Promise<Made> {
  const id = newId();
  const now = nowIso();
  const code = over.code ?? `KT${next()}`;
  await kdb(t)
    .insertInto('stat_rules')
    .values({
      id,
      code,
      name: over.name ?? `Quy tắc kiểm tra ${code}`,
      search_key: searchKey(`${code} ${over.name ?? `Quy tắc kiểm tra ${code}`}`),
      kind: over.kind ?? 'expression',
      left_expr: over.leftExpr ?? '',
      operator: over.operator ?? '==',
      right_expr: over.rightExpr ?? '',
      indicator_id: over.indicatorId ?? null,
      threshold: over.threshold ?? null,
      severity: over.severity ?? 'error',
      period_type: over.periodType ?? null,
      dataset_id: over.datasetId ?? null,
      active: over.active === false ? 0 : 1,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  return { id, code, version: 1 };
}
