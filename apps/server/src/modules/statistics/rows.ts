import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { StatIndicatorView, StatRegistryKindCode, StatValueTypeCode } from '@thidua/contracts';
import { searchKey } from '@thidua/domain';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { StatDisaggregationTable, StatIndicatorTable } from '../../db/schema-statistics.ts';

export type Executor = Kysely<Database> | Transaction<Database>;
export type IndicatorRow = Selectable<StatIndicatorTable>;
export type DisaggregationRow = StatDisaggregationTable;
export interface Option {
  code: string;
  name: string;
}

export const catalogSearchKey = (code: string, name: string) => searchKey(`${code} ${name}`);

/** JSON text of a row, read whole; a damaged value reads as the empty one rather than failing the page. */
export function parseJson<T>(text: string, empty: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return empty;
  }
}

export const optionsOf = (d: Pick<DisaggregationRow, 'options'>) => parseJson<Option[]>(d.options, []);

type IndicatorView = z.infer<typeof StatIndicatorView>;

export function indicatorView(r: IndicatorRow, d: DisaggregationRow | undefined): IndicatorView {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    unit: r.unit,
    aggregation: r.aggregation,
    periodType: r.period_type,
    kind: r.kind,
    valueType: r.value_type as StatValueTypeCode,
    formula: r.formula,
    disaggregation: d ? { id: d.id, code: d.code, name: d.name, options: optionsOf(d) } : null,
    registryKind: (r.registry_kind as StatRegistryKindCode | null) ?? null,
    registryMeasure: r.registry_measure,
    registryFilter: parseJson<IndicatorView['registryFilter']>(r.registry_filter, {}),
    decimals: Number(r.decimals),
    source: r.source,
    description: r.description,
    active: !!Number(r.active),
    version: Number(r.version),
    updatedAt: r.updated_at,
  };
}

/** The views of some indicator rows, their disaggregations read in one query. */
export async function indicatorViews(db: Executor, rows: IndicatorRow[]): Promise<IndicatorView[]> {
  const ids = [...new Set(rows.map((r) => r.disaggregation_id).filter((x): x is string => !!x))];
  const ds = ids.length ? await db.selectFrom('stat_disaggregations').selectAll().where('id', 'in', ids).execute() : [];
  const byId = new Map(ds.map((d) => [d.id, d]));
  return rows.map((r) => indicatorView(r, r.disaggregation_id ? byId.get(r.disaggregation_id) : undefined));
}
