import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRows } from '../../test/exportRows.ts';
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
} from '../../test/harness.ts';

describe.each(DIALECTS)('the audit log exported to Excel (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let officer: Client;
  let personId: string;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    const org = await makeOrg(admin, root, 'NK', 'Phòng Nhật ký');
    personId = (await makePerson(admin, org.id, { familyName: 'Trần', middleName: 'Thị', givenName: 'Bích' })).id;
    await makeUser(admin, 'tdkt.nk', [{ role: 'emulation_officer', orgId: root }], 'Nhat-ky@2026');
    officer = await signIn(h.app, 'tdkt.nk', 'Nhat-ky@2026');
  });
  afterAll(() => h.close());

  /** The list's whole view (every page) and the export of the same filters, compared entry by entry. */
  const both = async (query: string) => {
    const list = (await admin.get(`/api/v1/audit?pageSize=500${query}`)).json() as {
      items: { seq: number }[];
      total: number;
    };
    expect(list.items).toHaveLength(list.total);
    const rows = await exportRows(admin, `/api/v1/audit/export.xlsx?${query.slice(1)}`);
    expect(rows.map((r) => Number(r[0]))).toEqual(list.items.map((i) => i.seq));
    return rows;
  };

  it('holds the entries of the log as filtered, newest first, in Vietnamese words', async () => {
    const all = await both('');
    expect(all.length).toBeGreaterThan(3);
    const people = await both('&entityType=person');
    expect(people.length).toBeLessThan(all.length);
    expect(people.map((r) => r.slice(3))).toContainEqual(['Thêm cán bộ', 'Cán bộ', 'Trần Thị Bích']);
    expect(people.every((r) => r[4] === 'Cán bộ')).toBe(true);
    expect((await both(`&entityId=${personId}`)).map((r) => r[5])).toEqual(['Trần Thị Bích']);
    expect(await both('&from=01/01/2000&to=31/12/2000')).toEqual([]);
    const units = await both('&entityType=organisation');
    expect(units.map((r) => r[3])).toContain('Thêm đơn vị');
  });

  it('is read by the administrators only, like the log', async () => {
    expect((await officer.get('/api/v1/audit/export.xlsx')).statusCode).toBe(403);
    expect((await officer.get('/api/v1/audit')).statusCode).toBe(403);
  });

  it('refuses a day that is not a date, naming it, as the list does', async () => {
    const res = await admin.get('/api/v1/audit/export.xlsx?from=31/02/2026');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('from');
  });
});
