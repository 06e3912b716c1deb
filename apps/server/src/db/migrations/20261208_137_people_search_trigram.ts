import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../index.ts';
import { nameSuffixes } from './20261126_002_people_name_suffixes.ts';

/** The index that, on PostgreSQL, serves the people's name search in place of the suffix table. */
export const PEOPLE_TRIGRAM_INDEX = 'people_search_trgm_idx';

/**
 * PostgreSQL: a trigram GIN index on `people.search_key` answers the word-prefix name search
 * (`search_key like 'k%' or search_key like '% k%'`) directly, so the name-suffix table — three
 * rows and two B-tree entries per person, plus a foreign-key check each — is emptied and no
 * longer written there (an import of 100,000 people spent most of its statements on it). GIN's
 * pending list absorbs a bulk insert cheaply. When pg_trgm cannot be created (not installed, or
 * no right to create it), nothing changes: the suffix table stays in use. SQLite keeps it always.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  // Inside the migrations' transaction: a refused CREATE EXTENSION must not abort it.
  await sql`savepoint people_trgm`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`release savepoint people_trgm`.execute(db);
  } catch {
    await sql`rollback to savepoint people_trgm`.execute(db);
    return;
  }
  await sql`create index ${sql.id(PEOPLE_TRIGRAM_INDEX)} on people using gin (search_key gin_trgm_ops)`.execute(db);
  await sql`delete from people_name_suffixes`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  const had = await sql<{
    n: number;
  }>`select count(*)::int as n from pg_indexes where indexname = ${PEOPLE_TRIGRAM_INDEX}`.execute(db);
  if (!had.rows[0]?.n) return;
  await sql`drop index ${sql.id(PEOPLE_TRIGRAM_INDEX)}`.execute(db);
  // The suffix table serves the search again: fill it back.
  const people = await db.selectFrom('people').select(['id', 'search_key']).execute();
  const rows = people.flatMap((p: { id: string; search_key: string }) =>
    nameSuffixes(p.search_key).map((suffix) => ({ suffix, person_id: p.id })),
  );
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('people_name_suffixes')
      .values(rows.slice(i, i + 1000))
      .execute();
}
