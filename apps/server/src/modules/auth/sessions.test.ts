import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.ts';
import { DIALECTS, asAdmin, makeHarness, makeUser, rootOrgId, signIn, type Harness } from '../../test/harness.ts';

const PASSWORD = 'Mat-khau@2026';
const NEW_PASSWORD = 'Mat-khau-moi@2026';
// What the web app's change-password screen needs, and nothing else.
const BEFORE_PASSWORD_CHANGE = ['GET /api/v1/auth/me', 'POST /api/v1/auth/logout', 'POST /api/v1/auth/password'];

describe.each(DIALECTS)('sessions (%s)', (dialect) => {
  let h: Harness;
  let root: string;
  const clock = new ManualClock(Date.parse('2026-12-07T02:00:00Z'));
  beforeAll(async () => {
    h = await makeHarness(dialect, { clock, env: { THIDUA_SESSION_IDLE_MINUTES: '1' } });
    root = await rootOrgId(h);
  });
  afterAll(() => h.close());

  const audited = async (action: string, entityId: string) =>
    h.db.kysely
      .selectFrom('audit_log')
      .select('after_json')
      .where('action', '=', action)
      .where('entity_id', '=', entityId)
      .execute();

  it('keeps a user active every 50 s signed in for five minutes with a one-minute idle timeout', async () => {
    await makeUser(await asAdmin(h), 'hoat.dong', [{ role: 'viewer', orgId: root }], PASSWORD);
    const u = await signIn(h.app, 'hoat.dong', PASSWORD);
    for (let t = 50; t <= 300; t += 50) {
      clock.advance(50_000);
      expect((await u.get('/api/v1/auth/me')).statusCode, `after ${t} s`).toBe(200);
    }
  });

  it('signs out a user idle for 61 s, but not one idle for 55 s', async () => {
    await makeUser(await asAdmin(h), 'ngoi.yen', [{ role: 'viewer', orgId: root }], PASSWORD);
    const u = await signIn(h.app, 'ngoi.yen', PASSWORD);
    clock.advance(55_000);
    expect((await u.get('/api/v1/auth/me')).statusCode).toBe(200);
    clock.advance(61_000);
    const res = await u.get('/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  });

  it('does not write last-seen on every request of a busy minute', async () => {
    await makeUser(await asAdmin(h), 'ban.ron', [{ role: 'viewer', orgId: root }], PASSWORD);
    const u = await signIn(h.app, 'ban.ron', PASSWORD);
    const lastSeen = async () =>
      h.db.kysely
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select('sessions.last_seen_at')
        .where('users.username', '=', 'ban.ron')
        .executeTakeFirstOrThrow();
    const first = await lastSeen();
    clock.advance(1000);
    await u.get('/api/v1/auth/me');
    expect(await lastSeen()).toEqual(first);
    clock.advance(5000);
    await u.get('/api/v1/auth/me');
    expect((await lastSeen()).last_seen_at).toBe(clock.now().toISOString());
  });

  it("ends one's other sessions on changing one's password, and keeps this one", async () => {
    const user = await makeUser(await asAdmin(h), 'doi.mk', [{ role: 'viewer', orgId: root }], PASSWORD);
    const here = await signIn(h.app, 'doi.mk', PASSWORD);
    const elsewhere = await signIn(h.app, 'doi.mk', PASSWORD);
    const third = await signIn(h.app, 'doi.mk', PASSWORD);
    const res = await here.send('POST', '/api/v1/auth/password', {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(res.statusCode).toBe(200);
    expect((await here.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await third.get('/api/v1/auth/me')).statusCode).toBe(401);
    const [entry] = await audited('auth.password_changed', user.id);
    expect(JSON.parse(entry!.after_json!)).toEqual({ otherSessionsEnded: 2 });
  });

  it('throttles guessing the current password from a signed-in session', async () => {
    await makeUser(await asAdmin(h), 'phien.lay', [{ role: 'viewer', orgId: root }], PASSWORD);
    const thief = await signIn(h.app, 'phien.lay', PASSWORD);
    const guess = (currentPassword: string) =>
      thief.send('POST', '/api/v1/auth/password', { currentPassword, newPassword: NEW_PASSWORD });
    for (let i = 0; i < 5; i++) expect((await guess(`doan-${i}`)).statusCode).toBe(400);
    const refused = await guess(PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe('too_many_attempts');
    expect(Number(refused.headers['retry-after'])).toBe(60);
    clock.advance(50_000);
    await thief.get('/api/v1/auth/me');
    clock.advance(10_000);
    expect((await guess(PASSWORD)).statusCode).toBe(200);
  });

  it('ends every session of a user whose password an admin resets, and audits it', async () => {
    const user = await makeUser(await asAdmin(h), 'dat.lai', [{ role: 'viewer', orgId: root }], PASSWORD);
    const a = await signIn(h.app, 'dat.lai', PASSWORD);
    const b = await signIn(h.app, 'dat.lai', PASSWORD);
    const admin = await asAdmin(h);
    const version = ((await admin.get('/api/v1/users')).json().items as { id: string; version: number }[]).find(
      (x) => x.id === user.id,
    )!.version;
    const res = await admin.send('PATCH', `/api/v1/users/${user.id}`, { password: NEW_PASSWORD, version });
    expect(res.statusCode).toBe(200);
    expect((await a.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await b.get('/api/v1/auth/me')).statusCode).toBe(401);
    const entries = await audited('user.updated', user.id);
    expect(JSON.parse(entries.at(-1)!.after_json!)).toMatchObject({ passwordReset: true, sessionsEnded: 2 });
  });

  it("reads a signed-in user's grants afresh on each request: every grant counts, a revoked one stops at once", async () => {
    const user = await makeUser(
      await asAdmin(h),
      'hai.quyen',
      [
        { role: 'viewer', orgId: root },
        { role: 'emulation_officer', orgId: root },
      ],
      PASSWORD,
    );
    const u = await signIn(h.app, 'hai.quyen', PASSWORD);
    const roles = async () =>
      ((await u.get('/api/v1/auth/me')).json().roles as { role: string }[]).map((g) => g.role).sort();
    expect(await roles()).toEqual(['emulation_officer', 'viewer']);
    expect((await u.get('/api/v1/people')).statusCode).toBe(200);
    const admin = await asAdmin(h);
    const version = ((await admin.get('/api/v1/users')).json().items as { id: string; version: number }[]).find(
      (x) => x.id === user.id,
    )!.version;
    const res = await admin.send('PATCH', `/api/v1/users/${user.id}`, { roles: [], version });
    expect(res.statusCode).toBe(200);
    // Still signed in, but with no grant left: the very next list is refused.
    expect(await roles()).toEqual([]);
    expect((await u.get('/api/v1/people')).statusCode).toBe(403);
    expect((await u.send('POST', '/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await u.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('refuses every route but the change-password screen until the password is changed', async () => {
    await makeUser(await asAdmin(h), 'lan.dau', [{ role: 'admin', orgId: root }], PASSWORD, {
      mustChangePassword: true,
    });
    const u = await signIn(h.app, 'lan.dau', PASSWORD);
    const me = await u.get('/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().mustChangePassword).toBe(true);
    const reachable: string[] = [];
    for (const route of h.app.routeTable) {
      if (route.access === 'public' || route.access === undefined) continue;
      const name = `${route.method} ${route.url}`;
      if (name === 'POST /api/v1/auth/logout' || name === 'POST /api/v1/auth/password') {
        reachable.push(name);
        continue;
      }
      const url = route.url.replace(/:[A-Za-z]+/g, '01900000-0000-7000-8000-000000000000').replace('*', 'x');
      const res = route.method === 'GET' ? await u.get(url) : await u.send(route.method, url, {});
      if (res.statusCode === 403 && res.json().code === 'password_change_required') {
        expect(res.json().detail).toMatch(/đổi mật khẩu/);
        continue;
      }
      reachable.push(name);
    }
    expect(reachable.sort()).toEqual(BEFORE_PASSWORD_CHANGE);
    expect(
      (await u.send('POST', '/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }))
        .statusCode,
    ).toBe(200);
    expect((await u.get('/api/v1/users')).statusCode).toBe(200);
    expect((await u.send('POST', '/api/v1/auth/logout')).statusCode).toBe(200);
  });
});
