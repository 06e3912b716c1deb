import type { z } from 'zod';
import type { SaveStatTargetsRequest, StatTargetList, StatTargetsQuery } from '@thidua/contracts';
import { searchKey } from '@thidua/domain';
import { sql } from 'kysely';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { badRequest, staleVersion, type FieldError } from '../../platform/errors.ts';
import { allOf, pageOf } from '../../platform/lists.ts';
import { assertCatalogWriter } from './policy.ts';
import { optionsOf } from './rows.ts';

type TargetsView = Omit<z.output<typeof StatTargetsQuery>, 'page' | 'pageSize'>;

/** The year's targets filtered and searched as the list asks, and the order it sorts them in. */
function targetsView(deps: Deps, q: TargetsView) {
  let query = deps.db.kysely
    .selectFrom('stat_targets as t')
    .innerJoin('stat_indicators as i', 'i.id', 't.indicator_id')
    .innerJoin('stat_units as u', 'u.id', 't.unit_id')
    .select([
      'i.id as i_id',
      'i.code as i_code',
      'i.name as i_name',
      'i.unit as i_unit',
      'u.id as u_id',
      'u.code as u_code',
      'u.name as u_name',
      't.year',
      't.category',
      't.value',
      't.note',
      't.version',
      't.updated_at',
    ])
    .where('t.year', '=', q.year);
  if (q.indicatorId) query = query.where('t.indicator_id', '=', q.indicatorId);
  if (q.unitId) query = query.where('t.unit_id', '=', q.unitId);
  for (const word of q.q ? searchKey(q.q).split(' ').filter(Boolean) : [])
    query = query.where((eb) =>
      eb.or([eb('i.search_key', 'like', `%${word}%`), eb('u.search_key', 'like', `%${word}%`)]),
    );
  const desc = q.sort.startsWith('-');
  const dir = desc ? 'desc' : 'asc';
  const cols = q.sort.replace('-', '') === 'unit' ? (['u.code', 'i.code'] as const) : (['i.code', 'u.code'] as const);
  const order = (x: typeof query) => x.orderBy(cols[0], dir).orderBy(cols[1], dir).orderBy('t.category', dir);
  const view = (r: Awaited<ReturnType<typeof query.execute>>[number]) => ({
    indicator: { id: r.i_id, code: r.i_code, name: r.i_name, unit: r.i_unit },
    unit: { id: r.u_id, code: r.u_code, name: r.u_name },
    year: Number(r.year),
    category: r.category,
    value: Number(r.value),
    note: r.note,
    version: Number(r.version),
    updatedAt: r.updated_at,
  });
  return { query, order, view };
}

/** The year's plan ("kế hoạch năm") per indicator, unit and disaggregation option, as a paged list. */
export async function listTargets(
  deps: Deps,
  q: z.output<typeof StatTargetsQuery>,
): Promise<z.infer<typeof StatTargetList>> {
  const v = targetsView(deps, q);
  const page = await pageOf(v.query, q, v.order);
  return { ...page, items: page.items.map(v.view) };
}

/** Every target of the list's view, for its export (413 above the export limit). */
export async function allTargets(deps: Deps, q: TargetsView) {
  const v = targetsView(deps, q);
  return (await allOf(v.query, v.order)).map(v.view);
}

type Save = z.output<typeof SaveStatTargetsRequest>;

/**
 * Saves a batch of the year's targets at once (a planner fills the plan table and saves): a value sets the target,
 * null removes it. Every row is checked first and nothing is written unless all hold; a target changed by someone
 * else since it was read (its `version`) is refused with 409.
 */
export async function saveTargets(deps: Deps, user: RequestUser, actor: Actor, input: Save) {
  assertCatalogWriter(user);
  const now = nowIsoOf(clockOf(deps));
  return deps.db.kysely.transaction().execute(async (trx) => {
    const iIds = [...new Set(input.items.map((i) => i.indicatorId))];
    const uIds = [...new Set(input.items.map((i) => i.unitId))];
    const indicators = await trx
      .selectFrom('stat_indicators as i')
      .leftJoin('stat_disaggregations as d', 'd.id', 'i.disaggregation_id')
      .select(['i.id', 'i.code', 'd.options'])
      .where('i.id', 'in', iIds)
      .execute();
    const units = await trx.selectFrom('stat_units').select('id').where('id', 'in', uIds).execute();
    const indicatorOf = new Map(indicators.map((i) => [i.id, i]));
    const unitSet = new Set(units.map((u) => u.id));
    const problems: FieldError[] = [];
    const seen = new Set<string>();
    input.items.forEach((it, n) => {
      const i = indicatorOf.get(it.indicatorId);
      if (!i) problems.push({ path: `items.${n}.indicatorId`, message: 'Chỉ tiêu không có trong danh mục' });
      if (!unitSet.has(it.unitId))
        problems.push({ path: `items.${n}.unitId`, message: 'Đơn vị không có trong danh mục' });
      if (i && it.category) {
        const options = i.options ? optionsOf({ options: i.options }).map((o) => o.code) : [];
        if (!options.includes(it.category))
          problems.push({
            path: `items.${n}.category`,
            message: `Chỉ tiêu ${i.code} không có phân tổ "${it.category}"`,
          });
      }
      const key = `${it.indicatorId}|${it.unitId}|${it.category}`;
      if (seen.has(key)) problems.push({ path: `items.${n}`, message: 'Dòng kế hoạch này có hai lần trong danh sách' });
      seen.add(key);
    });
    if (problems.length) throw badRequest('validation_failed', problems[0]!.message, problems);
    let saved = 0;
    let removed = 0;
    const changes: unknown[] = [];
    for (const [n, it] of input.items.entries()) {
      const existing = await trx
        .selectFrom('stat_targets')
        .select(['value', 'version'])
        .where('indicator_id', '=', it.indicatorId)
        .where('unit_id', '=', it.unitId)
        .where('year', '=', input.year)
        .where('category', '=', it.category)
        .executeTakeFirst();
      const stale = () => staleVersion(`items.${n}.version`);
      if (existing && it.version !== Number(existing.version)) throw stale();
      if (!existing && it.version !== undefined && it.value !== null) throw stale();
      if (it.value === null) {
        if (!existing) continue;
        await trx
          .deleteFrom('stat_targets')
          .where('indicator_id', '=', it.indicatorId)
          .where('unit_id', '=', it.unitId)
          .where('year', '=', input.year)
          .where('category', '=', it.category)
          .where('version', '=', Number(existing.version))
          .execute();
        removed++;
      } else if (existing) {
        const res = await trx
          .updateTable('stat_targets')
          .set({ value: it.value, note: it.note, updated_at: now, version: sql<number>`version + 1` })
          .where('indicator_id', '=', it.indicatorId)
          .where('unit_id', '=', it.unitId)
          .where('year', '=', input.year)
          .where('category', '=', it.category)
          .where('version', '=', Number(existing.version))
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) throw stale();
        saved++;
      } else {
        await trx
          .insertInto('stat_targets')
          .values({
            indicator_id: it.indicatorId,
            unit_id: it.unitId,
            year: input.year,
            category: it.category,
            value: it.value,
            note: it.note,
            created_at: now,
            updated_at: now,
            version: 1,
          })
          .execute();
        saved++;
      }
      changes.push({ ...it, before: existing ? Number(existing.value) : null });
    }
    await appendAudit(trx, actor, 'stat_targets.saved', 'stat_targets', String(input.year), null, {
      year: input.year,
      changes,
    });
    return { saved, removed };
  });
}
