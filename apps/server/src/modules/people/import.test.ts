import { createHash } from 'node:crypto';
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
import { verifyAuditChain } from '../../platform/audit.ts';

/** Fills the downloaded template the way a clerk would. */
async function fillTemplate(template: Buffer, rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Danh sách cán bộ')!;
  expect(ws.rowCount).toBe(1); // headers only: no example row a clerk could import by mistake
  rows.forEach((r, i) => (ws.getRow(i + 2).values = [i + 1, ...r]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(DIALECTS)('staff import and export (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let template: Buffer;
  const upload = (file: Buffer, query = 'dryRun=false') => {
    const m = multipart(file);
    return admin.send('POST', `/api/v1/people/import?${query}`, m.body, { 'content-type': m.type });
  };
  const count = async () =>
    Number(
      (
        await h.db.kysely
          .selectFrom('people')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    const vp = await makeOrg(admin, root, 'VP', 'Văn phòng Sở');
    await makePerson(admin, vp.id, {
      familyName: 'Trần',
      middleName: 'Thị',
      givenName: 'Mai',
      gender: 'female',
      dateOfBirth: '1980-01-02',
    });
    const res = await admin.get('/api/v1/people/import/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/filename\*=UTF-8''M%E1%BA%ABu/);
    template = res.rawPayload;
  });
  afterAll(() => h.close());

  const good = [
    [
      'Nguyễn',
      'Thị',
      'Lan',
      'Nữ',
      '05/09/1985',
      'Chuyên viên',
      'VP',
      'Công chức',
      '01/03/2010',
      'Đang công tác',
      '019185000123',
    ],
    [
      'Lê'.normalize('NFD'),
      'Văn',
      'Hùng',
      'nam',
      new Date(Date.UTC(1979, 11, 31)),
      'Lái xe',
      'vp',
      'Người lao động',
      null,
      null,
      19185000124,
    ],
  ];

  it('reports every bad row with its column; imports nothing', async () => {
    const before = await count();
    const file = await fillTemplate(template, [
      ...good,
      ['Phạm', 'Văn', '', 'Nam', '31/02/1990', '', 'KHONGCO', 'Công chức', '', '', '12345'],
      ['Hoàng', 'Thị', 'Yến', 'Nữ', '', '', 'VP', 'Bác sĩ', '', '', ''],
    ]);
    const res = await upload(file);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.ok).toBe(false);
    expect(r.imported).toBe(0);
    expect(r.totalRows).toBe(4);
    const at = (row: number) =>
      r.errors.filter((e: { row: number }) => e.row === row).map((e: { column: string }) => e.column);
    expect(at(4).sort()).toEqual(['Mã đơn vị', 'Ngày sinh', 'Số CCCD', 'Tên'].sort());
    expect(at(5)).toEqual(['Loại cán bộ']);
    expect(
      r.errors.find((e: { row: number; column: string }) => e.row === 4 && e.column === 'Ngày sinh').message,
    ).toMatch(/không hợp lệ/);
    expect(await count()).toBe(before);

    const report = await (() => {
      const m = multipart(file);
      return admin.send('POST', '/api/v1/people/import/report', m.body, { 'content-type': m.type });
    })();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const errCol = ws.getRow(1).cellCount;
    expect(ws.getRow(1).getCell(errCol).value).toBe('Lỗi');
    expect(String(ws.getRow(4).getCell(errCol).value)).toMatch(/Ngày sinh/);
    expect(ws.getRow(2).getCell(errCol).value).toBeNull();
  });

  it('imports a clean sheet all at once, NFC-normalised, with one audit entry naming the file', async () => {
    const before = await count();
    const audited = () =>
      h.db.kysely
        .selectFrom('audit_log')
        .select(['entity_type', 'after_json'])
        .where('action', '=', 'people.imported')
        .execute();
    const entriesBefore = (await audited()).length;
    const file = await fillTemplate(template, good);
    const dry = (await upload(file, 'dryRun=true')).json();
    expect(dry).toMatchObject({ ok: true, dryRun: true, imported: 0, totalRows: 2 });
    expect(await count()).toBe(before);
    expect(await audited()).toHaveLength(entriesBefore);
    const res = (await upload(file)).json();
    expect(res).toMatchObject({ ok: true, imported: 2 });
    expect(await count()).toBe(before + 2);
    const le = (await admin.get('/api/v1/people?q=le van hung')).json().items[0];
    expect(le.fullName).toBe('Lê Văn Hùng'.normalize('NFC'));
    expect(le.dateOfBirth).toBe('1979-12-31');
    const full = (await admin.get(`/api/v1/people/${le.id}`)).json();
    expect(full.citizenId).toBe('019185000124');
    // One entry for the import, not one per person: the file it read (name, size, SHA-256) and what it made.
    const entries = await audited();
    expect(entries).toHaveLength(entriesBefore + 1);
    expect(entries.at(-1)!.entity_type).toBe('people_import');
    expect(JSON.parse(entries.at(-1)!.after_json!)).toMatchObject({
      fileName: 'ds.xlsx',
      fileBytes: file.length,
      fileSha256: createHash('sha256').update(file).digest('hex'),
      rows: 2,
      imported: 2,
      byUnit: { [le.orgId]: 2 },
    });
    expect((await verifyAuditChain(h.db.kysely)).ok).toBe(true);
  });

  it('flags likely duplicates and imports them only when confirmed', async () => {
    const file = await fillTemplate(template, [
      ['Trần', 'Thị', 'Mai', 'Nữ', '02/01/1980', '', 'VP', 'Viên chức', '', '', ''],
      ['Đào', 'Văn', 'Tài', 'Nam', '03/03/1990', '', 'VP', 'Viên chức', '', '', ''],
      ['Đào', 'Văn', 'Tài', 'Nam', '03/03/1990', '', 'VP', 'Viên chức', '', '', ''],
    ]);
    const before = await count();
    const r = (await upload(file)).json();
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([]);
    expect(r.duplicates.map((d: { row: number }) => d.row)).toEqual([2, 4]);
    expect(r.duplicates[0].existingPersonId).toBeTruthy();
    expect(r.duplicates[1].otherRow).toBe(3);
    expect(await count()).toBe(before);
    expect((await upload(file, 'dryRun=false&allowDuplicates=true')).json().imported).toBe(3);
  });

  it('refuses what is not an Excel file, or a sheet with renamed columns', async () => {
    const before = await count();
    const garbage = await upload(Buffer.alloc(10 * 1024 * 1024, 7));
    expect(garbage.statusCode).toBe(415);
    expect(garbage.json().detail).toMatch(/không phải tệp Excel/);
    const zipButNotXlsx = await upload(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200)]));
    expect(zipButNotXlsx.statusCode).toBe(415);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('x');
    ws.addRow(['Họ', 'Tên gọi', 'Giới tính', 'Đơn vị']);
    ws.addRow(['Nguyễn', 'An', 'Nam', 'VP']);
    const renamed = await upload(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().code).toBe('missing_columns');
    expect(renamed.json().detail).toMatch(/Tên.*Mã đơn vị.*Loại cán bộ/);
    const noFile = await admin.send('POST', '/api/v1/people/import', { file: 'x' });
    expect(noFile.statusCode).toBe(415);
    expect(await count()).toBe(before);
  });

  it('exports the filtered view in the template layout, which imports back', async () => {
    const res = await admin.get('/api/v1/people/export.xlsx?q=tran');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(2).value).toBe('Họ');
    const names = [];
    for (let r = 2; r <= ws.rowCount; r++)
      names.push(`${ws.getRow(r).getCell(2).value} ${ws.getRow(r).getCell(4).value}`);
    expect(names).toEqual(['Trần Mai', 'Trần Mai']);
    const reimport = (await upload(res.rawPayload, 'dryRun=true')).json();
    expect(reimport.errors).toEqual([]);
    expect(reimport.duplicates).toHaveLength(2);
  });
});
