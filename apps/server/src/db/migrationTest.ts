import { Migrator, type Kysely } from 'kysely';
import { openDb, type Db } from './index.ts';
import { migrationProvider } from './migrations/index.ts';
import { freshPostgres } from '../test/harness.ts';

/**
 * A fresh database of `dialect` migrated up to `migration` and no further, with
 * one department (`org-1`) for the old rows to belong to, for a test that
 * writes rows as they were then and checks what a later migration makes of
 * them. `drop` removes the PostgreSQL database afterwards.
 */
export async function databaseAt(
  dialect: 'sqlite' | 'postgres',
  migration: string,
): Promise<{ db: Db; drop?: () => Promise<void> }> {
  let db: Db;
  let drop: (() => Promise<void>) | undefined;
  if (dialect === 'postgres') {
    const fresh = await freshPostgres();
    drop = fresh.drop;
    db = openDb({ databaseUrl: fresh.url });
  } else db = openDb({});
  const { error } = await new Migrator({ db: db.kysely, provider: migrationProvider }).migrateTo(migration);
  if (error) throw error;
  const at = '2024-01-01T00:00:00.000Z';
  // The schema of that time, not today's types.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  await (db.kysely as unknown as Kysely<any>)
    .insertInto('organisations')
    .values({ id: 'org-1', code: 'SCT', name: 'Sở Công Thương', kind: 'department', created_at: at, updated_at: at })
    .execute();
  return drop ? { db, drop } : { db };
}
