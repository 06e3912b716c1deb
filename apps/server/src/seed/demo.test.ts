import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../platform/audit.ts';
import { openDb, type Db } from '../db/index.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { verifyPassword } from '../platform/passwords.ts';
import { DIALECTS, freshPostgres } from '../test/harness.ts';
import { DEMO_PASSWORD, seedDemo } from './demo.ts';
import { usesTrigramIndex } from '../modules/people/nameIndex.ts';

// A cheap stand-in for argon2 where the hash itself is not under test.
const fakeHash = (p: string) => Promise.resolve(`plain:${p}`);

// Idempotent by design: the server may call seedDemo on every start; it writes only into an empty tree.
describe.each(DIALECTS)('seedDemo on %s', (dialect) => {
  let db: Db;
  let drop: (() => Promise<void>) | undefined;
  let result: Awaited<ReturnType<typeof seedDemo>>;

  beforeAll(async () => {
    if (dialect === 'postgres') {
      const fresh = await freshPostgres();
      drop = fresh.drop;
      db = openDb({ databaseUrl: fresh.url });
    } else db = openDb({});
    await migrateToLatest(db);
    result = await seedDemo(db, { hashPassword: fakeHash });
  }, 180_000);

  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('builds the department tree under one root', async () => {
    const orgs = await db.kysely.selectFrom('organisations').selectAll().execute();
    expect(result.orgs).toBe(orgs.length);
    const byCode = new Map(orgs.map((o) => [o.code, o]));
    const roots = orgs.filter((o) => o.parent_id === null);
    expect(roots.map((o) => o.code)).toEqual(['SCT']);
    expect(byCode.get('SCT')).toMatchObject({ name: 'Sở Công Thương tỉnh Thái Nguyên', kind: 'department' });
    const rootId = byCode.get('SCT')!.id;
    for (const code of ['VP', 'TTR', 'KHTC', 'QLCN', 'QLTM', 'QLNL', 'KTATMT', 'QLTT', 'TTKC', 'DN-HTX'])
      expect(byCode.get(code)?.parent_id, code).toBe(rootId);
    expect(byCode.get('QLTT')!.kind).toBe('sub_department');
    expect(byCode.get('TTKC')!.kind).toBe('centre');
    const teams = orgs.filter((o) => o.parent_id === byCode.get('QLTT')!.id);
    expect(teams.length).toBeGreaterThanOrEqual(6);
    expect(teams.every((t) => t.kind === 'affiliated_unit' && t.name.startsWith('Đội Quản lý thị trường số'))).toBe(
      true,
    );
    const underDn = orgs.filter((o) => o.parent_id === byCode.get('DN-HTX')!.id);
    expect(underDn.filter((o) => o.kind === 'enterprise').length).toBeGreaterThanOrEqual(25);
    expect(underDn.filter((o) => o.kind === 'cooperative').length).toBeGreaterThanOrEqual(8);
    expect(byCode.get('DN-TISCO')!.name).toBe('Công ty Cổ phần Gang thép Thái Nguyên');
    expect(orgs.every((o) => /^[A-Z0-9-]+$/u.test(o.code))).toBe(true);
  });

  it('adds about 300 staff with derived name keys', async () => {
    const people = await db.kysely.selectFrom('people').selectAll().execute();
    expect(people.length).toBe(result.people);
    expect(people.length).toBeGreaterThanOrEqual(280);
    expect(people.length).toBeLessThanOrEqual(320);
    for (const p of people) {
      expect(p.sort_key.length).toBeGreaterThan(0);
      expect(p.search_key).toMatch(/^[a-z ]+$/u);
      expect(p.full_name).toBe(p.full_name.normalize('NFC'));
      if (p.citizen_id) expect(p.citizen_id).toMatch(/^019\d{9}$/u);
      expect(p.date_of_birth! >= '1966-01-01' && p.date_of_birth! <= '2000-12-31').toBe(true);
    }
    // Name search reads the word-suffix index (PostgreSQL's trigram index needs no rows): every seeded person must be in it.
    const indexed = await db.kysely.selectFrom('people_name_suffixes').select('person_id').distinct().execute();
    expect(indexed.length).toBe((await usesTrigramIndex(db.kysely)) ? 0 : people.length);
    const names = people.map((p) => p.full_name);
    expect(names.filter((n) => n === 'Nguyễn Văn An')).toHaveLength(1);
    expect(names).not.toContain('Đặng Thị Hồng Nhung');
    const withId = people.filter((p) => p.citizen_id).length;
    expect(withId / people.length).toBeGreaterThan(0.35);
    expect(withId / people.length).toBeLessThan(0.65);
    expect(new Set(people.map((p) => p.citizen_id).filter(Boolean)).size).toBe(withId);
    expect(people.filter((p) => p.status === 'working').length / people.length).toBeGreaterThan(0.85);
    expect(people.find((p) => p.position === 'Giám đốc Sở')?.employment_type).toBe('cadre');
  });

  it('creates one demo account per role with the right grant', async () => {
    const rows = await db.kysely
      .selectFrom('users')
      .innerJoin('role_grants', 'role_grants.user_id', 'users.id')
      .innerJoin('organisations', 'organisations.id', 'role_grants.org_id')
      .select([
        'users.username',
        'users.must_change_password',
        'users.active',
        'users.password_hash',
        'role_grants.role',
        'organisations.code',
      ])
      .orderBy('users.username')
      .orderBy('role_grants.role')
      .execute();
    // One account per role, plus the council's members (the leader also sits as its chair).
    expect(rows.map((r) => [r.username, r.role, r.code])).toEqual([
      ['baocao', 'stat_reporter', 'QLCN'],
      ['canbo.donvi', 'unit_officer', 'QLCN'],
      ['canbo.tdkt', 'emulation_officer', 'SCT'],
      ['hd.qlcn', 'council_member', 'SCT'],
      ['hd.thuky', 'council_member', 'SCT'],
      ['hd.uyvien', 'council_member', 'SCT'],
      ['hoidong', 'council_member', 'SCT'],
      ['lanhdao', 'council_member', 'SCT'],
      ['lanhdao', 'leader', 'SCT'],
      ['motcua', 'onestop_clerk', 'SCT'],
      ['thongke', 'stat_planner', 'KHTC'],
      ['thuly', 'onestop_officer', 'QLTM'],
      ['thuly2', 'onestop_officer', 'KTATMT'],
      ['xem', 'viewer', 'SCT'],
    ]);
    expect(rows.every((r) => r.must_change_password === 0 && r.active === 1)).toBe(true);
    expect(rows.every((r) => r.password_hash === `plain:${DEMO_PASSWORD}`)).toBe(true);
    expect(result.accounts.map((a) => a.username).sort()).toEqual([...new Set(rows.map((r) => r.username))]);
    expect(result.accounts.every((a) => a.password === 'Thidua@2026')).toBe(true);
    expect(
      await db.kysely.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirst(),
    ).toBeUndefined();
  });

  it('audits every organisation, the people summary and the accounts, in an intact chain', async () => {
    const entries = await db.kysely.selectFrom('audit_log').select(['action', 'actor_id', 'actor_name']).execute();
    expect(entries.filter((e) => e.action === 'organisation.created')).toHaveLength(result.orgs);
    expect(entries.filter((e) => e.action === 'demo.seeded')).toHaveLength(1);
    expect(entries.every((e) => e.actor_id === null && e.actor_name === 'hệ thống')).toBe(true);
    expect((await verifyAuditChain(db.kysely)).ok).toBe(true);
  });

  it('is idempotent: a second run writes nothing', async () => {
    const count = async () => (await db.kysely.selectFrom('people').select('id').execute()).length;
    const before = await count();
    const again = await seedDemo(db, { hashPassword: fakeHash });
    expect(again).toEqual({ orgs: 0, people: 0, accounts: [] });
    expect(await count()).toBe(before);
  });
});

describe('seedDemo', () => {
  it('gives the same people on every run (seeded generator)', async () => {
    const names = async () => {
      const db = openDb({});
      await migrateToLatest(db);
      await seedDemo(db, { hashPassword: fakeHash });
      const rows = await db.kysely
        .selectFrom('people')
        .select(['full_name', 'date_of_birth', 'citizen_id'])
        .orderBy('sort_key')
        .orderBy('date_of_birth')
        .execute();
      await db.close();
      return rows;
    };
    expect(await names()).toEqual(await names());
  });

  it('stores a real argon2 hash that verifies against the demo password', async () => {
    const { hashPassword } = await import('../platform/passwords.ts');
    const db = openDb({});
    await migrateToLatest(db);
    await seedDemo(db, { hashPassword });
    const u = await db.kysely
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'xem')
      .executeTakeFirstOrThrow();
    expect(await verifyPassword(u.password_hash, 'Thidua@2026')).toBe(true);
    await db.close();
  });
});
