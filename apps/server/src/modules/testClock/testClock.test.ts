import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, asAdmin, makeHarness, makeUser, rootOrgId, signIn, type Harness } from '../../test/harness.ts';
import { TestClock, TestClockRefused, testClockFromEnv } from '../../platform/testClock.ts';

describe('the test clock from the environment', () => {
  it('is off unless THIDUA_TEST_CLOCK=1, and refuses production', () => {
    expect(testClockFromEnv({})).toBeUndefined();
    expect(testClockFromEnv({ THIDUA_TEST_CLOCK: '' })).toBeUndefined();
    expect(testClockFromEnv({ THIDUA_TEST_CLOCK: '0' })).toBeUndefined();
    expect(testClockFromEnv({ THIDUA_TEST_CLOCK: '1' })).toBeInstanceOf(TestClock);
    expect(testClockFromEnv({ THIDUA_TEST_CLOCK: '1', NODE_ENV: 'test' })).toBeInstanceOf(TestClock);
    expect(() => testClockFromEnv({ THIDUA_TEST_CLOCK: '1', NODE_ENV: 'production' })).toThrow(TestClockRefused);
    expect(() => testClockFromEnv({ THIDUA_TEST_CLOCK: 'yes' })).toThrow(TestClockRefused);
  });

  it('follows real time until set, runs on from the instant set, and returns to real time', () => {
    let real = Date.parse('2026-12-07T10:00:00Z');
    const clock = new TestClock(() => real);
    expect(clock.now().toISOString()).toBe('2026-12-07T10:00:00.000Z');
    real += 5000;
    expect(clock.now().toISOString()).toBe('2026-12-07T10:00:05.000Z');
    clock.set('2027-01-29T15:30:00+07:00');
    expect(clock.isSet).toBe(true);
    expect(clock.now().toISOString()).toBe('2027-01-29T08:30:00.000Z');
    real += 60_000;
    expect(clock.now().toISOString()).toBe('2027-01-29T08:31:00.000Z');
    clock.set(null);
    expect(clock.isSet).toBe(false);
    expect(clock.now().getTime()).toBe(real);
    expect(() => clock.set('not a date')).toThrow(RangeError);
  });
});

describe.each(DIALECTS)('the test clock route (%s)', (dialect) => {
  let plain: Harness;
  let testing: Harness;
  const clock = new TestClock();
  beforeAll(async () => {
    plain = await makeHarness(dialect);
    testing = await makeHarness(dialect, { clock });
  });
  afterAll(async () => {
    await plain?.close();
    await testing?.close();
  });

  it('does not exist on a server started without THIDUA_TEST_CLOCK', async () => {
    const admin = await asAdmin(plain);
    expect((await admin.get('/api/v1/test/clock')).statusCode).toBe(404);
    const put = await admin.send('PUT', '/api/v1/test/clock', { now: '2027-01-29T15:30:00+07:00' });
    expect(put.statusCode).toBe(404);
    expect(plain.app.routeTable.some((r) => r.url.includes('/test/clock'))).toBe(false);
  });

  it('lets the administrator alone read and move the server’s now, audited', async () => {
    const admin = await asAdmin(testing);
    const read = await admin.get('/api/v1/test/clock');
    expect(read.statusCode).toBe(200);
    expect(read.json().set).toBe(false);
    expect(Math.abs(Date.parse(read.json().now) - Date.now())).toBeLessThan(60_000);

    await makeUser(admin, 'motcua_clock', [{ role: 'onestop_clerk', orgId: await rootOrgId(testing) }]);
    const clerk = await signIn(testing.app, 'motcua_clock', 'Matkhau@2026');
    expect((await clerk.get('/api/v1/test/clock')).statusCode).toBe(403);
    expect((await clerk.send('PUT', '/api/v1/test/clock', { now: '2027-01-29T15:30:00+07:00' })).statusCode).toBe(403);
    expect(clock.isSet).toBe(false);

    const bad = await admin.send('PUT', '/api/v1/test/clock', { now: '29/01/2027' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors?.[0]?.field ?? bad.body).toMatch(/now/u);
    expect(clock.isSet).toBe(false);

    // Back in time: the session signed in now is still good (its expiry lies ahead of the instant set).
    const put = await admin.send('PUT', '/api/v1/test/clock', { now: '2026-02-13T15:30:00+07:00' });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().set).toBe(true);
    expect(Date.parse(put.json().now) - Date.parse('2026-02-13T08:30:00Z')).toBeLessThan(60_000);
    expect(clock.now().toISOString().slice(0, 13)).toBe('2026-02-13T08');
    const audit = await testing.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'after_json'])
      .where('action', '=', 'test_clock.set')
      .execute();
    expect(audit.map((a) => JSON.parse(a.after_json!).now)).toEqual(['2026-02-13T15:30:00+07:00']);

    const reset = await admin.send('PUT', '/api/v1/test/clock', { now: null });
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json().set).toBe(false);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
  });
});
