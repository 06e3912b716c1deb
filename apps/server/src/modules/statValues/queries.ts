import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { StatDatasetTable, StatSubmissionTable, StatUnitTable } from '../../db/schema-statistics.ts';
import { AppError } from '../../platform/errors.ts';

export type Executor = Kysely<Database> | Transaction<Database>;

const missing = (what: string, path: string) =>
  new AppError(404, 'not_found', `Không tìm thấy ${what}.`, [{ path, message: 'Không tồn tại' }]);

export async function datasetRow(db: Executor, id: string, path = 'dataset'): Promise<StatDatasetTable> {
  const row = await db.selectFrom('stat_datasets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw missing('bộ biểu báo cáo', path);
  return row;
}

export async function unitRow(db: Executor, id: string, path = 'unit'): Promise<StatUnitTable> {
  const row = await db.selectFrom('stat_units').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw missing('đơn vị báo cáo', path);
  return row;
}

/** The units a data set is reported by. */
export async function datasetUnits(db: Executor, datasetId: string): Promise<StatUnitTable[]> {
  return db
    .selectFrom('stat_dataset_units')
    .innerJoin('stat_units', 'stat_units.id', 'stat_dataset_units.unit_id')
    .selectAll('stat_units')
    .where('stat_dataset_units.dataset_id', '=', datasetId)
    .orderBy('stat_units.code')
    .execute();
}

export async function unitInDataset(db: Executor, datasetId: string, unitId: string): Promise<boolean> {
  const row = await db
    .selectFrom('stat_dataset_units')
    .select('unit_id')
    .where('dataset_id', '=', datasetId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  return Boolean(row);
}

/** An entered indicator of a data set with the options it is split by. */
export interface GridIndicator {
  id: string;
  code: string;
  name: string;
  unit: string;
  valueType: string;
  decimals: number;
  options: { code: string; name: string }[];
}

/** The data set's entered (`element`) indicators in its order, each with its disaggregation options. */
export async function gridIndicators(db: Executor, datasetId: string): Promise<GridIndicator[]> {
  const rows = await db
    .selectFrom('stat_dataset_indicators as di')
    .innerJoin('stat_indicators as i', 'i.id', 'di.indicator_id')
    .leftJoin('stat_disaggregations as d', 'd.id', 'i.disaggregation_id')
    .select(['i.id', 'i.code', 'i.name', 'i.unit', 'i.value_type', 'i.decimals', 'd.options', 'di.seq'])
    .where('di.dataset_id', '=', datasetId)
    .where('i.kind', '=', 'element')
    .orderBy('di.seq')
    .orderBy('i.code')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    unit: r.unit,
    valueType: r.value_type,
    decimals: Number(r.decimals),
    options: r.options ? (JSON.parse(r.options) as { code: string; name: string }[]) : [],
  }));
}

/**
 * The cells of a grid: an indicator's options when it is disaggregated (its total is their sum, computed,
 * never typed a second time — docs/statistics.md), else its one value ('').
 */
export function gridCells(indicators: GridIndicator[]) {
  return indicators.flatMap((i) =>
    i.options.length
      ? i.options.map((o) => ({ indicator: i, category: o.code, categoryName: o.name }))
      : [{ indicator: i, category: '', categoryName: 'Tổng số' }],
  );
}

export async function submissionRow(
  db: Executor,
  datasetId: string,
  unitId: string,
  period: string,
): Promise<StatSubmissionTable | undefined> {
  return db
    .selectFrom('stat_submissions')
    .selectAll()
    .where('dataset_id', '=', datasetId)
    .where('unit_id', '=', unitId)
    .where('period', '=', period)
    .executeTakeFirst();
}

/** Values of units × indicators in the listed periods. */
export async function valuesIn(db: Executor, unitIds: string[], indicatorIds: string[], periods: string[]) {
  if (!unitIds.length || !indicatorIds.length || !periods.length) return [];
  return db
    .selectFrom('stat_values')
    .select(['indicator_id', 'unit_id', 'period', 'category', 'value', 'revision', 'comment', 'updated_at'])
    .where('unit_id', 'in', unitIds)
    .where('indicator_id', 'in', indicatorIds)
    .where('period', 'in', periods)
    .execute();
}
