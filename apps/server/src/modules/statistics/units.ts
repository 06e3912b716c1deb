import type { z } from 'zod';
import type {
  CreateStatUnitRequest,
  StatUnitKindCode,
  StatUnitList,
  StatUnitsQuery,
  StatUnitTree,
  StatUnitTreeQuery,
  StatUnitView,
  UpdateStatUnitRequest,
} from '@thidua/contracts';
import type { Database } from '../../db/schema.ts';
import type { StatUnitTable } from '../../db/schema-statistics.ts';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { dateVn } from '../../platform/documents/official.ts';
import { badRequest, conflict, notFound, type FieldError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { defineList } from '../../platform/lists.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { assertCatalogWriter } from './policy.ts';
import { catalogSearchKey, type Executor } from './rows.ts';
import { unitsValidAt, type StatUnitRow } from './service.ts';

type View = z.infer<typeof StatUnitView>;
type Input = z.output<typeof CreateStatUnitRequest>;

const list = defineList<
  Database,
  'stat_units',
  StatUnitTable,
  Omit<z.output<typeof StatUnitsQuery>, 'page' | 'pageSize'>
>({
  sorts: { code: ['code'], name: ['search_key'], validFrom: ['valid_from', 'code'] },
  tieBreaker: 'id',
  search: ['search_key'],
  filters: {
    kind: (q, kind) => q.where('kind', '=', kind),
    parentId: (q, id) => q.where('parent_id', '=', id),
    asOf: (q, d) =>
      q.where('valid_from', '<=', d).where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', d)])),
  },
});

async function views(db: Executor, rows: StatUnitRow[]): Promise<View[]> {
  const parentIds = [...new Set(rows.map((r) => r.parent_id).filter((x): x is string => !!x))];
  const orgIds = [...new Set(rows.map((r) => r.org_id).filter((x): x is string => !!x))];
  const [parents, orgs] = await Promise.all([
    parentIds.length
      ? db.selectFrom('stat_units').select(['id', 'code', 'name']).where('id', 'in', parentIds).execute()
      : [],
    orgIds.length ? db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', orgIds).execute() : [],
  ]);
  const p = new Map(parents.map((x) => [x.id, x]));
  const o = new Map(orgs.map((x) => [x.id, x]));
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind as StatUnitKindCode,
    parent: (r.parent_id && p.get(r.parent_id)) || null,
    org: (r.org_id && o.get(r.org_id)) || null,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    version: Number(r.version),
    updatedAt: r.updated_at,
  }));
}

export async function listUnits(deps: Deps, q: z.output<typeof StatUnitsQuery>): Promise<z.infer<typeof StatUnitList>> {
  const page = await list.page(deps.db.kysely.selectFrom('stat_units').selectAll(), q);
  return { ...page, items: await views(deps.db.kysely, page.items) };
}

/** The units valid on a day, parents before children (a unit whose parent is not shown is a root). */
export async function unitTree(
  deps: Deps,
  q: z.output<typeof StatUnitTreeQuery>,
): Promise<z.infer<typeof StatUnitTree>> {
  const rows = await unitsValidAt(deps.db.kysely, q.asOf, q.kind);
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, StatUnitRow[]>();
  for (const r of rows) {
    const key = r.parent_id && ids.has(r.parent_id) ? r.parent_id : null;
    children.set(key, [...(children.get(key) ?? []), r]);
  }
  const items: z.infer<typeof StatUnitTree>['items'] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const r of children.get(parent) ?? []) {
      items.push({
        id: r.id,
        code: r.code,
        name: r.name,
        kind: r.kind as StatUnitKindCode,
        parentId: r.parent_id,
        depth,
        validFrom: r.valid_from,
        validTo: r.valid_to,
      });
      visit(r.id, depth + 1);
    }
  };
  visit(null, 0);
  return { asOf: q.asOf, items };
}

async function rowOf(db: Executor, id: string) {
  const row = await db.selectFrom('stat_units').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('đơn vị báo cáo');
  return row;
}

export async function getUnit(db: Executor, id: string): Promise<View> {
  return (await views(db, [await rowOf(db, id)]))[0]!;
}

const span = (from: string, to: string | null) => `từ ${dateVn(from)}${to ? ` đến ${dateVn(to)}` : ''}`;
const covers = (outer: { valid_from: string; valid_to: string | null }, from: string, to: string | null) =>
  outer.valid_from <= from && (outer.valid_to === null || (to !== null && to <= outer.valid_to));

/** A unit's parent exists, is not itself or below it, and is valid over the unit's whole span; its children stay within it. */
async function checkUnit(db: Executor, input: Input, selfId?: string) {
  let dup = db.selectFrom('stat_units').select('id').where('code', '=', input.code);
  if (selfId) dup = dup.where('id', '!=', selfId);
  if (await dup.executeTakeFirst())
    throw conflict('duplicate_code', `Mã đơn vị ${input.code} đã có trong danh mục.`, [
      { path: 'code', message: `Mã ${input.code} đã có trong danh mục` },
    ]);
  const problems: FieldError[] = [];
  if (input.parentId) {
    const parent = await db.selectFrom('stat_units').selectAll().where('id', '=', input.parentId).executeTakeFirst();
    if (!parent) problems.push({ path: 'parentId', message: 'Đơn vị cấp trên không có trong danh mục' });
    else if (!covers(parent, input.validFrom, input.validTo))
      problems.push({
        path: 'parentId',
        message: `Đơn vị cấp trên ${parent.name} chỉ có hiệu lực ${span(parent.valid_from, parent.valid_to)}, không bao trùm thời gian ${span(input.validFrom, input.validTo)}`,
      });
    else if (selfId) {
      // Walking up from the new parent must not meet the unit itself.
      let at: string | null = parent.id;
      for (let i = 0; at && i < 50; i++) {
        if (at === selfId) {
          problems.push({
            path: 'parentId',
            message: 'Đơn vị cấp trên không được là chính nó hoặc đơn vị cấp dưới của nó',
          });
          break;
        }
        const up: { parent_id: string | null } | undefined = await db
          .selectFrom('stat_units')
          .select('parent_id')
          .where('id', '=', at)
          .executeTakeFirst();
        at = up?.parent_id ?? null;
      }
    }
  }
  if (
    input.orgId &&
    !(await db.selectFrom('organisations').select('id').where('id', '=', input.orgId).executeTakeFirst())
  )
    problems.push({ path: 'orgId', message: 'Cơ quan, đơn vị nhập số liệu không có trong danh sách tổ chức' });
  if (selfId) {
    const kids = await db.selectFrom('stat_units').selectAll().where('parent_id', '=', selfId).execute();
    const outside = kids.find(
      (k) => !covers({ valid_from: input.validFrom, valid_to: input.validTo }, k.valid_from, k.valid_to),
    );
    if (outside)
      problems.push({
        path: outside.valid_from < input.validFrom ? 'validFrom' : 'validTo',
        message: `Đơn vị cấp dưới ${outside.name} có hiệu lực ${span(outside.valid_from, outside.valid_to)}, ngoài thời gian này`,
      });
  }
  if (problems.length) throw badRequest('validation_failed', problems[0]!.message, problems);
}

const columns = (i: Input) => ({
  code: i.code,
  name: i.name,
  search_key: catalogSearchKey(i.code, i.name),
  kind: i.kind,
  parent_id: i.parentId,
  org_id: i.orgId,
  valid_from: i.validFrom,
  valid_to: i.validTo,
});

export async function createUnit(deps: Deps, user: RequestUser, actor: Actor, input: Input) {
  assertCatalogWriter(user);
  const now = nowIsoOf(clockOf(deps));
  const id = newId();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await checkUnit(trx, input);
    await trx
      .insertInto('stat_units')
      .values({ id, ...columns(input), created_at: now, updated_at: now, version: 1 })
      .execute();
    await appendAudit(trx, actor, 'stat_unit.created', 'stat_unit', id, null, input);
  });
  return getUnit(deps.db.kysely, id);
}

export async function updateUnit(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof UpdateStatUnitRequest>,
) {
  assertCatalogWriter(user);
  const now = nowIsoOf(clockOf(deps));
  await deps.db.kysely.transaction().execute(async (trx) => {
    const before = await rowOf(trx, id);
    const { version, ...fields } = input;
    await checkUnit(trx, fields, id);
    await updateVersioned(trx, 'stat_units', id, version, { ...columns(fields), updated_at: now });
    await appendAudit(trx, actor, 'stat_unit.updated', 'stat_unit', id, before, fields);
  });
  return getUnit(deps.db.kysely, id);
}
