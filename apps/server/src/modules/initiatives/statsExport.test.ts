import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertInitiative } from '../../test/factories/initiatives.ts';
import { insertPerson } from '../../test/factories/people.ts';
import { exportRows } from '../../test/exportRows.ts';
import { cellText, loadWorkbook } from '../../platform/documents/xlsx.ts';
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

/** The data rows of a sheet of the workbook (rows 1–4: heading, title, note, column headers). */
async function sheetRows(c: Client, url: string, sheet: number): Promise<string[][]> {
  const res = await c.get(url);
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  const ws = (await loadWorkbook(res.rawPayload)).worksheets[sheet]!;
  const out: string[][] = [];
  for (let r = 5; r <= ws.rowCount; r++) {
    const cells: string[] = [];
    ws.getRow(r).eachCell({ includeEmpty: true }, (cell) => cells.push(cellText(cell.value)));
    out.push(cells);
  }
  return out;
}

describe.each(DIALECTS)('the initiatives statistics exported to Excel (%s)', (dialect) => {
  let h: Harness;
  let office: Client;
  let unitOfficer: Client;

  beforeAll(async () => {
    h = await makeHarness(dialect);
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    const [duoc, dautu, baove] = [
      (await makeOrg(admin, root, 'DUOC', 'Phòng Dược')).id,
      (await makeOrg(admin, root, 'DTU', 'Phòng Đầu tư')).id,
      (await makeOrg(admin, root, 'BVE', 'Phòng Bảo vệ')).id,
    ];
    await makeUser(admin, 'tdkt.sk', [{ role: 'emulation_officer', orgId: root }], 'Sang-kien@2026');
    await makeUser(admin, 'dv.duoc', [{ role: 'unit_officer', orgId: duoc }], 'Sang-kien@2026');
    office = await signIn(h.app, 'tdkt.sk', 'Sang-kien@2026');
    unitOfficer = await signIn(h.app, 'dv.duoc', 'Sang-kien@2026');
    const k = h.db.kysely;
    for (const [orgId, level, recognisedOn] of [
      [duoc, 'grassroots', '2025-04-01'],
      [dautu, 'provincial', '2025-06-01'],
      [baove, 'national', '2024-05-01'],
      [baove, 'grassroots', '2026-02-01'],
      // Before the span: the years asked for exclude it.
      [duoc, 'provincial', '2020-03-01'],
    ] as const) {
      const author = await insertPerson(k, orgId);
      await insertInitiative(k, { orgId, level, recognisedOn, authors: [{ personId: author.id, share: 100 }] });
    }
  }, 120_000);
  afterAll(() => h.close());

  const url = '/api/v1/initiatives/stats/export.xlsx?from=2024&to=2026';

  it('holds the figures of the page for the span: by year with the total, by unit (most first, then Vietnamese order)', async () => {
    const page = (await office.get('/api/v1/initiatives/stats?from=2024&to=2026')).json() as {
      total: number;
      byYear: { year: number; total: number }[];
      byUnit: { name: string; total: number; provincialOrWider: number }[];
    };
    const years = await exportRows(office, url);
    expect(years.map((r) => [r[0], r[1]])).toEqual([
      ...page.byYear.map((y) => [String(y.year), String(y.total)]),
      ['Cộng', String(page.total)],
    ]);
    expect(years.map((r) => r.slice(0, 5))).toEqual([
      ['2024', '1', '0', '0', '1'],
      ['2025', '2', '1', '1', '0'],
      ['2026', '1', '1', '0', '0'],
      ['Cộng', '4', '2', '1', '1'],
    ]);
    const units = await sheetRows(office, url, 1);
    expect(units.map((r) => [r[1], r[2], r[3]])).toEqual(
      page.byUnit.map((u) => [u.name, String(u.total), String(u.provincialOrWider)]),
    );
    expect(units.map((r) => r[1])).toEqual(['Phòng Bảo vệ', 'Phòng Dược', 'Phòng Đầu tư']);
  });

  it("gives a unit's officer his unit's figures alone, as the page does", async () => {
    const page = (await unitOfficer.get('/api/v1/initiatives/stats?from=2024&to=2026')).json() as {
      byUnit: { name: string; total: number }[];
    };
    const units = await sheetRows(unitOfficer, url, 1);
    expect(units.map((r) => [r[1], r[2]])).toEqual(page.byUnit.map((u) => [u.name, String(u.total)]));
    expect(units.map((r) => r[1])).toEqual(['Phòng Dược']);
  });

  it('refuses a backwards span and a caller not signed in as the page does', async () => {
    const page = await office.get('/api/v1/initiatives/stats?from=2026&to=2024');
    expect(page.statusCode).toBe(400);
    const res = await office.get('/api/v1/initiatives/stats/export.xlsx?from=2026&to=2024');
    expect(res.statusCode).toBe(page.statusCode);
    expect(res.json().code).toBe(page.json().code);
    expect((await h.app.inject({ url })).statusCode).toBe(401);
  });
});
