import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openDb, type Db } from './index.ts';
import { migrateToLatest, migrationState } from './migrate.ts';
import { freshPostgres } from '../test/harness.ts';

/** SQLite's introspection hides generated columns (PostgreSQL shows them, with a default): add them back. */
async function generatedColumns(db: Db, table: string): Promise<string[]> {
  if (db.dialect !== 'sqlite') return [];
  const { rows } = await sql<{ name: string; notnull: number; hidden: number }>`
    select name, "notnull", hidden from pragma_table_xinfo(${table})`.execute(db.kysely);
  return rows.filter((r) => r.hidden === 2 || r.hidden === 3).map((r) => `${r.name}${r.notnull ? '' : '?'}=`);
}

async function shape(db: Db) {
  const tables = (await db.kysely.introspection.getTables()).filter((t) => !t.name.startsWith('kysely_'));
  const out = [];
  for (const t of tables)
    out.push({
      table: t.name,
      columns: [
        ...t.columns.map((c) => `${c.name}${c.isNullable ? '?' : ''}${c.hasDefaultValue ? '=' : ''}`),
        ...(await generatedColumns(db, t.name)),
      ].sort(),
    });
  return out.sort((a, b) => a.table.localeCompare(b.table));
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

describe('PostgreSQL collation of stored keys', () => {
  it.runIf(!!process.env.TEST_DATABASE_URL)(
    'compares the sort and search keys byte by byte whatever the database locale',
    async () => {
      const pgdb = await freshPostgres();
      const db = openDb({ databaseUrl: pgdb.url });
      try {
        await migrateToLatest(db);
        const { rows } = await sql<{ column_name: string; collation_name: string }>`
        select column_name, collation_name from information_schema.columns
        where table_name = 'people' and column_name in ('sort_key', 'search_key') order by column_name`.execute(
          db.kysely,
        );
        expect(rows).toEqual([
          { column_name: 'search_key', collation_name: 'C' },
          { column_name: 'sort_key', collation_name: 'C' },
        ]);
      } finally {
        await db.close();
        await pgdb.drop();
      }
    },
  );
});
