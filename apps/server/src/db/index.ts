import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, sql, type Compilable } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { EmptyInPlugin } from './emptyIn.ts';
import { AuditAnchorPlugin, ephemeralAnchor, type AuditAnchor } from '../platform/auditKey.ts';
import { SqliteHandlePlugin } from './rawHandle.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** The raw SQLite handle (online backup, bulk reads), undefined on PostgreSQL. */
  sqlite?: SqliteDatabase.Database;
  /** The PostgreSQL pool (bulk reads), undefined on SQLite. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export interface DbOptions {
  databaseUrl?: string | undefined;
  sqlitePath?: string;
  /** The audit key and head cadence (main and the CLI resolve them from the config); tests get a random key. */
  audit?: AuditAnchor;
}

// COUNT(*) and BIGINT come back as strings from pg: parse int8 as a JS number.
pg.types.setTypeParser(20, (v) => Number(v));

export function openDb(options: DbOptions): Db {
  const plugins = [new AuditAnchorPlugin(options.audit ?? ephemeralAnchor())];
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 16 });
    // An idle connection dropped by the server (restart, failover, admin) must not crash the
    // process; the pool replaces it on the next query.
    pool.on('error', (err) => console.error(`PostgreSQL: mất một kết nối rảnh (${err.message}); sẽ tự kết nối lại.`));
    // Only PostgreSQL refuses `x IN ()` (SQLite reads it as false): the rewrite, which walks every
    // query's tree, is paid where it is needed.
    const kysely = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      plugins: [...plugins, new EmptyInPlugin()],
    });
    return { kysely, dialect: 'postgres', pool, close: () => kysely.destroy() };
  }
  const file = options.sqlitePath ?? ':memory:';
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const kysely = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    plugins: [...plugins, new SqliteHandlePlugin(sqlite)],
  });
  return { kysely, dialect: 'sqlite', sqlite, close: () => kysely.destroy() };
}

/** Prepared statements kept per SQL text; a list request runs the same few shapes again and again. */
const STATEMENT_CACHE_SIZE = 500;
/** Reads and writes only: a schema statement (a migration's DDL) is prepared each time, as before. */
const CACHEABLE = /^\s*(select|insert|update|delete|with)\b/iu;

/**
 * The handle Kysely's SQLite driver uses, with `prepare` answered from a small LRU of statements
 * keyed by their SQL text: preparing the same statement again on every request was a seventh of a
 * list request's time. A statement still being iterated (a streamed query) is not handed out again:
 * the caller gets a fresh one. SQLite re-prepares a kept statement by itself after a schema change.
 */
export function withStatementCache(
  sqlite: SqliteDatabase.Database,
  size = STATEMENT_CACHE_SIZE,
): Pick<SqliteDatabase.Database, 'prepare' | 'close'> {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(source: string) {
      const kept = cache.get(source);
      if (kept) {
        if (kept.busy) return sqlite.prepare(source);
        // Most recently used last: the first key is the one to drop.
        cache.delete(source);
        cache.set(source, kept);
        return kept;
      }
      const stmt = sqlite.prepare(source);
      if (CACHEABLE.test(source)) {
        cache.set(source, stmt);
        if (cache.size > size) cache.delete(cache.keys().next().value!);
      }
      return stmt;
    },
    close() {
      cache.clear();
      return sqlite.close();
    },
  } as Pick<SqliteDatabase.Database, 'prepare' | 'close'>;
}

export async function ping(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db.kysely);
    return true;
  } catch {
    return false;
  }
}

/** Dialect differences live here: numbers from aggregates, booleans, timestamps. */
export const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));
export const bool = (v: unknown): boolean => v === true || v === 1 || v === '1';
export const flag = (v: boolean): number => (v ? 1 : 0);
export const nowIso = (): string => new Date().toISOString();

/** True when the Kysely instance or transaction talks to PostgreSQL. */
export function isPostgres(k: { getExecutor(): { adapter: object } }): boolean {
  return k.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Runs a Kysely-built SELECT and returns rows as arrays, in the column order
 * of the select: for reads of a million rows, where building one object per
 * row through the query builder costs more than the query itself.
 */
export async function selectArrays(db: Db, query: Compilable): Promise<unknown[][]> {
  const c = query.compile();
  if (db.sqlite)
    return db.sqlite
      .prepare(c.sql)
      .raw(true)
      .all(...(c.parameters as unknown[])) as unknown[][];
  const res = await db.pool!.query({ text: c.sql, values: c.parameters as unknown[], rowMode: 'array' });
  return res.rows as unknown[][];
}
