import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  DIALECTS,
  asAdmin,
  clientFor,
  makeHarness,
  makeOrg,
  makeUser,
  rootOrgId,
  signIn,
  type Harness,
} from '../../test/harness.ts';

describe.each(DIALECTS)('sign-in and sessions (%s)', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(dialect);
  });
  afterAll(() => h.close());

  it('signs in with a cookie that is httpOnly and SameSite=Lax, and returns who I am', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: ADMIN_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = String([res.headers['set-cookie']].flat()[0]);
    expect(cookie).toMatch(/^thidua_sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const me = res.json();
    expect(me.username).toBe('admin');
    expect(me.roles[0].role).toBe('admin');
    const again = await h.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: cookie.split(';')[0]! },
    });
    expect(again.json().id).toBe(me.id);
  });

  it('marks the cookie Secure behind TLS', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: ADMIN_PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    // trustProxy is off by default: a forwarded header alone must not be believed.
    expect(String([res.headers['set-cookie']].flat()[0])).not.toMatch(/Secure/i);
    const tls = await makeHarness(dialect, { env: { THIDUA_TRUST_PROXY: 'true' } });
    const res2 = await tls.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: ADMIN_PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(String([res2.headers['set-cookie']].flat()[0])).toMatch(/Secure/i);
    await tls.close();
  });

  it('refuses a wrong password with a Vietnamese problem, and audits the failure', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: 'sai-mat-khau' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'invalid_credentials', status: 401 });
    expect(res.json().detail).toMatch(/không đúng/);
    const audit = await h.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'auth.login_failed')
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('locks an account from one address after repeated failures, even for the right password', async () => {
    const admin = await asAdmin(h);
    await makeUser(admin, 'nguoithu', [{ role: 'viewer', orgId: await rootOrgId(h) }], 'Dung@mat-khau');
    for (let i = 0; i < 5; i++)
      expect(
        (
          await h.app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { username: 'nguoithu', password: 'sai' },
          })
        ).statusCode,
      ).toBe(401);
    const locked = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'nguoithu', password: 'Dung@mat-khau' },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('too_many_attempts');
    // Five slow sign-ins on a loaded machine can eat into the minute: seconds then, not minutes.
    expect(locked.json().detail).toMatch(/thử lại sau \d+ (phút|giây)/);
  });

  it('requires the CSRF header on cookie-authenticated writes', async () => {
    const c = await asAdmin(h);
    const root = await rootOrgId(h);
    const body = { parentId: root, code: 'CSRF1', name: 'Phòng thử', kind: 'division' };
    const without = await h.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { cookie: c.cookie },
      payload: body,
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('csrf_failed');
    const wrong = await clientFor(h.app, c.cookie, 'not-the-token').send('POST', '/api/v1/organisations', body);
    expect(wrong.statusCode).toBe(403);
    expect(
      await h.db.kysely.selectFrom('organisations').select('id').where('code', '=', 'CSRF1').executeTakeFirst(),
    ).toBeUndefined();
    expect((await c.send('POST', '/api/v1/organisations', body)).statusCode).toBe(201);
  });

  it('ends the session on sign-out and after the idle timeout', async () => {
    const c = await asAdmin(h);
    expect((await c.send('POST', '/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);

    const d = await asAdmin(h);
    const old = new Date(Date.now() - h.config.sessionIdleMs - 1000).toISOString();
    await h.db.kysely.updateTable('sessions').set({ last_seen_at: old }).execute();
    const res = await d.get('/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  });

  it('ends the session after the absolute timeout even when active', async () => {
    const c = await asAdmin(h);
    await h.db.kysely
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('changes a password: the old one stops working, the new one works', async () => {
    const admin = await asAdmin(h);
    await makeUser(admin, 'doimatkhau', [{ role: 'viewer', orgId: await rootOrgId(h) }], 'Cu@mat-khau-1', {
      mustChangePassword: true,
    });
    const u = await signIn(h.app, 'doimatkhau', 'Cu@mat-khau-1');
    expect((await u.get('/api/v1/auth/me')).json().mustChangePassword).toBe(true);
    const wrong = await u.send('POST', '/api/v1/auth/password', {
      currentPassword: 'sai',
      newPassword: 'Moi@mat-khau-2',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].path).toBe('currentPassword');
    const short = await u.send('POST', '/api/v1/auth/password', {
      currentPassword: 'Cu@mat-khau-1',
      newPassword: 'ngan',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].path).toBe('newPassword');
    expect(
      (
        await u.send('POST', '/api/v1/auth/password', {
          currentPassword: 'Cu@mat-khau-1',
          newPassword: 'Moi@mat-khau-2',
        })
      ).statusCode,
    ).toBe(200);
    await expect(signIn(h.app, 'doimatkhau', 'Cu@mat-khau-1')).rejects.toThrow(/401/);
    const again = await signIn(h.app, 'doimatkhau', 'Moi@mat-khau-2');
    expect((await again.get('/api/v1/auth/me')).json().mustChangePassword).toBe(false);
  });

  it('stores argon2id hashes, never the password', async () => {
    const row = await h.db.kysely
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(ADMIN_PASSWORD);
  });

  it("lets an admin deactivate a user, which ends that user's sessions", async () => {
    const admin = await asAdmin(h);
    const u = await makeUser(admin, 'sekhoa', [{ role: 'viewer', orgId: await rootOrgId(h) }], 'Se@khoa-2026');
    const s = await signIn(h.app, 'sekhoa', 'Se@khoa-2026');
    const list = (await admin.get('/api/v1/users')).json().items as { id: string; version: number }[];
    const version = list.find((x) => x.id === u.id)!.version;
    expect((await admin.send('PATCH', `/api/v1/users/${u.id}`, { active: false, version })).statusCode).toBe(200);
    expect((await s.get('/api/v1/auth/me')).statusCode).toBe(401);
    await expect(signIn(h.app, 'sekhoa', 'Se@khoa-2026')).rejects.toThrow(/401/);
  });

  it("says who may compose the council and open its sessions: the department's emulation office only", async () => {
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    const unit = (await makeOrg(admin, root, 'VP', 'Văn phòng Sở')).id;
    await makeUser(admin, 'tdkt.me', [{ role: 'emulation_officer', orgId: root }], 'Thi-dua-me@2026');
    await makeUser(admin, 'xem.me', [{ role: 'viewer', orgId: root }], 'Xem-chi-me@2026');
    await makeUser(admin, 'tdkt.vp', [{ role: 'emulation_officer', orgId: unit }], 'Thi-dua-vp@2026');
    const council = async (user: string, password: string) =>
      (await (await signIn(h.app, user, password)).get('/api/v1/auth/me')).json().abilities.council;
    expect(await council('tdkt.me', 'Thi-dua-me@2026')).toEqual({ manageMembers: true, openSession: true });
    expect(await council('xem.me', 'Xem-chi-me@2026')).toEqual({ manageMembers: false, openSession: false });
    // An officer of one unit does not run the department's council (the server refuses him too).
    expect(await council('tdkt.vp', 'Thi-dua-vp@2026')).toEqual({ manageMembers: false, openSession: false });
  });
});
