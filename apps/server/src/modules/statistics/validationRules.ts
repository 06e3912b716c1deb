import type { z } from 'zod';
import type {
  CreateStatRuleRequest,
  StatRuleList,
  StatRulesQuery,
  StatRuleView,
  UpdateStatRuleRequest,
} from '@thidua/contracts';
import type { Database } from '../../db/schema.ts';
import type { StatPeriodType, StatRuleTable } from '../../db/schema-statistics.ts';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { badRequest, conflict, notFound, type FieldError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { defineList } from '../../platform/lists.ts';
import { deleteVersioned, updateVersioned } from '../../platform/versioned.ts';
import { formulaProblems, loadCatalog } from './formulas.ts';
import { assertCatalogWriter } from './policy.ts';
import { catalogSearchKey, type Executor } from './rows.ts';

type View = z.infer<typeof StatRuleView>;
type Input = z.output<typeof CreateStatRuleRequest>;
type Row = StatRuleTable;

const list = defineList<
  Database,
  'stat_rules',
  StatRuleTable,
  Omit<z.output<typeof StatRulesQuery>, 'page' | 'pageSize'>
>({
  sorts: { code: ['code'], name: ['search_key'] },
  tieBreaker: 'id',
  search: ['search_key'],
  filters: {
    kind: (q, kind) => q.where('kind', '=', kind),
    datasetId: (q, id) => q.where('dataset_id', '=', id),
  },
});

async function views(db: Executor, rows: Row[]): Promise<View[]> {
  const iIds = [...new Set(rows.map((r) => r.indicator_id).filter((x): x is string => !!x))];
  const dIds = [...new Set(rows.map((r) => r.dataset_id).filter((x): x is string => !!x))];
  const [is, ds] = await Promise.all([
    iIds.length
      ? db.selectFrom('stat_indicators').select(['id', 'code', 'name']).where('id', 'in', iIds).execute()
      : [],
    dIds.length ? db.selectFrom('stat_datasets').select(['id', 'code', 'name']).where('id', 'in', dIds).execute() : [],
  ]);
  const i = new Map(is.map((x) => [x.id, x]));
  const d = new Map(ds.map((x) => [x.id, x]));
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind as View['kind'],
    leftExpr: r.left_expr,
    operator: r.operator as View['operator'],
    rightExpr: r.right_expr,
    indicator: (r.indicator_id && i.get(r.indicator_id)) || null,
    threshold: r.threshold === null ? null : Number(r.threshold),
    severity: r.severity as View['severity'],
    periodType: (r.period_type as StatPeriodType | null) ?? null,
    dataset: (r.dataset_id && d.get(r.dataset_id)) || null,
    active: !!Number(r.active),
    version: Number(r.version),
    updatedAt: r.updated_at,
  }));
}

export async function listRules(deps: Deps, q: z.output<typeof StatRulesQuery>): Promise<z.infer<typeof StatRuleList>> {
  const page = await list.page(deps.db.kysely.selectFrom('stat_rules').selectAll(), q);
  return { ...page, items: await views(deps.db.kysely, page.items) };
}

/** The whole filtered view of `listRules` for an export (413 above the export limit). */
export async function allRules(deps: Deps, q: Omit<z.output<typeof StatRulesQuery>, 'page' | 'pageSize'>) {
  return views(deps.db.kysely, await list.all(deps.db.kysely.selectFrom('stat_rules').selectAll(), q));
}

async function rowOf(db: Executor, id: string) {
  const row = await db.selectFrom('stat_rules').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('quy tắc kiểm tra');
  return row;
}

export async function getRule(db: Executor, id: string): Promise<View> {
  return (await views(db, [await rowOf(db, id)]))[0]!;
}

/**
 * An expression rule compares two formulas in the derived-indicator language (checked by the same parser and
 * catalog); the built-in checks name one indicator, and the change and outlier checks a positive threshold.
 */
async function checkRule(db: Executor, input: Input, selfId?: string) {
  let dup = db.selectFrom('stat_rules').select('id').where('code', '=', input.code);
  if (selfId) dup = dup.where('id', '!=', selfId);
  if (await dup.executeTakeFirst())
    throw conflict('duplicate_code', `Mã quy tắc ${input.code} đã có.`, [
      { path: 'code', message: `Mã ${input.code} đã có` },
    ]);
  const problems: FieldError[] = [];
  if (input.kind === 'expression') {
    const catalog = await loadCatalog(db);
    for (const side of ['leftExpr', 'rightExpr'] as const) {
      if (!input[side].trim()) problems.push({ path: side, message: 'Cần một biểu thức' });
      else for (const message of formulaProblems(input[side], catalog)) problems.push({ path: side, message });
    }
  } else {
    if (!input.indicatorId) problems.push({ path: 'indicatorId', message: 'Chọn chỉ tiêu được kiểm tra' });
    if ((input.kind === 'mom_change' || input.kind === 'outlier') && !(input.threshold !== null && input.threshold > 0))
      problems.push({
        path: 'threshold',
        message: input.kind === 'mom_change' ? 'Ngưỡng biến động (%): một số lớn hơn 0' : 'Hệ số k: một số lớn hơn 0',
      });
  }
  if (input.indicatorId) {
    const i = await db
      .selectFrom('stat_indicators')
      .select('id')
      .where('id', '=', input.indicatorId)
      .executeTakeFirst();
    if (!i) problems.push({ path: 'indicatorId', message: 'Chỉ tiêu không có trong danh mục' });
  }
  if (input.datasetId) {
    const d = await db.selectFrom('stat_datasets').select('id').where('id', '=', input.datasetId).executeTakeFirst();
    if (!d) problems.push({ path: 'datasetId', message: 'Biểu mẫu không có trong danh mục' });
  }
  if (problems.length) throw badRequest('validation_failed', problems[0]!.message, problems);
}

const columns = (i: Input) => ({
  code: i.code,
  name: i.name,
  search_key: catalogSearchKey(i.code, i.name),
  kind: i.kind,
  left_expr: i.kind === 'expression' ? i.leftExpr : '',
  operator: i.operator,
  right_expr: i.kind === 'expression' ? i.rightExpr : '',
  indicator_id: i.indicatorId,
  threshold: i.threshold,
  severity: i.severity,
  period_type: i.periodType,
  dataset_id: i.datasetId,
  active: i.active ? 1 : 0,
});

export async function createRule(deps: Deps, user: RequestUser, actor: Actor, input: Input) {
  assertCatalogWriter(user);
  const now = nowIsoOf(clockOf(deps));
  const id = newId();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await checkRule(trx, input);
    await trx
      .insertInto('stat_rules')
      .values({ id, ...columns(input), created_at: now, updated_at: now, version: 1 })
      .execute();
    await appendAudit(trx, actor, 'stat_rule.created', 'stat_rule', id, null, input);
  });
  return getRule(deps.db.kysely, id);
}

export async function updateRule(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof UpdateStatRuleRequest>,
) {
  assertCatalogWriter(user);
  const now = nowIsoOf(clockOf(deps));
  await deps.db.kysely.transaction().execute(async (trx) => {
    const before = await rowOf(trx, id);
    const { version, ...fields } = input;
    await checkRule(trx, fields, id);
    await updateVersioned(trx, 'stat_rules', id, version, { ...columns(fields), updated_at: now });
    await appendAudit(trx, actor, 'stat_rule.updated', 'stat_rule', id, before, fields);
  });
  return getRule(deps.db.kysely, id);
}

export async function deleteRule(deps: Deps, user: RequestUser, actor: Actor, id: string, version: number) {
  assertCatalogWriter(user);
  await deps.db.kysely.transaction().execute(async (trx) => {
    const before = await rowOf(trx, id);
    await deleteVersioned(trx, 'stat_rules', id, version);
    await appendAudit(trx, actor, 'stat_rule.deleted', 'stat_rule', id, before, null);
  });
  return { ok: true as const };
}
