import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TdktForm, TdktFormsReport } from '@thidua/contracts';
import { ManualClock } from '../../platform/clock.ts';
import { loadWorkbook } from '../../platform/documents/xlsx.ts';
import { seedTdktData } from './tdktFixture.ts';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeUser,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';

/**
 * Forms 0601–0605 against a small data set counted by hand (docs/reports.md "Statutory forms"):
 * each cell the form shows is the count of the records it names, in the unit asked for.
 */
describe.each(DIALECTS)('statutory forms 0601–0605 (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let unitB: Client;
  let root: string;
  let a: string;
  let b: string;

  const cell = (form: TdktForm, row: string, col: string) => {
    const r = form.rows.find((x) => x.key === row);
    const c = form.columns.findIndex((x) => x.key === col);
    if (!r || c < 0) throw new Error(`no cell ${row} × ${col} in ${form.code}`);
    return r.values[c];
  };
  const forms = async (query: string, c = admin) => {
    const res = await c.get(`/api/v1/reports/tdkt-forms?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as TdktFormsReport;
    const byCode = (code: string) => report.forms.find((f) => f.code.startsWith(code))!;
    return {
      report,
      f0601: byCode('0601'),
      f0602: byCode('0602'),
      f0603: byCode('0603'),
      f0604: byCode('0604'),
      f0605: byCode('0605'),
    };
  };

  beforeAll(async () => {
    h = await makeHarness(dialect, { clock: new ManualClock('2026-03-15T09:00:00+07:00') });
    admin = await asAdmin(h);
    root = await rootOrgId(h);
    ({ a, b } = await seedTdktData(h, admin, root));
    await makeUser(admin, 'canbo.b', [{ role: 'unit_officer', orgId: b }], 'Don-vi-b@2026');
    unitB = await signIn(h.app, 'canbo.b', 'Don-vi-b@2026');
  }, 120_000);
  afterAll(() => h.close());

  it('0601 counts the movements begun in the year by launching level, scope, kind, length and results', async () => {
    const { f0601 } = await forms('year=2025');
    expect(f0601.rows.map((r) => r.key)).toEqual(['total', 'national', 'ministry', 'province', 'department', 'unit']);
    const total = Object.fromEntries(f0601.columns.map((c, i) => [c.key, f0601.rows[0]!.values[i]]));
    expect(total).toEqual({
      total: 3,
      whole: 2,
      part: 1,
      regular: 1,
      thematic: 2,
      short: 1,
      medium: 1,
      long: 1,
      reviewed: 2,
      units: 5,
      exemplars: 1,
      awards: 2,
    });
    expect(cell(f0601, 'department', 'total')).toBe(1);
    expect(cell(f0601, 'department', 'medium')).toBe(1);
    expect(cell(f0601, 'province', 'part')).toBe(1);
    expect(cell(f0601, 'national', 'long')).toBe(1);
    expect(cell(f0601, 'ministry', 'total')).toBe(0);
  });

  it('0602 and 0603 count the awards of the year by level, kind, subject and method', async () => {
    const { f0602, f0603 } = await forms('year=2025');
    expect(cell(f0602, 'total', 'total')).toBe(2);
    expect(cell(f0602, 'labour3', 'leader')).toBe(1);
    expect(cell(f0602, 'orders', 'individual')).toBe(1);
    expect(cell(f0602, 'pmCertificate', 'collective')).toBe(1);
    expect(cell(f0602, 'labour2', 'total')).toBe(0);

    const total = Object.fromEntries(f0603.columns.map((c, i) => [c.key, f0603.rows[0]!.values[i]]));
    expect(total).toMatchObject({
      total: 5,
      collective: 1,
      individual: 4,
      leader: 1,
      staff: 1,
      worker: 1,
      unclassifiedPerson: 1,
      household: 0,
      periodic: 3,
      thematic: 1,
      adHoc: 0,
      unclassifiedMethod: 1,
    });
    expect(cell(f0603, 'provinceCert', 'total')).toBe(2);
    expect(cell(f0603, 'certificates', 'total')).toBe(3);
    expect(cell(f0603, 'ministryCert', 'unclassifiedPerson')).toBe(1);
    expect(cell(f0603, 'fighter', 'worker')).toBe(1);
    expect(cell(f0603, 'provinceFlag', 'collective')).toBe(1);
  });

  it('0604 counts the council in office and the clusters and blocs of the year with their members', async () => {
    const { f0604 } = await forms('year=2025');
    const council = Object.fromEntries(
      f0604.columns.map((c, i) => [c.key, f0604.rows.find((r) => r.key === 'council')!.values[i]]),
    );
    expect(council).toEqual({
      bodies: 1,
      members: 3,
      head: 1,
      deputy: 0,
      standing: 0,
      member: 1,
      secretary: 1,
      women: 1,
    });
    expect(cell(f0604, 'cluster', 'bodies')).toBe(1);
    expect(cell(f0604, 'cluster', 'members')).toBe(2);
    expect(cell(f0604, 'bloc', 'bodies')).toBe(0);
    expect(cell(f0604, 'total', 'bodies')).toBe(2);
  });

  it('0605 counts the emulation officers by seniority, an unmatched account as unclassified', async () => {
    const { f0605, report } = await forms('year=2025');
    expect(report.asOf).toBe('2025-12-31');
    expect(cell(f0605, 'total', 'total')).toBe(3);
    expect(cell(f0605, '5to10', 'civilServant')).toBe(1);
    expect(cell(f0605, 'ge20', 'publicEmployee')).toBe(1);
    expect(cell(f0605, 'total', 'women')).toBe(2);
    expect(cell(f0605, 'unclassified', 'unclassifiedType')).toBe(1);
  });

  it("counts only a unit's own records for that unit, and refuses a unit out of reach", async () => {
    const { f0601, f0603, report } = await forms(`year=2025&orgId=${a}`);
    expect(report.orgName).toBe('Phòng A');
    expect(cell(f0603, 'total', 'total')).toBe(3);
    expect(cell(f0601, 'total', 'total')).toBe(3);
    expect(cell(f0601, 'total', 'whole')).toBe(3);
    expect(cell(f0601, 'total', 'units')).toBe(3);
    const own = await forms('year=2025', unitB);
    expect(own.report.orgId).toBe(b);
    expect(cell(own.f0603, 'total', 'total')).toBe(2);
    const res = await unitB.get(`/api/v1/reports/tdkt-forms?year=2025&orgId=${a}`);
    expect(res.statusCode).toBe(403);
  });

  it('gives zeros in the forms’ layout for a year without data', async () => {
    const { report } = await forms('year=2019');
    expect(report.forms.map((f) => f.code)).toEqual([
      '0601.N/BNV-TĐKT',
      '0602.N/BNV-TĐKT',
      '0603.N/BNV-TĐKT',
      '0604.N/BNV-TĐKT',
      '0605.N/BNV-TĐKT',
    ]);
    // 0605 counts today's roster (people carry no history of posts): the others count the year's records.
    for (const f of report.forms.filter((x) => !x.code.startsWith('0605'))) {
      expect(f.rows.length).toBeGreaterThan(3);
      for (const r of f.rows) expect(r.values, `${f.code} ${r.key}`).toEqual(f.columns.map(() => 0));
    }
  });

  it('refuses a year outside the range with 422 naming year', async () => {
    for (const year of [2027, 1999]) {
      const res = await admin.get(`/api/v1/reports/tdkt-forms.xlsx?year=${year}`);
      expect(res.statusCode).toBe(422);
      const p = res.json() as { detail: string; errors: { path: string }[] };
      expect(p.detail).toMatch(/Năm báo cáo/u);
      expect(p.errors.map((e) => e.path)).toContain('year');
    }
  });

  it('answers a malformed year or an unknown unit with a Vietnamese problem naming the field', async () => {
    const bad = await admin.get('/api/v1/reports/tdkt-forms?year=abc');
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain('querystring.year');
    const unknown = await admin.get('/api/v1/reports/tdkt-forms?year=2025&orgId=khong-co');
    expect(unknown.statusCode).toBe(404);
    expect((unknown.json() as { detail: string }).detail).toBe('Không tìm thấy đơn vị.');
  });

  it('writes one sheet per form with the layout, the note on its standing and the counts', async () => {
    const res = await admin.get('/api/v1/reports/tdkt-forms.xlsx?year=2025');
    expect(res.statusCode).toBe(200);
    const wb = await loadWorkbook(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Biểu 0601', 'Biểu 0602', 'Biểu 0603', 'Biểu 0604', 'Biểu 0605']);
    const ws = wb.getWorksheet('Biểu 0603')!;
    expect(ws.getCell('A2').text).toBe('SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, TỈNH NĂM 2025');
    expect(ws.getCell('A4').text).toContain('chưa được kiểm chứng');
    expect(ws.getCell('C5').text).toBe('Tổng số');
    expect(ws.getCell('D5').text).toBe('Chia theo đối tượng');
    expect(ws.getCell('E6').text).toBe('Cá nhân');
    expect(ws.getCell('K5').text).toBe('Chia theo phương thức');
    let totalRow = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(2).text === 'Tổng số' && r > 8) totalRow ||= r;
    });
    expect(ws.getRow(totalRow).getCell(3).value).toBe(5);
    expect(ws.getRow(totalRow).getCell(4).value).toBe(1);
  });
});
