import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makePerson,
  makeUser,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../test/harness.ts';

/**
 * A date that does not exist and a text over its limit are refused, never dropped or cut: the
 * answer names the field in Vietnamese and says why (February 2023 has 28 days; 50 characters).
 */
describe.each(DIALECTS)('impossible dates and over-long names are refused, naming the field (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let officer: Client;
  let org: string;
  const person = (over: Record<string, unknown>) => ({
    familyName: 'Lê',
    givenName: 'Bình',
    gender: 'male',
    employmentType: 'civil_servant',
    orgId: org,
    ...over,
  });
  const movement = (over: Record<string, unknown>) => ({
    name: 'Thi đua hoàn thành kế hoạch năm 2026',
    kind: 'regular',
    year: 2026,
    startsOn: '2026-01-15',
    endsOn: '2026-12-31',
    orgIds: [org],
    ...over,
  });
  const count = async (table: 'people' | 'movements') =>
    Number(
      (
        await h.db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
      )?.n,
    );

  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    org = (await makeOrg(admin, root, 'QLCN', 'Phòng Quản lý Công nghiệp')).id;
    await makeUser(admin, 'tdkt', [{ role: 'emulation_officer', orgId: root }], 'Thi-dua@2026');
    officer = await signIn(h.app, 'tdkt', 'Thi-dua@2026');
  });
  afterAll(() => h.close());

  it('refuses a birth date of 30/02/2023 saying February 2023 has 28 days, and saves no one', async () => {
    const before = await count('people');
    const res = await admin.send('POST', '/api/v1/people', person({ dateOfBirth: '2023-02-30' }));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('validation_failed');
    expect(body.errors).toEqual([
      { path: 'dateOfBirth', message: 'Ngày sinh: Ngày không hợp lệ: 30/02/2023 — tháng 2 năm 2023 chỉ có 28 ngày' },
    ]);
    expect(body.detail).toContain('Ngày sinh: Ngày không hợp lệ: 30/02/2023');
    expect(await count('people')).toBe(before);
  });

  it('refuses an impossible date on a change too, and keeps the stored one', async () => {
    const p = await makePerson(admin, org, { dateOfBirth: '1990-02-28', givenName: 'Châu' });
    const res = await admin.send('PATCH', `/api/v1/people/${p.id}`, { startDate: '2023-04-31', version: p.version });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      {
        path: 'startDate',
        message: 'Ngày bắt đầu công tác: Ngày không hợp lệ: 31/04/2023 — tháng 4 năm 2023 chỉ có 30 ngày',
      },
    ]);
    const stored = (await admin.get(`/api/v1/people/${p.id}`)).json();
    expect(stored.dateOfBirth).toBe('1990-02-28');
    expect(stored.startDate).toBeNull();
  });

  it('takes 29/02 in a leap year', async () => {
    const res = await admin.send('POST', '/api/v1/people', person({ givenName: 'Nhuận', dateOfBirth: '1996-02-29' }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().dateOfBirth).toBe('1996-02-29');
  });

  it("refuses a movement's registration deadline of 30/02 naming 'Hạn đăng ký'", async () => {
    const before = await count('movements');
    const res = await officer.send('POST', '/api/v1/movements', movement({ registrationDeadline: '2026-02-30' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      {
        path: 'registrationDeadline',
        message: 'Hạn đăng ký: Ngày không hợp lệ: 30/02/2026 — tháng 2 năm 2026 chỉ có 28 ngày',
      },
    ]);
    expect(await count('movements')).toBe(before);
    const ok = await officer.send('POST', '/api/v1/movements', movement({ registrationDeadline: '2026-02-28' }));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().registrationDeadline).toBe('2026-02-28');
  });

  it('refuses a 1,000-character family name with its limit instead of cutting it', async () => {
    const before = await count('people');
    const res = await admin.send('POST', '/api/v1/people', person({ familyName: 'N'.repeat(1000) }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'familyName', message: 'Họ: tối đa 50 ký tự (đã nhập 1000)' }]);
    expect(await count('people')).toBe(before);
  });
});
