/** Fresh, throwaway databases for one benchmark run: a SQLite file in a temp dir, or a new PostgreSQL database. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freshPostgres } from '../../apps/server/src/test/harness.ts';

export type DbKind = 'sqlite' | 'postgres';

export interface FreshDb {
  kind: DbKind;
  /** For openDb(). */
  databaseUrl?: string;
  sqlitePath?: string;
  /** Environment for the server child process (points it at this database). */
  serverEnv: Record<string, string>;
  drop(): Promise<void>;
}

export const postgresBaseUrl = (): string | undefined =>
  process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;

export async function freshDatabase(kind: DbKind): Promise<FreshDb> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-'));
    return {
      kind,
      sqlitePath: path.join(dir, 'thidua.db'), // the server's file name inside THIDUA_DATA_DIR
      serverEnv: { THIDUA_DATA_DIR: dir },
      drop: () => Promise.resolve(fs.rmSync(dir, { recursive: true, force: true })),
    };
  }
  const base = postgresBaseUrl();
  if (!base) throw new Error('PostgreSQL needs BENCH_DATABASE_URL or TEST_DATABASE_URL');
  const { url, drop } = await freshPostgres(base, 'thidua_b_');
  return { kind, databaseUrl: url, serverEnv: { DATABASE_URL: url }, drop };
}
