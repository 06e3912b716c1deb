import type { z } from 'zod';
import type {
  CreateStatDisaggregationRequest,
  StatDisaggregationList,
  StatDisaggregationsQuery,
  StatDisaggregationView,
  UpdateStatDisaggregationRequest,
} from '@thidua/contracts';
import { parseFormula } from '@thidua/domain';
import { sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { StatDisaggregationTable } from '../../db/schema-statistics.ts';
import { num } from '../../db/index.ts';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { badRequest, conflict, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { defineList } from '../../platform/lists.ts';
import { deleteVersioned, updateVersioned } from '../../platform/versioned.ts';
import { assertCatalogWriter } from './policy.ts';
import { catalogSearchKey, optionsOf, type DisaggregationRow, type Executor } from './rows.ts';

type View = z.infer<typeof StatDisaggregationView>;
type Input = z.output<typeof CreateStatDisaggregationRequest>;

const list = defineList<
  Database,
  'stat_disaggregations',
  StatDisaggregationTable,
  Omit<z.output<typeof StatDisaggregationsQuery>, 'page' | 'pageSize'>
>({ sorts: { code: ['code'], name: ['search_key'] }, tieBreaker: 'id', search: ['search_key'] });

async function views(db: Executor, rows: DisaggregationRow[]): Promise<View[]> {
  const ids = rows.map((r) => r.id);
  const counts = ids.length
    ? await db
        .selectFrom('stat_indicators')
        .select(['disaggregation_id', sql<number>`count(*)`.as('n')])
        .where('disaggregation_id', 'in', ids)
        .groupBy('disaggregation_id')
        .execute()
    : [];
  const n = new Map(counts.map((c) => [c.disaggregation_id, num(c.n)]));
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    options: optionsOf(r),
    indicatorCount: n.get(r.id) ?? 0,
    version: Number(r.version),
    updatedAt: r.updated_at,
  }));
}

export async function listDisaggregations(
  deps: Deps,
  q: z.output<typeof StatDisaggregationsQuery>,
): Promise<z.infer<typeof StatDisaggregationList>> {
  const page = await list.page(deps.db.kysely.selectFrom('stat_disaggregations').selectAll(), q);
  return { ...page, items: await views(deps.db.kysely, page.items) };
}

async function rowOf(db: Executor, id: string) {
  const row = await db.selectFrom('stat_disaggregations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('nhóm phân tổ');
  return row;
}

export async function getDisaggregation(db: Executor, id: string): Promise<View> {
  return (await views(db, [await rowOf(db, id)]))[0]!;
}

async function assertCodeFree(db: Executor, code: string, exceptId?: string) {
  let q = db.selectFrom('stat_disaggregations').select('id').where('code', '=', code);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst())
    throw conflict('duplicate_code', `Mã nhóm phân tổ ${code} đã có trong danh mục.`, [
      { path: 'code', message: `Mã ${code} đã có trong danh mục` },
    ]);
}

export async function createDisaggregation(deps: Deps, user: RequestUser, actor: Actor, input: Input) {
  assertCatalogWriter(user);
  const now = nowIsoOf(clockOf(deps));
  const id = newId();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await assertCodeFree(trx, input.code);
    await trx
      .insertInto('stat_disaggregations')
      .values({
        id,
        code: input.code,
        name: input.name,
        search_key: catalogSearchKey(input.code, input.name),
        options: JSON.stringify(input.options),
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    await appendAudit(trx, actor, 'stat_disaggregation.created', 'stat_disaggregation', id, null, input);
  });
  return getDisaggregation(deps.db.kysely, id);
}

/**
 * An option still named in a derived indicator's formula (`[CODE.option]`) or holding values cannot be dropped:
 * the formula or the figures would point at nothing.
 */
async function assertOptionsKept(db: Executor, id: string, dropped: string[]) {
  if (!dropped.length) return;
  const split = await db
    .selectFrom('stat_indicators')
    .select(['id', 'code'])
    .where('disaggregation_id', '=', id)
    .execute();
  if (!split.length) return;
  const codes = new Set(split.map((s) => s.code));
  const derived = await db
    .selectFrom('stat_indicators')
    .select(['code', 'formula'])
    .where('kind', '=', 'derived')
    .execute();
  for (const d of derived) {
    const p = parseFormula(d.formula);
    const hit = p.ok
      ? p.formula.refs.find((r) => codes.has(r.code) && r.category && dropped.includes(r.category))
      : null;
    if (hit)
      throw badRequest('validation_failed', `Phân tổ ${hit.category} đang được dùng trong công thức của [${d.code}].`, [
        { path: 'options', message: `Phân tổ ${hit.category} đang được dùng trong công thức của [${d.code}]` },
      ]);
  }
  const used = await db
    .selectFrom('stat_values')
    .select('category')
    .where(
      'indicator_id',
      'in',
      split.map((s) => s.id),
    )
    .where('category', 'in', dropped)
    .limit(1)
    .executeTakeFirst();
  if (used)
    throw badRequest('validation_failed', `Phân tổ ${used.category} đã có số liệu: không bỏ được.`, [
      { path: 'options', message: `Phân tổ ${used.category} đã có số liệu` },
    ]);
}

export async function updateDisaggregation(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof UpdateStatDisaggregationRequest>,
) {
  assertCatalogWriter(user);
  const now = nowIsoOf(clockOf(deps));
  await deps.db.kysely.transaction().execute(async (trx) => {
    const before = await rowOf(trx, id);
    const { version, ...fields } = input;
    await assertCodeFree(trx, fields.code, id);
    const kept = new Set(fields.options.map((o) => o.code));
    await assertOptionsKept(
      trx,
      id,
      optionsOf(before)
        .map((o) => o.code)
        .filter((c) => !kept.has(c)),
    );
    await updateVersioned(trx, 'stat_disaggregations', id, version, {
      code: fields.code,
      name: fields.name,
      search_key: catalogSearchKey(fields.code, fields.name),
      options: JSON.stringify(fields.options),
      updated_at: now,
    });
    await appendAudit(trx, actor, 'stat_disaggregation.updated', 'stat_disaggregation', id, before, fields);
  });
  return getDisaggregation(deps.db.kysely, id);
}

export async function deleteDisaggregation(deps: Deps, user: RequestUser, actor: Actor, id: string, version: number) {
  assertCatalogWriter(user);
  await deps.db.kysely.transaction().execute(async (trx) => {
    const before = await rowOf(trx, id);
    const user1 = await trx
      .selectFrom('stat_indicators')
      .select('code')
      .where('disaggregation_id', '=', id)
      .executeTakeFirst();
    if (user1)
      throw conflict('reference_conflict', `Nhóm phân tổ đang được chỉ tiêu ${user1.code} sử dụng: không xoá được.`, [
        { path: 'id', message: `Đang được chỉ tiêu ${user1.code} sử dụng` },
      ]);
    await deleteVersioned(trx, 'stat_disaggregations', id, version);
    await appendAudit(trx, actor, 'stat_disaggregation.deleted', 'stat_disaggregation', id, before, null);
  });
  return { ok: true as const };
}
