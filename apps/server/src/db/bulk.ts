import type SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.ts';
import { isPostgres } from './index.ts';
import { sqliteHandleOf } from './rawHandle.ts';

/** Rows per statement on PostgreSQL: one JSON parameter each, so the size is not bound by parameter counts. */
const PG_CHUNK = 5_000;

const statements = new WeakMap<SqliteDatabase.Database, Map<string, SqliteDatabase.Statement>>();

/**
 * INSERT of many rows, for imports of tens of thousands. Values are always bound, never spliced.
 * - SQLite, inside a transaction: one prepared single-row statement per table and column set,
 *   kept with the connection and run row by row (no statement text to build or parse per chunk;
 *   about half the time of multi-row statements through the query builder).
 * - PostgreSQL: `insert … select … from json_populate_recordset(null::table, $1)`: one parameter
 *   per chunk, typed by the table's own row type, instead of thousands of bound parameters.
 * - Otherwise: multi-row statements through Kysely.
 */
export async function bulkInsert<T extends keyof Database & string>(
  trx: Transaction<Database> | Kysely<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
  chunk = 500,
): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0] as object);
  const list = columns.map((c) => `"${c}"`).join(',');
  if (isPostgres(trx)) {
    const text = `insert into "${table}" (${list}) select ${list} from json_populate_recordset(null::"${table}", $1::json)`;
    for (let i = 0; i < rows.length; i += PG_CHUNK)
      await trx.executeQuery(CompiledQuery.raw(text, [JSON.stringify(rows.slice(i, i + PG_CHUNK))]));
    return;
  }
  const handle = sqliteHandleOf(trx);
  if (handle) {
    const key = `${table}|${list}`;
    let known = statements.get(handle);
    if (!known) statements.set(handle, (known = new Map()));
    let stmt = known.get(key);
    if (!stmt) {
      stmt = handle.prepare(`insert into "${table}" (${list}) values (${columns.map(() => '?').join(',')})`);
      known.set(key, stmt);
    }
    const params: unknown[] = new Array(columns.length);
    for (const row of rows) {
      for (let j = 0; j < columns.length; j++)
        params[j] = (row as unknown as Record<string, unknown>)[columns[j]!] ?? null;
      stmt.run(params);
    }
    return;
  }
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const tuple = `(${columns.map(() => '?').join(',')})`;
    const params: unknown[] = [];
    for (const row of part)
      for (const c of columns) params.push((row as unknown as Record<string, unknown>)[c] ?? null);
    await trx.executeQuery(
      CompiledQuery.raw(`insert into "${table}" (${list}) values ${part.map(() => tuple).join(',')}`, params),
    );
  }
}
