import type { z } from 'zod';
import type {
  CreateStatUnitMappingRequest,
  StatUnitMappingList,
  StatUnitMappingsQuery,
  StatUnitMappingView,
  UpdateStatUnitMappingRequest,
} from '@thidua/contracts';
import type { Selectable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { StatUnitMappingTable } from '../../db/schema-statistics.ts';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { dateVn } from '../../platform/documents/official.ts';
import { badRequest, conflict, notFound, type FieldError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { defineList } from '../../platform/lists.ts';
import { deleteVersioned, updateVersioned } from '../../platform/versioned.ts';
import { assertCatalogWriter } from './policy.ts';
import type { Executor } from './rows.ts';
import { validOn } from './service.ts';

type View = z.infer<typeof StatUnitMappingView>;
type Input = z.output<typeof CreateStatUnitMappingRequest>;
type Row = Selectable<StatUnitMappingTable>;

const list = defineList<
  Database,
  'stat_unit_mappings',
  StatUnitMappingTable,
  Omit<z.output<typeof StatUnitMappingsQuery>, 'page' | 'pageSize'>
>({
  sorts: { effectiveDate: ['effective_date', 'old_unit_id'], oldUnit: ['old_unit_id', 'effective_date'] },
  tieBreaker: 'id',
  filters: {
    unitId: (q, id) => q.where((eb) => eb.or([eb('old_unit_id', '=', id), eb('new_unit_id', '=', id)])),
  },
});

async function views(db: Executor, rows: Row[]): Promise<View[]> {
  const ids = [...new Set(rows.flatMap((r) => [r.old_unit_id, r.new_unit_id]))];
  const units = ids.length
    ? await db.selectFrom('stat_units').select(['id', 'code', 'name']).where('id', 'in', ids).execute()
    : [];
  const u = new Map(units.map((x) => [x.id, x]));
  const ref = (id: string) => u.get(id) ?? { id, code: '', name: '' };
  return rows.map((r) => ({
    id: r.id,
    oldUnit: ref(r.old_unit_id),
    newUnit: ref(r.new_unit_id),
    effectiveDate: r.effective_date,
    share: Number(r.share),
    note: r.note,
    version: Number(r.version),
    updatedAt: r.updated_at,
  }));
}

export async function listMappings(
  deps: Deps,
  q: z.output<typeof StatUnitMappingsQuery>,
): Promise<z.infer<typeof StatUnitMappingList>> {
  const page = await list.page(deps.db.kysely.selectFrom('stat_unit_mappings').selectAll(), q);
  return { ...page, items: await views(deps.db.kysely, page.items) };
}

async function rowOf(db: Executor, id: string) {
  const row = await db.selectFrom('stat_unit_mappings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('quan hệ chuyển đổi đơn vị');
  return row;
}

export async function getMapping(db: Executor, id: string): Promise<View> {
  return (await views(db, [await rowOf(db, id)]))[0]!;
}

const fmt = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 4 });

/**
 * The old unit existed before the date and the new one is valid on it; the shares of one old unit at one date
 * add up to at most 1 (its figures are split, never multiplied).
 */
async function checkMapping(db: Executor, input: Input, selfId?: string) {
  const problems: FieldError[] = [];
  const [oldUnit, newUnit] = await Promise.all(
    [input.oldUnitId, input.newUnitId].map((id) =>
      db
        .selectFrom('stat_units')
        .select(['id', 'name', 'valid_from', 'valid_to'])
        .where('id', '=', id)
        .executeTakeFirst(),
    ),
  );
  if (!oldUnit) problems.push({ path: 'oldUnitId', message: 'Đơn vị cũ không có trong danh mục' });
  if (!newUnit) problems.push({ path: 'newUnitId', message: 'Đơn vị mới không có trong danh mục' });
  if (input.oldUnitId === input.newUnitId)
    problems.push({ path: 'newUnitId', message: 'Đơn vị mới phải khác đơn vị cũ' });
  if (oldUnit && oldUnit.valid_from >= input.effectiveDate)
    problems.push({
      path: 'oldUnitId',
      message: `Đơn vị cũ ${oldUnit.name} chỉ có hiệu lực từ ${dateVn(oldUnit.valid_from)}, không trước ngày chuyển ${dateVn(input.effectiveDate)}`,
    });
  if (newUnit && !validOn(newUnit, input.effectiveDate))
    problems.push({
      path: 'newUnitId',
      message: `Đơn vị mới ${newUnit.name} không có hiệu lực vào ngày ${dateVn(input.effectiveDate)}`,
    });
  let others = db
    .selectFrom('stat_unit_mappings')
    .select(['id', 'new_unit_id', 'share'])
    .where('old_unit_id', '=', input.oldUnitId)
    .where('effective_date', '=', input.effectiveDate);
  if (selfId) others = others.where('id', '!=', selfId);
  const siblings = await others.execute();
  if (siblings.some((s) => s.new_unit_id === input.newUnitId))
    throw conflict('duplicate', 'Đã có quan hệ chuyển đổi này (cùng đơn vị cũ, đơn vị mới và ngày).', [
      { path: 'newUnitId', message: 'Đã có quan hệ chuyển đổi này' },
    ]);
  const total = siblings.reduce((s, x) => s + Number(x.share), 0) + input.share;
  if (total > 1 + 1e-9)
    problems.push({
      path: 'share',
      message: `Tổng tỷ lệ chuyển của đơn vị cũ vào ngày ${dateVn(input.effectiveDate)} thành ${fmt(total)}, vượt 1 (còn lại tối đa ${fmt(Math.max(0, 1 - (total - input.share)))})`,
    });
  if (problems.length) throw badRequest('validation_failed', problems[0]!.message, problems);
}

const columns = (i: Input) => ({
  old_unit_id: i.oldUnitId,
  new_unit_id: i.newUnitId,
  effective_date: i.effectiveDate,
  share: i.share,
  note: i.note,
});

export async function createMapping(deps: Deps, user: RequestUser, actor: Actor, input: Input) {
  assertCatalogWriter(user);
  const now = nowIsoOf(clockOf(deps));
  const id = newId();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await checkMapping(trx, input);
    await trx
      .insertInto('stat_unit_mappings')
      .values({ id, ...columns(input), created_at: now, updated_at: now, version: 1 })
      .execute();
    await appendAudit(trx, actor, 'stat_unit_mapping.created', 'stat_unit_mapping', id, null, input);
  });
  return getMapping(deps.db.kysely, id);
}

export async function updateMapping(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof UpdateStatUnitMappingRequest>,
) {
  assertCatalogWriter(user);
  const now = nowIsoOf(clockOf(deps));
  await deps.db.kysely.transaction().execute(async (trx) => {
    const before = await rowOf(trx, id);
    const { version, ...fields } = input;
    await checkMapping(trx, fields, id);
    await updateVersioned(trx, 'stat_unit_mappings', id, version, { ...columns(fields), updated_at: now });
    await appendAudit(trx, actor, 'stat_unit_mapping.updated', 'stat_unit_mapping', id, before, fields);
  });
  return getMapping(deps.db.kysely, id);
}

export async function deleteMapping(deps: Deps, user: RequestUser, actor: Actor, id: string, version: number) {
  assertCatalogWriter(user);
  await deps.db.kysely.transaction().execute(async (trx) => {
    const before = await rowOf(trx, id);
    await deleteVersioned(trx, 'stat_unit_mappings', id, version);
    await appendAudit(trx, actor, 'stat_unit_mapping.deleted', 'stat_unit_mapping', id, before, null);
  });
  return { ok: true as const };
}
