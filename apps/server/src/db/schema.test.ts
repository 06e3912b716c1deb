import { describe, expect, it } from 'vitest';
import { openDb, type Db } from './index.ts';
import { migrateToLatest, migrationState } from './migrate.ts';
import { freshPostgres } from '../test/harness.ts';

async function shape(db: Db) {
  const tables = await db.kysely.introspection.getTables();
  return tables
    .filter((t) => !t.name.startsWith('kysely_'))
    .map((t) => ({
      table: t.name,
      columns: t.columns.map((c) => `${c.name}${c.isNullable ? '?' : ''}${c.hasDefaultValue ? '=' : ''}`).sort(),
    }))
    .sort((a, b) => a.table.localeCompare(b.table));
}

describe('migrations', () => {
  it('bring SQLite to the latest version and are idempotent', async () => {
    const db = openDb({});
    expect((await migrateToLatest(db)).length).toBeGreaterThan(0);
    expect(await migrateToLatest(db)).toEqual([]);
    expect((await migrationState(db)).pending).toBe(0);
    await db.close();
  });

  it.runIf(!!process.env.TEST_DATABASE_URL)('reach the same schema on SQLite and PostgreSQL', async () => {
    const sqlite = openDb({});
    await migrateToLatest(sqlite);
    const pgdb = await freshPostgres();
    const postgres = openDb({ databaseUrl: pgdb.url });
    try {
      await migrateToLatest(postgres);
      const [a, b] = [await shape(sqlite), await shape(postgres)];
      expect(a.length).toBeGreaterThanOrEqual(7);
      expect(b).toEqual(a);
    } finally {
      await sqlite.close();
      await postgres.close();
      await pgdb.drop();
    }
  });
});
