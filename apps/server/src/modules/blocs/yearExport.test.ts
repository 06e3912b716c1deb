import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRows } from '../../test/exportRows.ts';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makeUser,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';

describe.each(DIALECTS)("a bloc's year exported to Excel (%s)", (dialect) => {
  let h: Harness;
  let office: Client;
  let viewer: Client;
  let blocId: string;

  beforeAll(async () => {
    h = await makeHarness(dialect);
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    const unit = (await makeOrg(admin, root, 'QLTM', 'Phòng Quản lý thương mại')).id;
    await makeUser(admin, 'tdkt.nam', [{ role: 'emulation_officer', orgId: root }], 'Khoi-nam@2026');
    await makeUser(admin, 'xem.nam', [{ role: 'viewer', orgId: root }], 'Khoi-nam@2026');
    office = await signIn(h.app, 'tdkt.nam', 'Khoi-nam@2026');
    viewer = await signIn(h.app, 'xem.nam', 'Khoi-nam@2026');
    const res = await office.send('POST', '/api/v1/blocs', { name: 'Khối các sở kinh tế', kind: 'bloc' });
    expect(res.statusCode, res.body).toBe(200);
    blocId = res.json().id;
    const save = (year: number, members: { orgId: string | null; name: string; role: string }[], number = '') =>
      office.send('PUT', `/api/v1/blocs/${blocId}/years/${year}`, {
        members,
        covenantSignedOn: number ? `${year}-02-15` : null,
        covenantNumber: number,
        version: null,
      });
    for (const r of [
      await save(
        2026,
        [
          { orgId: null, name: 'Sở Xây dựng', role: 'leader' },
          { orgId: unit, name: '', role: 'member' },
          { orgId: null, name: 'Sở Đầu tư', role: 'deputy' },
        ],
        '12/GU-KKT',
      ),
      // Another year of the same bloc: the year in the path excludes it.
      await save(2025, [
        { orgId: null, name: 'Sở Nội vụ', role: 'leader' },
        { orgId: null, name: 'Sở Y tế', role: 'member' },
      ]),
    ])
      expect(r.statusCode, r.body).toBe(200);
  }, 120_000);
  afterAll(() => h.close());

  it("holds the year's members as its panel shows them, that year's alone, for a reader as for the office", async () => {
    const bloc = (await viewer.get(`/api/v1/blocs/${blocId}`)).json() as {
      years: { year: number; members: { name: string; role: string }[] }[];
    };
    const panel = bloc.years.find((y) => y.year === 2026)!;
    const rows = await exportRows(viewer, `/api/v1/blocs/${blocId}/years/2026/export.xlsx`);
    expect(rows.map((r) => r[1])).toEqual(panel.members.map((m) => m.name));
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['Sở Xây dựng', 'Khối trưởng', 'Cơ quan khác'],
      ['Phòng Quản lý thương mại', 'Thành viên', 'Đơn vị thuộc Sở'],
      ['Sở Đầu tư', 'Khối phó', 'Cơ quan khác'],
    ]);
    expect(await exportRows(office, `/api/v1/blocs/${blocId}/years/2026/export.xlsx`)).toEqual(rows);
    const other = await exportRows(viewer, `/api/v1/blocs/${blocId}/years/2025/export.xlsx`);
    expect(other.map((r) => r[1])).toEqual(['Sở Nội vụ', 'Sở Y tế']);
  });

  it('answers an unknown bloc or year and a caller not signed in as the page does', async () => {
    const missing = '00000000-0000-7000-8000-000000000000';
    const page = await viewer.get(`/api/v1/blocs/${missing}`);
    expect(page.statusCode).toBe(404);
    expect((await viewer.get(`/api/v1/blocs/${missing}/years/2026/export.xlsx`)).statusCode).toBe(page.statusCode);
    expect((await viewer.get(`/api/v1/blocs/${blocId}/years/2024/export.xlsx`)).statusCode).toBe(404);
    expect((await h.app.inject({ url: `/api/v1/blocs/${blocId}/years/2026/export.xlsx` })).statusCode).toBe(401);
  });
});
