import type { Kysely } from 'kysely';
import type { Database, MovementTable, MovementTargetTable } from '../../db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import { listTransitions } from '../../platform/transitions.ts';

type Db = Kysely<Database>;

export async function movementRow(db: Db, id: string): Promise<MovementTable> {
  const row = await db.selectFrom('movements').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('phong trào thi đua');
  return row;
}

export async function participantIds(db: Db, movementId: string): Promise<string[]> {
  const rows = await db.selectFrom('movement_orgs').select('org_id').where('movement_id', '=', movementId).execute();
  return rows.map((r) => r.org_id);
}

export async function targetsOf(db: Db, movementId: string): Promise<MovementTargetTable[]> {
  return db
    .selectFrom('movement_targets')
    .selectAll()
    .where('movement_id', '=', movementId)
    .orderBy('sort_order')
    .execute();
}

export async function transitionsOf(db: Db, movementId: string) {
  return listTransitions(db, 'movement', movementId);
}

/** Registered units per movement, for lists. */
export async function registeredCounts(db: Db, movementIds: string[]): Promise<Map<string, number>> {
  if (!movementIds.length) return new Map();
  const rows = await db
    .selectFrom('movement_registrations')
    .select(['movement_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('movement_id', 'in', movementIds)
    .groupBy('movement_id')
    .execute();
  return new Map(rows.map((r) => [r.movement_id, Number(r.n)]));
}

export async function participantCounts(db: Db, movementIds: string[]): Promise<Map<string, number>> {
  if (!movementIds.length) return new Map();
  const rows = await db
    .selectFrom('movement_orgs')
    .select(['movement_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('movement_id', 'in', movementIds)
    .groupBy('movement_id')
    .execute();
  return new Map(rows.map((r) => [r.movement_id, Number(r.n)]));
}
