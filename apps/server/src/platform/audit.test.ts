import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makePerson,
  rootOrgId,
  type Client,
  type Harness,
} from '../test/harness.ts';
import { verifyAuditChain } from './audit.ts';

describe.each(DIALECTS)('audit log (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const unit = await makeOrg(admin, await rootOrgId(h), 'AU', 'Phòng Kiểm toán');
    for (const givenName of ['An', 'Bình', 'Chi']) await makePerson(admin, unit.id, { givenName });
  });
  afterAll(() => h.close());

  it('chains every write and verifies clean', async () => {
    const res = (await admin.get('/api/v1/audit/verify')).json();
    expect(res.ok).toBe(true);
    expect(res.checked).toBeGreaterThanOrEqual(6);
  });

  it('keeps the chain under concurrent writers', async () => {
    const unit = (await admin.get('/api/v1/organisations'))
      .json()
      .items.find((o: { code: string }) => o.code === 'AU').id;
    await Promise.all(Array.from({ length: 12 }, (_, i) => makePerson(admin, unit, { givenName: `Song${i}` })));
    const seqs = (await h.db.kysely.selectFrom('audit_log').select('seq').orderBy('seq').execute()).map((r) => r.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect((await verifyAuditChain(h.db.kysely)).ok).toBe(true);
  });

  it('filters by entity, user and date', async () => {
    const me = (await admin.get('/api/v1/auth/me')).json();
    const mine = (await admin.get(`/api/v1/audit?actorId=${me.id}&entityType=person&pageSize=100`)).json();
    expect(mine.items.length).toBeGreaterThanOrEqual(15);
    expect(
      mine.items.every(
        (e: { actorId: string; entityType: string }) => e.actorId === me.id && e.entityType === 'person',
      ),
    ).toBe(true);
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    expect((await admin.get(`/api/v1/audit?from=${today}&to=${today}`)).json().total).toBeGreaterThan(0);
    expect((await admin.get('/api/v1/audit?to=2000-01-01')).json().total).toBe(0);
    const bad = await admin.get('/api/v1/audit?from=31/02/2026');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('from');
  });

  it('detects an entry changed after the fact', async () => {
    const victim = await h.db.kysely
      .selectFrom('audit_log')
      .select(['seq', 'after_json'])
      .where('action', '=', 'person.created')
      .orderBy('seq')
      .executeTakeFirstOrThrow();
    await h.db.kysely
      .updateTable('audit_log')
      .set({ after_json: victim.after_json!.replace('"An"', '"Ẩn"') })
      .where('seq', '=', victim.seq)
      .execute();
    const r = await verifyAuditChain(h.db.kysely);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.seq)).toContain(victim.seq);
    expect(r.problems[0]!.message).toMatch(/bị sửa/);
    await h.db.kysely
      .updateTable('audit_log')
      .set({ after_json: victim.after_json })
      .where('seq', '=', victim.seq)
      .execute();
    expect((await verifyAuditChain(h.db.kysely)).ok).toBe(true);
  });

  it('detects a deleted entry', async () => {
    await h.db.kysely.deleteFrom('audit_log').where('seq', '=', 3).execute();
    const r = (await admin.get('/api/v1/audit/verify')).json();
    expect(r.ok).toBe(false);
    expect(r.problems.some((p: { seq: number; message: string }) => p.seq === 3 && /xoá/.test(p.message))).toBe(true);
  });
});
