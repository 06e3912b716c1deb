import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Db } from '../db/index.ts';
import { migrationState } from '../db/migrate.ts';
import { verifyAuditChain, type VerifyResult } from './audit.ts';
import { AuditAnchorPlugin, type AuditAnchor } from './auditKey.ts';

export interface CopyCheck {
  ok: boolean;
  integrity: string;
  pendingMigrations: number;
  audit: VerifyResult;
}

/**
 * Copies a live SQLite database in bounded time: `VACUUM INTO` reads one
 * consistent snapshot in a single statement, so writers carry on (WAL) and,
 * unlike the page-by-page online backup, a write by another connection does
 * not start it over. The copy is written beside the destination, checked as
 * a restore would use it, and only then renamed into place.
 */
export async function backupSqlite(db: Db, dest: string, audit: AuditAnchor): Promise<CopyCheck & { bytes: number }> {
  if (!db.sqlite) throw new Error('backupSqlite: not a SQLite database');
  const target = path.resolve(dest);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const part = `${target}.part-${randomBytes(4).toString('hex')}`;
  try {
    db.sqlite.prepare('VACUUM INTO ?').run(part);
    const check = await checkSqliteCopy(part, audit);
    if (check.ok) fs.renameSync(part, target);
    return { ...check, bytes: fs.statSync(check.ok ? target : part).size };
  } finally {
    fs.rmSync(part, { force: true });
  }
}

/** What a restore relies on: the file is sound, its schema is this version's, and its audit chain verifies. */
export async function checkSqliteCopy(file: string, audit: AuditAnchor): Promise<CopyCheck> {
  const sqlite = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  const kysely = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [new AuditAnchorPlugin(audit)],
  });
  try {
    const integrity = String(sqlite.pragma('quick_check', { simple: true }));
    const state = await migrationState({ kysely, dialect: 'sqlite', sqlite, close: () => kysely.destroy() });
    const result = await verifyAuditChain(kysely);
    return {
      ok: integrity === 'ok' && state.pending === 0 && result.ok,
      integrity,
      pendingMigrations: state.pending,
      audit: result,
    };
  } finally {
    await kysely.destroy();
  }
}
