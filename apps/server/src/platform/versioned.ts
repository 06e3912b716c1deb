import { sql, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { Database } from '../db/schema.ts';
import { staleVersion } from './errors.ts';

/** Tables whose rows carry a text id and an optimistic-lock version. */
export type VersionedTable = {
  [K in keyof Database]: Database[K] extends { id: string; version: number } ? K : never;
}[keyof Database];

type Executor = Kysely<Database> | Transaction<Database>;
// One shape for every versioned table: the caller's values are typed against its own table.
const loose = (db: Executor) => db as unknown as Kysely<Record<string, { id: string; version: number }>>;

/**
 * The one way to write an optimistically locked row: a single
 * `UPDATE … SET …, version = version + 1 WHERE id = ? AND version = ?` whose
 * row count is the verdict. A read-then-compare lets two simultaneous saves of
 * the same version both pass; the database's row lock does not. Returns the
 * stored version; a moved-on (or missing) row is the standard 409.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Executor,
  table: T,
  id: string,
  expectedVersion: number,
  values: Omit<Updateable<Database[T]>, 'id' | 'version'>,
  stalePath?: string,
): Promise<number> {
  const res = await loose(db)
    .updateTable(table as string)
    .set({ ...values, version: sql<number>`${sql.ref('version')} + 1` } as never)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw staleVersion(stalePath);
  return expectedVersion + 1;
}

/**
 * Confirms inside the caller's transaction that rows are still at the versions
 * the user saw, without changing them: a no-op conditional update (200 rows per
 * statement), so the rows stay locked until commit and a concurrent writer of
 * those versions loses. The first row found moved on is named in the 409.
 */
export async function holdVersions(
  db: Executor,
  table: VersionedTable,
  rows: { id: string; version: number; stalePath?: string }[],
): Promise<void> {
  const k = loose(db);
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    const res = await k
      .updateTable(table as string)
      .set({ version: sql<number>`${sql.ref('version')}` } as never)
      .where((eb) => eb.or(chunk.map((r) => eb.and([eb('id', '=', r.id), eb('version', '=', r.version)]))))
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === chunk.length) continue;
    const now = await k
      .selectFrom(table as string)
      .select(['id', 'version'])
      .where(
        'id',
        'in',
        chunk.map((r) => r.id),
      )
      .execute();
    const current = new Map(now.map((r) => [r.id, Number(r.version)]));
    const moved = chunk.find((r) => current.get(r.id) !== r.version) ?? chunk[0]!;
    throw staleVersion(moved.stalePath);
  }
}

/** Deletes a row only at the version the user saw; otherwise the standard 409. */
export async function deleteVersioned(
  db: Executor,
  table: VersionedTable,
  id: string,
  expectedVersion: number,
  stalePath?: string,
): Promise<void> {
  const res = await loose(db)
    .deleteFrom(table as string)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(res.numDeletedRows) !== 1) throw staleVersion(stalePath);
}
