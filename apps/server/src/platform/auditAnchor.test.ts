import { randomBytes } from 'node:crypto';
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/index.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { migrationProvider } from '../db/migrations/index.ts';
import type { AuditLogTable } from '../db/schema.ts';
import {
  DIALECTS,
  asAdmin,
  freshPostgres,
  makeHarness,
  makeOrg,
  makePerson,
  rootOrgId,
  type Harness,
} from '../test/harness.ts';
import { GENESIS, SYSTEM_ACTOR, appendAudit, entryHash, verifyAuditChain } from './audit.ts';
import { HMAC_ALG, PLAIN_ALG, anchorOf } from './auditKey.ts';
import { headMac, writeAuditHead } from './auditHeads.ts';

/** What someone with write access to the database but not the key would do to hide an entry. */
async function rewriteFrom(db: Db, seq: number, alg: string, key: Buffer, edit: (r: AuditLogTable) => AuditLogTable) {
  const rows = await db.kysely.selectFrom('audit_log').selectAll().where('seq', '>=', seq).orderBy('seq').execute();
  const prev = await db.kysely
    .selectFrom('audit_log')
    .select('hash')
    .where('seq', '=', seq - 1)
    .executeTakeFirst();
  let prevHash = prev?.hash ?? GENESIS;
  for (const original of rows) {
    const r = original.seq === seq ? edit(original) : original;
    const hash = entryHash(alg, key, prevHash, r)!;
    await db.kysely
      .updateTable('audit_log')
      .set({ after_json: r.after_json, prev_hash: prevHash, hash, hash_alg: alg })
      .where('seq', '=', r.seq)
      .execute();
    prevHash = hash;
  }
  return rows;
}

async function restore(db: Db, rows: AuditLogTable[]) {
  for (const r of rows) {
    await db.kysely.deleteFrom('audit_log').where('seq', '=', r.seq).execute();
    await db.kysely.insertInto('audit_log').values(r).execute();
  }
}

const hideAn = (r: AuditLogTable) => ({ ...r, after_json: r.after_json!.replace('"Ẩn danh"', '"Ai đó"') });

describe.each(DIALECTS)('audit chain anchoring (%s)', (dialect) => {
  let h: Harness;
  let victim: number;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    const admin = await asAdmin(h);
    const unit = await makeOrg(admin, await rootOrgId(h), 'NK', 'Phòng Nhật ký');
    await makePerson(admin, unit.id, { givenName: 'Ẩn danh' });
    for (const givenName of ['Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Khoa'])
      await makePerson(admin, unit.id, { givenName });
    victim = (
      await h.db.kysely
        .selectFrom('audit_log')
        .select('seq')
        .where('after_json', 'like', '%"Ẩn danh"%')
        .executeTakeFirstOrThrow()
    ).seq;
  });
  afterAll(() => h.close());

  it('the untouched chain verifies, keyed, with a head over its last entry', async () => {
    const r = await verifyAuditChain(h.db.kysely);
    expect(r.problems).toEqual([]);
    const last = await h.db.kysely
      .selectFrom('audit_log')
      .select('seq')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(r.anchoredThrough).toBe(last.seq);
    expect(r.unanchored).toBe(0);
    const algs = await h.db.kysely.selectFrom('audit_log').select('hash_alg').distinct().execute();
    expect(algs.map((a) => a.hash_alg)).toEqual([HMAC_ALG]);
  });

  it('deleting the last five entries is detected, naming where the chain was cut', async () => {
    const tail = await h.db.kysely.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(5).execute();
    const end = tail[0]!.seq;
    await h.db.kysely
      .deleteFrom('audit_log')
      .where('seq', '>', end - 5)
      .execute();
    const r = await verifyAuditChain(h.db.kysely);
    expect(r.ok).toBe(false);
    expect(r.problems).toContainEqual({
      seq: end - 4,
      message: expect.stringMatching(new RegExp(`các mục ${end - 4}–${end} đã bị xoá`, 'u')),
    });
    await restore(h.db, tail.reverse());
    expect((await verifyAuditChain(h.db.kysely)).ok).toBe(true);
  });

  it('an entry edited with every later hash recomputed in plain sha256 is detected', async () => {
    for (const alg of [PLAIN_ALG, HMAC_ALG]) {
      const before = await rewriteFrom(h.db, victim, PLAIN_ALG, Buffer.alloc(0), hideAn);
      // Also labelled as keyed: a plain hash never matches the HMAC.
      if (alg === HMAC_ALG) await h.db.kysely.updateTable('audit_log').set({ hash_alg: HMAC_ALG }).execute();
      const r = await verifyAuditChain(h.db.kysely);
      expect(r.ok).toBe(false);
      expect(r.problems[0]!.seq).toBe(victim);
      await restore(h.db, before);
    }
    expect((await verifyAuditChain(h.db.kysely)).ok).toBe(true);
  });

  it('an entry edited with every later hash and every head recomputed under a wrong key is detected', async () => {
    const wrong = randomBytes(32);
    const before = await rewriteFrom(h.db, victim, HMAC_ALG, wrong, hideAn);
    const heads = await h.db.kysely.selectFrom('audit_heads').selectAll().execute();
    for (const head of heads) {
      const e = await h.db.kysely.selectFrom('audit_log').select('hash').where('seq', '=', head.seq).executeTakeFirst();
      const forged = { ...head, last_hash: e?.hash ?? head.last_hash };
      const { mac: _m, ...rest } = forged;
      await h.db.kysely
        .updateTable('audit_heads')
        .set({ last_hash: forged.last_hash, mac: headMac(wrong, rest) })
        .where('id', '=', head.id)
        .execute();
    }
    const r = await verifyAuditChain(h.db.kysely);
    expect(r.ok).toBe(false);
    expect(r.problems[0]!.seq).toBeLessThanOrEqual(victim);
    expect(r.problems.some((p) => p.seq === victim && /bị sửa/u.test(p.message))).toBe(true);
    expect(r.problems.some((p) => /MAC không khớp/u.test(p.message))).toBe(true);
    expect(r.anchoredThrough).toBeLessThan(victim);
    await restore(h.db, before);
    for (const head of heads)
      await h.db.kysely.updateTable('audit_heads').set(head).where('id', '=', head.id).execute();
    expect((await verifyAuditChain(h.db.kysely)).ok).toBe(true);
  });

  it('a tail written after the latest head, cut together with its heads, is what goes unnoticed', async () => {
    // The documented limit: every head past the cut removed too leaves a shorter chain that still verifies.
    const last = await h.db.kysely
      .selectFrom('audit_log')
      .select('seq')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    await h.db.kysely
      .deleteFrom('audit_heads')
      .where('seq', '>', last.seq - 2)
      .execute();
    await h.db.kysely
      .deleteFrom('audit_log')
      .where('seq', '>', last.seq - 2)
      .execute();
    const r = await verifyAuditChain(h.db.kysely);
    expect(r.ok).toBe(true);
    expect(r.lastHead!.seq).toBe(last.seq - 2);
  });
});

describe.each(DIALECTS)('audit anchoring migration (%s)', (dialect) => {
  it('entries chained in plain sha256 before it keep verifying once a head seals them', async () => {
    const pgdb = dialect === 'postgres' ? await freshPostgres() : undefined;
    const db = openDb(pgdb ? { databaseUrl: pgdb.url } : {});
    try {
      const migrator = new Migrator({ db: db.kysely, provider: migrationProvider });
      const to = await migrator.migrateTo('20261126_008_initiative_review');
      expect(to.error).toBeUndefined();
      let prev = GENESIS;
      for (let seq = 1; seq <= 3; seq++) {
        const fields = {
          seq,
          at: '2026-11-30T01:00:00.000Z',
          actor_id: null,
          actor_name: 'hệ thống',
          action: 'person.created',
          entity_type: 'person',
          entity_id: `p${seq}`,
          before_json: null,
          after_json: `{"n":${seq}}`,
        };
        const hash = entryHash(PLAIN_ALG, Buffer.alloc(0), prev, fields)!;
        // The table as it was: no hash_alg column yet.
        await db.kysely
          .insertInto('audit_log')
          .values({ id: `a${seq}`, ...fields, prev_hash: prev, hash } as AuditLogTable)
          .execute();
        prev = hash;
      }
      expect(await migrateToLatest(db)).toContain('20261207_102_audit_anchoring');
      const legacy = await db.kysely.selectFrom('audit_log').select('hash_alg').execute();
      expect(legacy.map((r) => r.hash_alg)).toEqual([PLAIN_ALG, PLAIN_ALG, PLAIN_ALG]);
      // Unkeyed and not yet vouched for by any head: anyone could have written them.
      const unsealed = await verifyAuditChain(db.kysely);
      expect(unsealed.ok).toBe(false);
      expect(unsealed.problems).toEqual([{ seq: 3, message: expect.stringMatching(/không khoá/u) }]);
      expect(await writeAuditHead(db.kysely, 'start')).toBe(true);
      await db.kysely
        .transaction()
        .execute((trx) => appendAudit(trx, SYSTEM_ACTOR, 'x.done', 'x', 'x1', null, { a: 1 }));
      const sealed = await verifyAuditChain(db.kysely);
      expect(sealed.problems).toEqual([]);
      expect(sealed).toMatchObject({ ok: true, checked: 4, heads: 2, anchoredThrough: 4 });
      // A later entry passed off as legacy is a rewrite.
      const e4 = await db.kysely.selectFrom('audit_log').selectAll().where('seq', '=', 4).executeTakeFirstOrThrow();
      await db.kysely
        .updateTable('audit_log')
        .set({ hash_alg: PLAIN_ALG, hash: entryHash(PLAIN_ALG, anchorOf(db.kysely).key, e4.prev_hash, e4)! })
        .where('seq', '=', 4)
        .execute();
      expect((await verifyAuditChain(db.kysely)).ok).toBe(false);
      // An edited legacy entry breaks the chain the head vouches for.
      await db.kysely.updateTable('audit_log').set(e4).where('seq', '=', 4).execute();
      await db.kysely.updateTable('audit_log').set({ after_json: '{"n":20}' }).where('seq', '=', 2).execute();
      expect((await verifyAuditChain(db.kysely)).problems.map((p) => p.seq)).toContain(2);
    } finally {
      await db.close();
      await pgdb?.drop();
    }
  });
});
