import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/index.ts';
import { newId } from '../platform/ids.ts';
import { insertPerson, insertUnit, votedProposal } from './factories.ts';
import { killAll, startServer, type Server } from './crashServer.ts';
import { ADMIN_PASSWORD, freshPostgres } from './harness.ts';
import { signInAt, startProxy, startSmtpSink, type Proxy, type SmtpSink } from './multiInstanceKit.ts';

/**
 * Two real servers on one PostgreSQL database behind a round-robin proxy, as a deployment runs
 * them (docs/deployment.md): started at once on an empty database (one seeds it), decisions
 * issued at once through both (the register's numbers without gap or duplicate), the outbox sent
 * by both (each mail once), a sign-out and a revoked grant seen by the other server at once, and
 * the audit chain, written by both, verifies. Runs wherever PostgreSQL is: in CI always (a
 * PostgreSQL that cannot be reached fails the run); elsewhere it is skipped only when none answers.
 */
const BASE = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CI = process.env.CI === 'true';
const YEAR = 2027;
const PASSWORD = 'Matkhau@2026';

async function reachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    return true;
  } catch (e) {
    if (CI) throw new Error(`PostgreSQL unreachable at ${url} with CI=true: ${(e as Error).message}`);
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

describe.skipIf(!(await reachable(BASE)))('several servers on one PostgreSQL database behind a proxy', () => {
  let dirs: string[] = [];
  let pgdb: Awaited<ReturnType<typeof freshPostgres>>;
  let servers: Server[];
  let proxy: Proxy;
  let smtp: SmtpSink;
  let db: Db;

  beforeAll(async () => {
    const t0 = performance.now();
    pgdb = await freshPostgres(BASE, 'thidua_multi_');
    smtp = await startSmtpSink();
    const key = randomBytes(32).toString('hex');
    dirs = ['a', 'b'].map((n) => fs.mkdtempSync(path.join(os.tmpdir(), `thidua-multi-${n}-`)));
    // Started together on an empty database; nothing but the database (and the audit key) is shared.
    servers = await Promise.all(
      ['a', 'b'].map((name, i) =>
        startServer({
          DATABASE_URL: pgdb.url,
          THIDUA_DATA_DIR: dirs[i]!,
          // An empty department (the demo would take most of a minute to seed on PostgreSQL).
          THIDUA_SEED_DEMO: 'false',
          THIDUA_ADMIN_PASSWORD: ADMIN_PASSWORD,
          THIDUA_AUDIT_KEY: key,
          THIDUA_TRUST_PROXY: 'true',
          THIDUA_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
          // Which server sent a mail shows in its envelope.
          THIDUA_MAIL_FROM: `server-${name}@thidua.test`,
          THIDUA_MAIL_EVERY_SECONDS: '1',
        }),
      ),
    );
    console.info(`[multi] both servers ready after ${Math.round(performance.now() - t0)} ms`);
    for (const s of servers) console.info(`[multi] ${/sẵn sàng sau \d+ ms/u.exec(s.log())?.[0] ?? s.log()}`);
    proxy = await startProxy(servers.map((s) => s.base));
    db = openDb({ databaseUrl: pgdb.url });
    // The accounts of the story, made by the admin through the proxy.
    const root = await db.kysely
      .selectFrom('organisations')
      .select('id')
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    const admin = await signInAt(proxy.base, 'admin', ADMIN_PASSWORD);
    for (const [username, role] of [
      ['lanhdao', 'leader'],
      ['xem', 'viewer'],
      ['canbo.tdkt', 'emulation_officer'],
    ] as const) {
      const res = await admin.send('POST', '/api/v1/users', {
        username,
        displayName: username,
        password: PASSWORD,
        email: `${username}@thidua.test`,
        roles: [{ role, orgId: root.id }],
      });
      expect(res.status).toBe(201);
    }
    // They chose their passwords long ago (a new account must change the one it was given).
    await db.kysely.updateTable('users').set({ must_change_password: 0 }).execute();
  }, 180_000);

  afterAll(async () => {
    await killAll();
    await proxy?.close();
    await smtp?.close();
    await db?.close();
    await pgdb?.drop();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('two servers started at once on an empty database create one department and one admin', async () => {
    const admins = await db.kysely.selectFrom('users').select('id').where('username', '=', 'admin').execute();
    expect(admins).toHaveLength(1);
    const roots = await db.kysely.selectFrom('organisations').select('id').where('parent_id', 'is', null).execute();
    expect(roots).toHaveLength(1);
  });

  it('decisions issued at once through both servers take the register’s numbers without gap or duplicate', async () => {
    const K = 16;
    const leader = await signInAt(proxy.base, 'lanhdao', PASSWORD);
    const root = await db.kysely
      .selectFrom('organisations')
      .select('id')
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    const unit = await insertUnit(db.kysely, root.id, 'VP');
    const people = [];
    for (let i = 0; i < K; i++) people.push(await insertPerson(db.kysely, unit, { givenName: `An ${i}` }));
    const proposals: string[] = [];
    for (const p of people) proposals.push(await votedProposal(db.kysely, p, YEAR - 1));
    const before = await db.kysely
      .selectFrom('decision_counters')
      .select('last')
      .where('year', '=', YEAR)
      .executeTakeFirst();
    const base = Number(before?.last ?? 0);
    const served = proxy.served();
    const answers = await Promise.all(
      proposals.map((proposalId) =>
        leader
          .send('POST', '/api/v1/decisions', {
            proposalIds: [proposalId],
            signedOn: `${YEAR}-01-15`,
            signer: 'Lương Thị Thuỳ Dương',
            confirmCount: 1,
          })
          .then(async (r) => ({ status: r.status, body: (await r.json()) as { id: string; seq?: number } })),
      ),
    );
    // The one session, signed in through one server, was honoured by both.
    const after = proxy.served();
    expect(after.map((n, i) => n - served[i]!).every((n) => n >= K / 2 - 1)).toBe(true);
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    const issued = await db.kysely
      .selectFrom('decisions')
      .select(['id', 'seq', 'symbol'])
      .where('year', '=', YEAR)
      .execute();
    expect(issued).toHaveLength(K);
    expect(issued.map((d) => Number(d.seq)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: K }, (_, i) => base + i + 1),
    );
    expect(new Set(issued.map((d) => d.symbol)).size).toBe(1);
    const counter = await db.kysely
      .selectFrom('decision_counters')
      .select('last')
      .where('year', '=', YEAR)
      .executeTakeFirstOrThrow();
    expect(Number(counter.last)).toBe(base + K);
  });

  it('both servers send the outbox, and each mail is sent once', async () => {
    const N = 60;
    const user = await db.kysely
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'canbo.tdkt')
      .executeTakeFirstOrThrow();
    const at = new Date(Date.UTC(2020, 0, 1)).getTime();
    await db.kysely
      .insertInto('email_outbox')
      .values(
        Array.from({ length: N }, (_, i) => ({
          id: newId(),
          user_id: user.id,
          to_address: `officer${i}@thidua.test`,
          kind: 'proposal',
          subject: `multi-instance mail ${i}`,
          body: 'Thư kiểm thử khi hai máy chủ cùng gửi.',
          status: 'queued',
          attempts: 0,
          last_error: null,
          created_at: new Date(at + i * 1000).toISOString(),
          sent_at: null,
        })),
      )
      .execute();
    const left = async () =>
      Number(
        (
          await db.kysely
            .selectFrom('email_outbox')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('status', '<>', 'sent')
            .executeTakeFirstOrThrow()
        ).n,
      );
    const end = Date.now() + 40_000;
    while ((await left()) > 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
    expect(await left()).toBe(0);
    const ours = smtp.messages.filter((m) => m.subject.startsWith('multi-instance mail '));
    const times = new Map<string, number>();
    for (const m of ours) times.set(m.subject, (times.get(m.subject) ?? 0) + 1);
    expect(times.size).toBe(N);
    expect([...times.values()].every((n) => n === 1)).toBe(true);
    // Every mail the outbox marks sent reached the SMTP server once, whichever server sent it.
    const sent = Number(
      (
        await db.kysely
          .selectFrom('email_outbox')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', '=', 'sent')
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(smtp.messages).toHaveLength(sent);
    const senders = new Set(ours.map((m) => m.from));
    console.info(
      `[multi] ${N} mails: ${['a', 'b'].map((n) => `${ours.filter((m) => m.from.startsWith(`server-${n}`)).length} by ${n}`).join(', ')}`,
    );
    expect(senders).toEqual(new Set(['server-a@thidua.test', 'server-b@thidua.test']));
  });

  it('a sign-out on one server ends the session on the other; a revoked grant counts on the other at once', async () => {
    const [a, b] = servers.map((s) => s.base) as [string, string];
    const viewer = await signInAt(a, 'xem', PASSWORD);
    const other = await signInAt(a, 'xem', PASSWORD);
    expect((await viewer.send('GET', '/api/v1/auth/me')).status).toBe(200);
    expect((await viewer.sendTo(b, 'GET', '/api/v1/auth/me')).status).toBe(200);
    expect((await viewer.send('POST', '/api/v1/auth/logout', {})).status).toBeLessThan(300);
    expect((await viewer.sendTo(b, 'GET', '/api/v1/auth/me')).status).toBe(401);
    // The other session of the same user is untouched.
    expect((await other.sendTo(b, 'GET', '/api/v1/auth/me')).status).toBe(200);

    const officer = await signInAt(b, 'canbo.tdkt', PASSWORD);
    expect((await officer.send('GET', '/api/v1/decisions')).status).toBe(200);
    const admin = await signInAt(a, 'admin', ADMIN_PASSWORD);
    const users = (await (await admin.send('GET', '/api/v1/users')).json()) as {
      items: { id: string; username: string; version: number }[];
    };
    const u = users.items.find((x) => x.username === 'canbo.tdkt')!;
    const revoked = await admin.send('PATCH', `/api/v1/users/${u.id}`, { roles: [], version: u.version });
    expect(revoked.status).toBe(200);
    expect((await officer.send('GET', '/api/v1/decisions')).status).toBe(403);
  });

  it('a unit created on one server can be granted on the other at once', async () => {
    const [a, b] = servers.map((s) => s.base) as [string, string];
    const root = await db.kysely
      .selectFrom('organisations')
      .select('id')
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    const admin = await signInAt(a, 'admin', ADMIN_PASSWORD);
    // Both servers have read the tree before the unit exists.
    for (const base of [a, b]) expect((await admin.sendTo(base, 'GET', '/api/v1/organisations')).status).toBe(200);
    const created = await admin.send('POST', '/api/v1/organisations', {
      parentId: root.id,
      code: 'PKH',
      name: 'Phòng Kế hoạch',
      kind: 'division',
    });
    expect(created.status).toBe(201);
    const unit = (await created.json()) as { id: string };
    const users = (await (await admin.sendTo(b, 'GET', '/api/v1/users')).json()) as {
      items: { id: string; username: string; version: number }[];
    };
    const u = users.items.find((x) => x.username === 'xem')!;
    const granted = await admin.sendTo(b, 'PATCH', `/api/v1/users/${u.id}`, {
      roles: [{ role: 'viewer', orgId: unit.id }],
      version: u.version,
    });
    expect(granted.status).toBe(200);
  });

  it('the audit chain both servers wrote to verifies', async () => {
    const admin = await signInAt(proxy.base, 'admin', ADMIN_PASSWORD);
    const v = (await (await admin.send('GET', '/api/v1/audit/verify')).json()) as { ok: boolean; problems: unknown[] };
    expect(v.problems).toEqual([]);
    expect(v.ok).toBe(true);
  });
});
