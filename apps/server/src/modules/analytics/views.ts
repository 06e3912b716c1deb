import { StatViewDefinition, type StatViewInput, type StatViewUpdate, type StatViewView } from '@thidua/contracts';
import type { z } from 'zod';
import type { Selectable } from 'kysely';
import type { StatViewTable } from '../../db/schema-statistics.ts';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { deleteVersioned, updateVersioned } from '../../platform/versioned.ts';
import { viewAbilities } from './policy.ts';

/** Saved pivot views (stat_views): a user's own, and those others shared; written by the owner only, audited. */

type Row = Selectable<StatViewTable> & { owner_name: string | null };
const ENTITY = 'stat_view';

function present(user: RequestUser, r: Row): StatViewView {
  let definition: StatViewView['definition'];
  try {
    definition = StatViewDefinition.parse(JSON.parse(r.definition));
  } catch {
    // A view saved under older rules still lists (and can be fixed or removed) rather than failing the page.
    definition = {
      indicators: ['?'],
      periods: ['2026'],
      rows: ['indicator'],
      columns: ['period'],
      compare: [],
      chart: 'table',
    };
  }
  return {
    id: r.id,
    name: r.name,
    definition,
    shared: r.shared === 1,
    ownerId: r.owner_id,
    ownerName: r.owner_name ?? '',
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
    abilities: viewAbilities(user, r.owner_id),
  };
}

const base = (deps: Deps) =>
  deps.db.kysely
    .selectFrom('stat_views as v')
    .leftJoin('users as u', 'u.id', 'v.owner_id')
    .selectAll('v')
    .select('u.display_name as owner_name');

export async function listViews(deps: Deps, user: RequestUser) {
  const rows = await base(deps)
    .where((eb) => eb.or([eb('v.owner_id', '=', user.id), eb('v.shared', '=', 1)]))
    .orderBy('v.name')
    .orderBy('v.id')
    .execute();
  return { items: rows.map((r) => present(user, r)), total: rows.length };
}

async function readable(deps: Deps, user: RequestUser, id: string): Promise<Row> {
  const row = await base(deps).where('v.id', '=', id).executeTakeFirst();
  if (!row || (row.owner_id !== user.id && row.shared !== 1)) throw notFound('bảng phân tích đã lưu');
  return row;
}

export async function getView(deps: Deps, user: RequestUser, id: string) {
  return present(user, await readable(deps, user, id));
}

export async function createView(deps: Deps, user: RequestUser, actor: Actor, input: z.infer<typeof StatViewInput>) {
  const id = newId();
  const now = nowIsoOf(clockOf(deps));
  const row = {
    id,
    owner_id: user.id,
    name: input.name,
    definition: JSON.stringify(input.definition),
    shared: input.shared ? 1 : 0,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await deps.db.kysely.transaction().execute(async (trx) => {
    await trx.insertInto('stat_views').values(row).execute();
    await appendAudit(trx, actor, 'create', ENTITY, id, null, {
      name: row.name,
      shared: input.shared,
      definition: input.definition,
    });
  });
  return getView(deps, user, id);
}

export async function updateView(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.infer<typeof StatViewUpdate>,
) {
  const before = await readable(deps, user, id);
  if (!viewAbilities(user, before.owner_id).edit) throw forbidden('Chỉ người lưu bảng phân tích này được sửa nó.');
  await deps.db.kysely.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'stat_views', id, input.version, {
      name: input.name,
      definition: JSON.stringify(input.definition),
      shared: input.shared ? 1 : 0,
      updated_at: nowIsoOf(clockOf(deps)),
    });
    await appendAudit(
      trx,
      actor,
      'update',
      ENTITY,
      id,
      { name: before.name, shared: before.shared === 1, definition: JSON.parse(before.definition) as unknown },
      { name: input.name, shared: input.shared, definition: input.definition },
    );
  });
  return getView(deps, user, id);
}

export async function deleteView(deps: Deps, user: RequestUser, actor: Actor, id: string, version: number) {
  const before = await readable(deps, user, id);
  if (!viewAbilities(user, before.owner_id).delete) throw forbidden('Chỉ người lưu bảng phân tích này được xóa nó.');
  await deps.db.kysely.transaction().execute(async (trx) => {
    await deleteVersioned(trx, 'stat_views', id, version);
    await appendAudit(trx, actor, 'delete', ENTITY, id, { name: before.name, shared: before.shared === 1 }, null);
  });
  return { ok: true as const };
}
