import type { AnalyticsIndicator } from '@thidua/contracts';
import type { Aggregation } from '@thidua/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { StatIndicatorKind, StatPeriodType } from '../../db/schema-statistics.ts';
import { badRequest } from '../../platform/errors.ts';

/** What an analysis needs of the catalog: the indicators it names (and those their formulas name) and the dated units. */

export interface Indicator {
  id: string;
  code: string;
  name: string;
  unit: string;
  kind: StatIndicatorKind;
  aggregation: Aggregation;
  periodType: StatPeriodType;
  decimals: number;
  formula: string;
  options: { code: string; name: string }[];
  registryKind: string | null;
  registryMeasure: string | null;
  registryFilter: Record<string, string | number>;
}

export interface Unit {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface Mapping {
  oldUnitId: string;
  newUnitId: string;
  effectiveDate: string;
  share: number;
}

export interface Units {
  byId: Map<string, Unit>;
  children: Map<string | null, Unit[]>;
  /** The province as a whole: its unit when the catalog has one, else every top-level unit. */
  root: Unit | null;
  successors: Map<string, Mapping[]>;
  predecessors: Map<string, Mapping[]>;
}

const parse = <T>(text: string | null, fallback: T): T => {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
};

export const indicatorView = (i: Indicator): AnalyticsIndicator => ({
  code: i.code,
  name: i.name,
  unit: i.unit,
  aggregation: i.aggregation,
  periodType: i.periodType,
  kind: i.kind,
  decimals: i.decimals,
});

/** Every indicator (a few hundred rows): a formula may name any of them. */
export async function loadIndicators(db: Kysely<Database>): Promise<Map<string, Indicator>> {
  const rows = await db
    .selectFrom('stat_indicators as i')
    .leftJoin('stat_disaggregations as d', 'd.id', 'i.disaggregation_id')
    .select([
      'i.id',
      'i.code',
      'i.name',
      'i.unit',
      'i.kind',
      'i.aggregation',
      'i.period_type',
      'i.decimals',
      'i.formula',
      'i.registry_kind',
      'i.registry_measure',
      'i.registry_filter',
      'd.options',
    ])
    .execute();
  return new Map(
    rows.map((r) => [
      r.code,
      {
        id: r.id,
        code: r.code,
        name: r.name,
        unit: r.unit,
        kind: r.kind,
        aggregation: r.aggregation,
        periodType: r.period_type,
        decimals: Number(r.decimals),
        formula: r.formula,
        options: parse<{ code: string; name: string }[]>(r.options, []),
        registryKind: r.registry_kind,
        registryMeasure: r.registry_measure,
        registryFilter: parse<Record<string, string | number>>(r.registry_filter, {}),
      },
    ]),
  );
}

export function indicatorOf(catalog: Map<string, Indicator>, code: string, path = 'indicator'): Indicator {
  const found = catalog.get(code);
  if (!found)
    throw badRequest('bad_request', `Không có chỉ tiêu mã ${code} trong danh mục.`, [
      { path, message: 'Mã chỉ tiêu không có' },
    ]);
  return found;
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

export async function loadUnits(db: Kysely<Database>): Promise<Units> {
  const [rows, maps] = await Promise.all([
    db
      .selectFrom('stat_units')
      .select(['id', 'code', 'name', 'kind', 'parent_id', 'valid_from', 'valid_to'])
      .orderBy('code')
      .execute(),
    db.selectFrom('stat_unit_mappings').select(['old_unit_id', 'new_unit_id', 'effective_date', 'share']).execute(),
  ]);
  const units: Units = {
    byId: new Map(),
    children: new Map(),
    root: null,
    successors: new Map(),
    predecessors: new Map(),
  };
  for (const r of rows) {
    const u: Unit = {
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind,
      parentId: r.parent_id,
      validFrom: r.valid_from,
      validTo: r.valid_to,
    };
    units.byId.set(u.id, u);
    push(units.children, u.parentId, u);
  }
  const provinces = (units.children.get(null) ?? []).filter((u) => u.kind === 'province');
  units.root = provinces.length === 1 ? provinces[0]! : null;
  for (const m of maps) {
    const mapping = {
      oldUnitId: m.old_unit_id,
      newUnitId: m.new_unit_id,
      effectiveDate: m.effective_date,
      share: Number(m.share),
    };
    push(units.successors, mapping.oldUnitId, mapping);
    push(units.predecessors, mapping.newUnitId, mapping);
  }
  return units;
}

export function unitOf(units: Units, id: string, path = 'unit') {
  const u = units.byId.get(id);
  if (!u) throw badRequest('bad_request', 'Không có đơn vị báo cáo này.', [{ path, message: 'Đơn vị không có' }]);
  return u;
}

export const validDuring = (u: Unit, from: string, to: string) =>
  u.validFrom <= to && (u.validTo === null || u.validTo >= from);

/** The units directly under a unit (or under the province as a whole) that existed during [from, to]. */
export function childrenDuring(units: Units, unitId: string | null, from: string, to: string): Unit[] {
  const parent = unitId ?? units.root?.id ?? null;
  return (units.children.get(parent) ?? []).filter((u) => validDuring(u, from, to));
}
