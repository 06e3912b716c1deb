import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makePerson,
  multipart,
  rootOrgId,
  type Client,
  type Harness,
} from '../../test/harness.ts';

describe.each(DIALECTS)("a person's implausible dates are refused with the field named (%s)", (dialect) => {
  let h: Harness;
  let admin: Client;
  let org: string;
  const person = (over: Record<string, unknown>) => ({
    familyName: 'Lê',
    givenName: 'Bình',
    gender: 'male',
    employmentType: 'civil_servant',
    orgId: org,
    ...over,
  });
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    org = (await makeOrg(admin, await rootOrgId(h), 'VP', 'Văn phòng Sở')).id;
  });
  afterAll(() => h.close());

  it('refuses a birth in 1800 or 9999 and a start before the birth, on creation', async () => {
    for (const [over, path] of [
      [{ dateOfBirth: '1800-01-01' }, 'dateOfBirth'],
      [{ dateOfBirth: '9999-12-31' }, 'dateOfBirth'],
      [{ dateOfBirth: '1985-05-05', startDate: '1980-01-01' }, 'startDate'],
      [{ startDate: '9999-01-01' }, 'startDate'],
    ] as const) {
      const res = await admin.send('POST', '/api/v1/people', person(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      const body = res.json();
      expect(body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
      expect(body.detail).toMatch(new RegExp(`${path}: .*(Năm|Ngày)`, 'u'));
    }
    const ok = await admin.send(
      'POST',
      '/api/v1/people',
      person({ dateOfBirth: '1985-05-05', startDate: '2008-09-01' }),
    );
    expect(ok.statusCode).toBe(201);
  });

  it('judges a start date changed alone against the stored birth date', async () => {
    const p = await makePerson(admin, org, { dateOfBirth: '1990-03-03', givenName: 'Châu' });
    const bad = await admin.send('PATCH', `/api/v1/people/${p.id}`, { startDate: '1991-01-01', version: p.version });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'startDate', message: expect.stringMatching(/sau ngày sinh/u) }]);
    const birth = await admin.send('PATCH', `/api/v1/people/${p.id}`, {
      dateOfBirth: '1800-01-01',
      version: p.version,
    });
    expect(birth.statusCode).toBe(400);
    const good = await admin.send('PATCH', `/api/v1/people/${p.id}`, { startDate: '2015-01-01', version: p.version });
    expect(good.statusCode).toBe(200);
  });

  it('applies the same rule to the staff import', async () => {
    const template = (await admin.get('/api/v1/people/import/template.xlsx')).rawPayload;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Danh sách cán bộ')!;
    const rows = [
      ['Phạm', 'Văn', 'Nam', 'Nam', '01/01/1800', '', 'VP', 'Công chức', '', '', ''],
      ['Hoàng', 'Thị', 'Yến', 'Nữ', '05/05/1985', '', 'VP', 'Công chức', '01/01/1980', '', ''],
      ['Đỗ', 'Văn', 'Khoa', 'Nam', '31/12/9999', '', 'VP', 'Công chức', '', '', ''],
    ];
    rows.forEach((r, i) => (ws.getRow(i + 2).values = [i + 1, ...r]));
    const m = multipart(Buffer.from(await wb.xlsx.writeBuffer()));
    const res = await admin.send('POST', '/api/v1/people/import?dryRun=true', m.body, { 'content-type': m.type });
    expect(res.statusCode).toBe(200);
    const errors = res.json().errors as { row: number; column: string; message: string }[];
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Ngày sinh'],
      [3, 'Ngày bắt đầu công tác'],
      [4, 'Ngày sinh'],
    ]);
  });

  it('refuses absurd years in the other dates a request sets', async () => {
    const res = await admin.send('POST', '/api/v1/movements', {
      name: 'Phong trào thử',
      kind: 'regular',
      startsOn: '0200-01-01',
      endsOn: '9999-12-31',
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['startsOn', 'endsOn']));
  });
});
