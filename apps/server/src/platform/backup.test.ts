import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditAnchorOf, loadConfig } from '../config.ts';
import { openDb } from '../db/index.ts';
import { prepareDatabase } from '../bootstrap.ts';
import { SYSTEM_ACTOR, appendAuditMany, verifyAuditChain } from './audit.ts';
import { checkSqliteCopy } from './backup.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** One process (node with the tsx loader, not the tsx launcher and its child), so that a kill reaches it. */
function run(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (out += b.toString()));
  return { child, output: () => out };
}

async function exitCode(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const [code] = (await once(child, 'exit')) as [number | null];
  return code;
}

const maxSeq = (file: string, key: string) => {
  const env = { THIDUA_DATA_DIR: path.dirname(file), THIDUA_AUDIT_KEY: key };
  const db = openDb({ sqlitePath: file, audit: auditAnchorOf(loadConfig(env)) });
  const n = Number(db.sqlite!.prepare('select max(seq) from audit_log').pluck().get());
  return db.close().then(() => n);
};

describe('SQLite backup under continuous writes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-backup-'));
  const key = randomBytes(32).toString('hex');
  const env = { THIDUA_DATA_DIR: dir, THIDUA_AUDIT_KEY: key, THIDUA_SEED_DEMO: 'false', DATABASE_URL: '' };
  const config = loadConfig({ ...env, THIDUA_ADMIN_PASSWORD: 'Quantri@2026!' });
  let writer: ChildProcess | undefined;

  beforeAll(async () => {
    // About 45 MB: a page-by-page copy needs ~110 steps, and a write between any two starts it over
    // (measured: still copying after 20 s, 35 restarts, on the busy test machine).
    const db = openDb({ sqlitePath: config.sqlitePath, audit: auditAnchorOf(config) });
    await prepareDatabase(db, config);
    const filler = Array.from({ length: 40_000 }, (_, i) => ({
      action: 'load.seed',
      entityType: 'load',
      entityId: String(i),
      before: null,
      after: { i, pad: 'y'.repeat(1000) },
    }));
    await db.kysely.transaction().execute((trx) => appendAuditMany(trx, SYSTEM_ACTOR, filler));
    await db.close();
  });
  afterAll(() => {
    writer?.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finishes while another process keeps writing, and the copy starts and verifies', async () => {
    const w = run(['apps/server/src/test/auditWriter.ts'], env);
    writer = w.child;
    while (!w.output().includes('writing')) {
      if (w.child.exitCode !== null) throw new Error(`writer stopped: ${w.output()}`);
      await once(w.child.stdout!, 'data');
    }
    const before = await maxSeq(config.sqlitePath, key);
    const dest = path.join(dir, 'copies', 'thidua-copy.db');
    const backup = run(['apps/server/src/cli.ts', 'backup', dest], env);
    expect(await exitCode(backup.child), backup.output()).toBe(0);
    // The writer never paused: it is still running and the database grew meanwhile.
    expect(w.child.exitCode).toBeNull();
    expect(await maxSeq(config.sqlitePath, key)).toBeGreaterThan(before);
    w.child.kill('SIGKILL');
    await exitCode(w.child);
    expect(fs.readdirSync(path.dirname(dest))).toEqual(['thidua-copy.db']);

    expect(backup.output()).toMatch(/Nhật ký: \d+ mục, \d+ bản ghi đầu chuỗi, toàn vẹn/u);

    // Restored: the copy as the data folder's database, opened and prepared as a start would.
    const restoredDir = path.join(dir, 'restored');
    fs.mkdirSync(restoredDir);
    fs.copyFileSync(dest, path.join(restoredDir, 'thidua.db'));
    const restored = loadConfig({ ...env, THIDUA_DATA_DIR: restoredDir });
    const db = openDb({ sqlitePath: restored.sqlitePath, audit: auditAnchorOf(restored) });
    try {
      expect((await prepareDatabase(db, restored)).migrated).toEqual([]);
      const r = await verifyAuditChain(db.kysely);
      expect(r.problems).toEqual([]);
      expect(r.checked).toBeGreaterThan(40_000);
      // A copy cut short is refused by the same check.
      await db.kysely
        .deleteFrom('audit_log')
        .where('seq', '>', r.checked - 5)
        .execute();
    } finally {
      await db.close();
    }
    const refused = await checkSqliteCopy(restored.sqlitePath, auditAnchorOf(restored));
    expect(refused.ok).toBe(false);
    expect(refused.audit.problems[0]!.message).toMatch(/đã bị xoá/u);
  }, 240_000);
});
