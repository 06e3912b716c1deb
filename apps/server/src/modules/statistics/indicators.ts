import type { z } from 'zod';
import type {
  StatIndicatorList,
  StatIndicatorsQuery,
  StatIndicatorView,
  StatVersionRequest,
  UpdateStatIndicatorRequest,
} from '@thidua/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { StatIndicatorTable } from '../../db/schema-statistics.ts';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { badRequest, conflict, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { defineList } from '../../platform/lists.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { loadCatalog } from './formulas.ts';
import { catalogWith, indicatorProblems, usersOf, type IndicatorInput } from './indicatorChecks.ts';
import { assertCatalogWriter } from './policy.ts';
import { catalogSearchKey, indicatorViews, type Executor } from './rows.ts';

type View = z.infer<typeof StatIndicatorView>;

export const indicatorList = defineList<
  Database,
  'stat_indicators',
  StatIndicatorTable,
  Omit<z.output<typeof StatIndicatorsQuery>, 'page' | 'pageSize'>
>({
  sorts: { code: ['code'], name: ['search_key'], periodType: ['period_type', 'code'] },
  tieBreaker: 'id',
  search: ['search_key'],
  filters: {
    kind: (q, kind) => q.where('kind', '=', kind),
    periodType: (q, t) => q.where('period_type', '=', t),
    active: (q, a) => q.where('active', '=', a === 'true' ? 1 : 0),
  },
});

export async function listIndicators(
  deps: Deps,
  q: z.output<typeof StatIndicatorsQuery>,
): Promise<z.infer<typeof StatIndicatorList>> {
  const db = deps.db.kysely;
  const page = await indicatorList.page(db.selectFrom('stat_indicators').selectAll(), q);
  return { ...page, items: await indicatorViews(db, page.items) };
}

export async function getIndicator(db: Executor, id: string): Promise<View> {
  const row = await db.selectFrom('stat_indicators').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('chỉ tiêu');
  return (await indicatorViews(db, [row]))[0]!;
}

export const indicatorColumns = (i: IndicatorInput) => ({
  code: i.code,
  name: i.name,
  search_key: catalogSearchKey(i.code, i.name),
  kind: i.kind,
  unit: i.unit,
  value_type: i.valueType,
  aggregation: i.aggregation,
  period_type: i.periodType,
  disaggregation_id: i.disaggregationId,
  formula: i.kind === 'derived' ? i.formula : '',
  registry_kind: i.kind === 'registry' ? i.registryKind : null,
  registry_measure: i.kind === 'registry' ? i.registryMeasure : null,
  registry_filter: JSON.stringify(i.kind === 'registry' ? i.registryFilter : {}),
  decimals: i.decimals,
  source: i.source,
  description: i.description,
});

const duplicate = (code: string) =>
  conflict('duplicate_code', `Mã chỉ tiêu ${code} đã có trong danh mục.`, [
    { path: 'code', message: `Mã ${code} đã có trong danh mục` },
  ]);

/** Refuses an indicator that breaks the catalog's rules; `oldCode` when an existing one is edited. */
export async function checkIndicator(trx: Executor, input: IndicatorInput, oldCode: string | null, selfId?: string) {
  let dup = trx.selectFrom('stat_indicators').select('id').where('code', '=', input.code);
  if (selfId) dup = dup.where('id', '!=', selfId);
  if (await dup.executeTakeFirst()) throw duplicate(input.code);
  const d = input.disaggregationId
    ? await trx
        .selectFrom('stat_disaggregations')
        .selectAll()
        .where('id', '=', input.disaggregationId)
        .executeTakeFirst()
    : null;
  const catalog = await loadCatalog(trx);
  const problems = indicatorProblems(input, catalogWith(catalog, input, oldCode, d?.options ?? null), d);
  if (oldCode && oldCode !== input.code) {
    const users = usersOf(catalog, oldCode);
    if (users.length)
      problems.push({
        path: 'code',
        message: `Mã ${oldCode} đang được dùng trong công thức của ${users.map((u) => `[${u}]`).join(', ')}: sửa các công thức đó trước`,
      });
  }
  if (problems.length) throw badRequest('validation_failed', problems[0]!.message, problems);
}

export async function insertIndicator(trx: Transaction<Database>, actor: Actor, input: IndicatorInput, now: string) {
  const id = newId();
  await trx
    .insertInto('stat_indicators')
    .values({ id, ...indicatorColumns(input), active: 1, created_at: now, updated_at: now, version: 1 })
    .execute();
  await appendAudit(trx, actor, 'stat_indicator.created', 'stat_indicator', id, null, input);
  return id;
}

export async function createIndicator(deps: Deps, user: RequestUser, actor: Actor, input: IndicatorInput) {
  assertCatalogWriter(user);
  const now = nowIsoOf(clockOf(deps));
  const id = await deps.db.kysely.transaction().execute(async (trx) => {
    await checkIndicator(trx, input, null);
    return insertIndicator(trx, actor, input, now);
  });
  return getIndicator(deps.db.kysely, id);
}

async function rowOf(trx: Executor, id: string) {
  const row = await trx.selectFrom('stat_indicators').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('chỉ tiêu');
  return row;
}

export async function saveIndicator(
  trx: Transaction<Database>,
  actor: Actor,
  id: string,
  input: IndicatorInput & { version: number },
  now: string,
) {
  const before = await rowOf(trx, id);
  const { version, ...fields } = input;
  await checkIndicator(trx, fields, before.code, id);
  await updateVersioned(trx, 'stat_indicators', id, version, { ...indicatorColumns(fields), updated_at: now });
  await appendAudit(trx, actor, 'stat_indicator.updated', 'stat_indicator', id, before, fields);
}

export async function updateIndicator(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof UpdateStatIndicatorRequest>,
) {
  assertCatalogWriter(user);
  const now = nowIsoOf(clockOf(deps));
  await deps.db.kysely.transaction().execute((trx) => saveIndicator(trx, actor, id, input, now));
  return getIndicator(deps.db.kysely, id);
}

/**
 * Takes an indicator out of use (kept with its values, hidden from new forms) or back. An indicator still named
 * by an active derived indicator's formula stays in use: the formula would have nothing to read.
 */
export async function setIndicatorActive(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  active: boolean,
  input: z.output<typeof StatVersionRequest>,
) {
  assertCatalogWriter(user);
  const now = nowIsoOf(clockOf(deps));
  await deps.db.kysely.transaction().execute(async (trx) => {
    const row = await rowOf(trx, id);
    if (!active) {
      const users = await trx
        .selectFrom('stat_indicators')
        .select(['code', 'kind', 'formula'])
        .where('active', '=', 1)
        .where('kind', '=', 'derived')
        .execute();
      const names = usersOf(new Map(users.map((u) => [u.code, { ...u, options: null }])), row.code);
      if (names.length)
        throw conflict(
          'reference_conflict',
          `Chỉ tiêu ${row.code} đang được dùng trong công thức của ${names.map((n) => `[${n}]`).join(', ')}.`,
          [{ path: 'active', message: 'Đang được dùng trong công thức' }],
        );
    }
    await updateVersioned(trx, 'stat_indicators', id, input.version, { active: active ? 1 : 0, updated_at: now });
    await appendAudit(
      trx,
      actor,
      active ? 'stat_indicator.activated' : 'stat_indicator.deactivated',
      'stat_indicator',
      id,
      { active: row.active },
      { active },
    );
  });
  return getIndicator(deps.db.kysely, id);
}
