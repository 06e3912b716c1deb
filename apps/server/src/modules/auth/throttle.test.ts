import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.ts';
import { DIALECTS, asAdmin, makeHarness, makeUser, rootOrgId, type Harness } from '../../test/harness.ts';

const PASSWORD = 'Dung@mat-khau-2026';

describe.each(DIALECTS)('sign-in throttling (%s)', (dialect) => {
  let h: Harness;
  let root: string;
  const clock = new ManualClock(Date.parse('2026-12-07T02:00:00Z'));
  beforeAll(async () => {
    h = await makeHarness(dialect, { clock });
    root = await rootOrgId(h);
  });
  afterAll(() => h.close());

  const newUser = async (username: string) =>
    makeUser(await asAdmin(h), username, [{ role: 'viewer', orgId: root }], PASSWORD);
  const attempt = (username: string, password: string, remoteAddress: string, headers: Record<string, string> = {}) =>
    h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      remoteAddress,
      headers,
    });
  const failuresAudited = async (username: string) =>
    (
      await h.db.kysely.selectFrom('audit_log').select('after_json').where('action', '=', 'auth.login_failed').execute()
    ).filter((r) => JSON.parse(r.after_json ?? '{}').username === username).length;

  it('checks at most five of twenty simultaneous wrong passwords, and answers the rest 429 with Retry-After', async () => {
    await newUser('song.song');
    const answers = await Promise.all(Array.from({ length: 20 }, () => attempt('song.song', 'doan-mo', '10.1.0.1')));
    const codes = answers.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(5);
    expect(codes.filter((c) => c === 429)).toHaveLength(15);
    expect(await failuresAudited('song.song')).toBe(5);
    const refused = answers.find((r) => r.statusCode === 429)!;
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.json().code).toBe('too_many_attempts');
    expect(refused.json().detail).toMatch(/^Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau (60 giây|1 phút)/);
    expect(Number(refused.headers['retry-after'])).toBe(60);
    // From that address the right password waits too: the lock is on the guessing, not the password.
    expect((await attempt('song.song', PASSWORD, '10.1.0.1')).statusCode).toBe(429);
  });

  it("lets the owner sign in from another address while an attacker's guesses from one address are locked", async () => {
    await newUser('chu.tk');
    for (let i = 0; i < 5; i++) expect((await attempt('chu.tk', `sai-${i}`, '10.2.0.66')).statusCode).toBe(401);
    for (let i = 0; i < 10; i++) expect((await attempt('chu.tk', 'sai', '10.2.0.66')).statusCode).toBe(429);
    expect((await attempt('chu.tk', PASSWORD, '10.2.0.7')).statusCode).toBe(200);
  });

  it('doubles the wait after each further failure once the limit is reached, and forgets after a right password', async () => {
    await newUser('cham.dan');
    const ip = '10.4.0.1';
    for (let i = 0; i < 5; i++) expect((await attempt('cham.dan', 'sai', ip)).statusCode).toBe(401);
    const waits: number[] = [];
    for (let round = 0; round < 4; round++) {
      const refused = await attempt('cham.dan', 'sai', ip);
      expect(refused.statusCode).toBe(429);
      const wait = Number(refused.headers['retry-after']);
      waits.push(wait);
      clock.advance(wait * 1000 - 2000);
      expect((await attempt('cham.dan', PASSWORD, ip)).statusCode).toBe(429);
      clock.advance(2000);
      // One more guess is let through after each lock, and sets the next, longer one.
      if (round < 3) expect((await attempt('cham.dan', 'sai', ip)).statusCode).toBe(401);
    }
    expect(waits).toEqual([60, 120, 240, 480]);
    const late = await attempt('cham.dan', 'sai', ip);
    expect(late.statusCode).toBe(401);
    expect((await attempt('cham.dan', 'sai', ip)).json().detail).toMatch(/thử lại sau 16 phút \(lúc \d\d:\d\d\)/);
    clock.advance(16 * 60_000);
    expect((await attempt('cham.dan', PASSWORD, ip)).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) expect((await attempt('cham.dan', 'sai', ip)).statusCode).toBe(401);
  });

  it('does not lock an office behind one address when thirty colleagues each mistype once', async () => {
    const nat = '10.5.0.1';
    for (let i = 0; i < 30; i++) expect((await attempt(`dong.nghiep.${i}`, 'go-nham', nat)).statusCode).toBe(401);
    await newUser('nguoi.thu.31');
    expect((await attempt('nguoi.thu.31', PASSWORD, nat)).statusCode).toBe(200);
  });

  it('refuses credential stuffing from one address after a hundred accounts, except where an account signed in before', async () => {
    const bot = '10.6.0.1';
    await newUser('quen.noi');
    expect((await attempt('quen.noi', PASSWORD, bot)).statusCode).toBe(200);
    for (let i = 0; i < 100; i++) expect((await attempt(`nhoi.${i}`, 'x', bot)).statusCode).toBe(401);
    expect((await attempt('nhoi.moi', 'x', bot)).statusCode).toBe(429);
    await newUser('moi.den');
    expect((await attempt('moi.den', PASSWORD, bot)).statusCode).toBe(429);
    expect((await attempt('quen.noi', PASSWORD, bot)).statusCode).toBe(200);
  });

  it('keeps a spread-out attack on one account away from addresses where the owner signed in before', async () => {
    await newUser('bi.nham');
    expect((await attempt('bi.nham', PASSWORD, '10.7.0.1')).statusCode).toBe(200);
    // Fifty guesses from fifty addresses: none of them reaches its own address's limit.
    for (let i = 0; i < 50; i++) expect((await attempt('bi.nham', 'doan', `10.8.${i}.1`)).statusCode).toBe(401);
    expect((await attempt('bi.nham', 'doan', '10.9.0.1')).statusCode).toBe(429);
    expect((await attempt('bi.nham', PASSWORD, '10.9.0.2')).statusCode).toBe(429);
    // The owner at a known place is neither counted nor refused.
    expect((await attempt('bi.nham', PASSWORD, '10.7.0.1')).statusCode).toBe(200);
  });

  it('forgets counters untouched for more than ninety days at the next sign-in', async () => {
    const before = await h.db.kysely.selectFrom('sign_in_throttle').select('key').execute();
    expect(before.length).toBeGreaterThan(100);
    clock.advance(91 * 24 * 3_600_000);
    await newUser('sau.ba.thang');
    expect((await attempt('sau.ba.thang', PASSWORD, '10.11.0.1')).statusCode).toBe(200);
    const keys = (await h.db.kysely.selectFrom('sign_in_throttle').select('key').execute()).map((r) => r.key);
    // What is left was touched by this sign-in and the admin's that made the user.
    expect(keys.length).toBeLessThan(8);
    expect(keys).toContain('p:sau.ba.thang|10.11.0.1');
    for (const gone of ['p:song.song|10.1.0.1', 'a:bi.nham', 'ip:10.6.0.1', 'p:nhoi.0|10.6.0.1'])
      expect(keys).not.toContain(gone);
  });

  it('believes X-Forwarded-For only behind a trusted proxy', async () => {
    await newUser('sau.proxy');
    // Not trusted (the default): a forged header does not give each guess a fresh address.
    for (let i = 0; i < 5; i++)
      await attempt('sau.proxy', 'sai', '10.10.0.1', { 'x-forwarded-for': `198.51.100.${i}` });
    expect((await attempt('sau.proxy', 'sai', '10.10.0.1', { 'x-forwarded-for': '198.51.100.99' })).statusCode).toBe(
      429,
    );
    const behind = await makeHarness(dialect, { clock, env: { THIDUA_TRUST_PROXY: 'true' } });
    try {
      const admin = await asAdmin(behind);
      await makeUser(admin, 'sau.proxy', [{ role: 'viewer', orgId: await rootOrgId(behind) }], PASSWORD);
      const via = (client: string, password: string) =>
        behind.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'sau.proxy', password },
          remoteAddress: '10.10.0.1',
          headers: { 'x-forwarded-for': client },
        });
      // The client may write its own X-Forwarded-For; the proxy appends the address it saw.
      for (let i = 0; i < 5; i++) expect((await via(`192.0.2.${i}, 203.0.113.5`, 'sai')).statusCode).toBe(401);
      expect((await via('192.0.2.77, 203.0.113.5', PASSWORD)).statusCode).toBe(429);
      expect((await via('203.0.113.6', PASSWORD)).statusCode).toBe(200);
    } finally {
      await behind.close();
    }
  });
});
