import type { z } from 'zod';
import type {
  CreateStatDatasetRequest,
  StatDatasetList,
  StatDatasetsQuery,
  StatDatasetView,
  UpdateStatDatasetRequest,
} from '@thidua/contracts';
import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import { num } from '../../db/index.ts';
import type { Database } from '../../db/schema.ts';
import type { StatDatasetTable } from '../../db/schema-statistics.ts';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { badRequest, conflict, notFound, type FieldError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { defineList } from '../../platform/lists.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { assertCatalogWriter } from './policy.ts';
import { catalogSearchKey, type Executor } from './rows.ts';

type View = z.infer<typeof StatDatasetView>;
type Input = z.output<typeof CreateStatDatasetRequest>;
type Row = StatDatasetTable;

const list = defineList<
  Database,
  'stat_datasets',
  StatDatasetTable,
  Omit<z.output<typeof StatDatasetsQuery>, 'page' | 'pageSize'>
>({
  sorts: { code: ['code'], name: ['search_key'] },
  tieBreaker: 'id',
  search: ['search_key'],
  filters: { periodType: (q, t) => q.where('period_type', '=', t) },
});

const base = (r: Row) => ({
  id: r.id,
  code: r.code,
  name: r.name,
  periodType: r.period_type,
  unitKind: r.unit_kind,
  dueDay: Number(r.due_day),
  reminderDays: Number(r.reminder_days),
  active: !!Number(r.active),
  version: Number(r.version),
  updatedAt: r.updated_at,
});

/** Data sets with how many indicators and units each holds. */
async function summaries(db: Executor, rows: Row[]) {
  const ids = rows.map((r) => r.id);
  const count = async (table: 'stat_dataset_indicators' | 'stat_dataset_units') =>
    new Map(
      ids.length
        ? (
            await db
              .selectFrom(table)
              .select(['dataset_id', sql<number>`count(*)`.as('n')])
              .where('dataset_id', 'in', ids)
              .groupBy('dataset_id')
              .execute()
          ).map((c) => [c.dataset_id, num(c.n)])
        : [],
    );
  const [ni, nu] = await Promise.all([count('stat_dataset_indicators'), count('stat_dataset_units')]);
  return rows.map((r) => ({ ...base(r), indicatorCount: ni.get(r.id) ?? 0, unitCount: nu.get(r.id) ?? 0 }));
}

export async function listDatasets(
  deps: Deps,
  q: z.output<typeof StatDatasetsQuery>,
): Promise<z.infer<typeof StatDatasetList>> {
  const db = deps.db.kysely;
  const page = await list.page(db.selectFrom('stat_datasets').selectAll(), q);
  return { ...page, items: await summaries(db, page.items) };
}

/** The whole filtered view of `listDatasets` for an export (413 above the export limit). */
export async function allDatasets(deps: Deps, q: Omit<z.output<typeof StatDatasetsQuery>, 'page' | 'pageSize'>) {
  const db = deps.db.kysely;
  return summaries(db, await list.all(db.selectFrom('stat_datasets').selectAll(), q));
}

export async function getDataset(db: Executor, id: string): Promise<View> {
  const row = await db.selectFrom('stat_datasets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('biểu mẫu báo cáo');
  const [indicators, units] = await Promise.all([
    db
      .selectFrom('stat_dataset_indicators as di')
      .innerJoin('stat_indicators as i', 'i.id', 'di.indicator_id')
      .select(['i.id', 'i.code', 'i.name', 'i.unit'])
      .where('di.dataset_id', '=', id)
      .orderBy('di.seq')
      .execute(),
    db
      .selectFrom('stat_dataset_units as du')
      .innerJoin('stat_units as u', 'u.id', 'du.unit_id')
      .select(['u.id', 'u.code', 'u.name'])
      .where('du.dataset_id', '=', id)
      .orderBy('u.code')
      .execute(),
  ]);
  return { ...base(row), indicators, units };
}

/** Only entered (element) indicators of the data set's period type go on its form; only units of its kind report it. */
async function checkDataset(db: Executor, input: Input, selfId?: string) {
  let dup = db.selectFrom('stat_datasets').select('id').where('code', '=', input.code);
  if (selfId) dup = dup.where('id', '!=', selfId);
  if (await dup.executeTakeFirst())
    throw conflict('duplicate_code', `Mã biểu mẫu ${input.code} đã có.`, [
      { path: 'code', message: `Mã ${input.code} đã có` },
    ]);
  const problems: FieldError[] = [];
  const seenI = new Set<string>();
  const indicators = input.indicatorIds.length
    ? await db
        .selectFrom('stat_indicators')
        .select(['id', 'code', 'kind', 'period_type', 'active'])
        .where('id', 'in', input.indicatorIds)
        .execute()
    : [];
  const byId = new Map(indicators.map((i) => [i.id, i]));
  input.indicatorIds.forEach((id, n) => {
    const i = byId.get(id);
    const path = `indicatorIds.${n}`;
    if (seenI.has(id)) problems.push({ path, message: `Chỉ tiêu ${i?.code ?? id} có hai lần trong biểu` });
    seenI.add(id);
    if (!i) problems.push({ path, message: 'Chỉ tiêu không có trong danh mục' });
    else if (i.kind !== 'element')
      problems.push({
        path,
        message: `Chỉ tiêu ${i.code} tính theo công thức hoặc từ cơ sở dữ liệu, không nhập trong biểu`,
      });
    else if (i.period_type !== input.periodType)
      problems.push({ path, message: `Chỉ tiêu ${i.code} báo cáo theo kỳ khác kỳ của biểu mẫu` });
    else if (!Number(i.active)) problems.push({ path, message: `Chỉ tiêu ${i.code} đã ngừng sử dụng` });
  });
  const units = input.unitIds.length
    ? await db.selectFrom('stat_units').select(['id', 'code', 'kind']).where('id', 'in', input.unitIds).execute()
    : [];
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const seenU = new Set<string>();
  input.unitIds.forEach((id, n) => {
    const u = unitOf.get(id);
    const path = `unitIds.${n}`;
    if (seenU.has(id)) problems.push({ path, message: `Đơn vị ${u?.code ?? id} có hai lần` });
    seenU.add(id);
    if (!u) problems.push({ path, message: 'Đơn vị báo cáo không có trong danh mục' });
    else if (u.kind !== input.unitKind)
      problems.push({ path, message: `Đơn vị ${u.code} không thuộc loại đơn vị báo cáo biểu mẫu này` });
  });
  if (problems.length) throw badRequest('validation_failed', problems[0]!.message, problems);
}

async function writeMembers(trx: Transaction<Database>, id: string, input: Input) {
  await trx.deleteFrom('stat_dataset_indicators').where('dataset_id', '=', id).execute();
  await trx.deleteFrom('stat_dataset_units').where('dataset_id', '=', id).execute();
  if (input.indicatorIds.length)
    await trx
      .insertInto('stat_dataset_indicators')
      .values(input.indicatorIds.map((indicator_id, i) => ({ dataset_id: id, indicator_id, seq: i + 1 })))
      .execute();
  for (let i = 0; i < input.unitIds.length; i += 500)
    await trx
      .insertInto('stat_dataset_units')
      .values(input.unitIds.slice(i, i + 500).map((unit_id) => ({ dataset_id: id, unit_id })))
      .execute();
}

const columns = (i: Input) => ({
  code: i.code,
  name: i.name,
  search_key: catalogSearchKey(i.code, i.name),
  period_type: i.periodType,
  unit_kind: i.unitKind,
  due_day: i.dueDay,
  reminder_days: i.reminderDays,
  active: i.active ? 1 : 0,
});

export async function createDataset(deps: Deps, user: RequestUser, actor: Actor, input: Input) {
  assertCatalogWriter(user);
  const now = nowIsoOf(clockOf(deps));
  const id = newId();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await checkDataset(trx, input);
    await trx
      .insertInto('stat_datasets')
      .values({ id, ...columns(input), created_at: now, updated_at: now, version: 1 })
      .execute();
    await writeMembers(trx, id, input);
    await appendAudit(trx, actor, 'stat_dataset.created', 'stat_dataset', id, null, input);
  });
  return getDataset(deps.db.kysely, id);
}

export async function updateDataset(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof UpdateStatDatasetRequest>,
) {
  assertCatalogWriter(user);
  const now = nowIsoOf(clockOf(deps));
  await deps.db.kysely.transaction().execute(async (trx) => {
    const before = await getDataset(trx, id);
    const { version, ...fields } = input;
    await checkDataset(trx, fields, id);
    if (before.periodType !== fields.periodType || before.unitKind !== fields.unitKind) {
      const used = await trx
        .selectFrom('stat_submissions')
        .select('id')
        .where('dataset_id', '=', id)
        .executeTakeFirst();
      if (used)
        throw conflict('reference_conflict', 'Biểu mẫu đã có báo cáo: không đổi được kỳ báo cáo hay loại đơn vị.', [
          {
            path: before.periodType !== fields.periodType ? 'periodType' : 'unitKind',
            message: 'Biểu mẫu đã có báo cáo',
          },
        ]);
    }
    await updateVersioned(trx, 'stat_datasets', id, version, { ...columns(fields), updated_at: now });
    await writeMembers(trx, id, fields);
    await appendAudit(trx, actor, 'stat_dataset.updated', 'stat_dataset', id, before, fields);
  });
  return getDataset(deps.db.kysely, id);
}
