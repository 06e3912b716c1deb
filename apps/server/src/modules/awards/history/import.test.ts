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
} from '../../../test/harness.ts';

async function fill(template: Buffer, sheet: string, rows: (string | number | null)[][], from = 2): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet) ?? wb.worksheets[0]!;
  rows.forEach((r, i) => (ws.getRow(i + from).values = r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(DIALECTS)('award history and ratings from Excel (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let template: Buffer;
  let lan: string;
  let unitId: string;
  const upload = (url: string, file: Buffer) => {
    const m = multipart(file);
    return admin.send('POST', url, m.body, { 'content-type': m.type });
  };
  const records = async () =>
    h.db.kysely.selectFrom('award_records').selectAll().orderBy('year').orderBy('award_code').execute();

  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    unitId = (await makeOrg(admin, root, 'QLNL', 'Phòng Quản lý Năng lượng')).id;
    lan = (
      await makePerson(admin, unitId, { familyName: 'Hoàng', middleName: 'Thị', givenName: 'Lan', gender: 'female' })
    ).id;
    await makePerson(admin, unitId, {
      familyName: 'Vũ',
      middleName: 'Đức',
      givenName: 'Minh',
      dateOfBirth: '1980-02-01',
    });
    await makePerson(admin, unitId, {
      familyName: 'Vũ',
      middleName: 'Đức',
      givenName: 'Minh',
      dateOfBirth: '1991-07-15',
    });
    const res = await admin.get('/api/v1/history/awards/import/template.xlsx');
    expect(res.statusCode).toBe(200);
    template = res.rawPayload;
  });
  afterAll(() => h.close());

  it('offers a template with the catalog, the unit codes and a how-to, and no example row', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Lịch sử khen thưởng',
      'Danh mục khen thưởng',
      'Mã đơn vị',
      'Hướng dẫn',
    ]);
    expect(wb.worksheets[0]!.rowCount).toBe(1);
    const names: string[] = [];
    wb.getWorksheet('Danh mục khen thưởng')!.eachRow((r) => names.push(String(r.getCell(1).value)));
    expect(names).toContain('Chiến sĩ thi đua cơ sở');
  });

  it('refuses the whole file when one row is wrong, saying which row and column', async () => {
    const file = await fill(template, 'Lịch sử khen thưởng', [
      [1, 'Cá nhân', 'Hoàng Thị Lan', null, 'QLNL', 'Lao động tiên tiến', '2019', null, '12/QĐ-SCT', '20/12/2019'],
      [2, 'Cá nhân', 'Hoàng Thị Lan', null, 'QLNL', 'Huy chương vàng trên trời', '2020'],
      [3, 'Cá nhân', 'Vũ Đức Minh', null, 'QLNL', 'Lao động tiên tiến', '2020'],
      [4, 'Cá nhân', 'Hoàng Thị Lan', null, 'QLNL', 'Tập thể lao động xuất sắc', '2020'],
      [5, 'Tập thể', 'Phòng Quản lý Năng lượng', null, 'QLNL', 'Tập thể lao động xuất sắc', '2021-2020'],
    ]);
    const res = await upload('/api/v1/history/awards/import?dryRun=false', file);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.ok).toBe(false);
    expect(body.errors).toEqual([
      {
        row: 3,
        column: 'Danh hiệu / Hình thức khen thưởng',
        message: 'Không có danh hiệu/hình thức "Huy chương vàng trên trời" trong danh mục',
      },
      { row: 4, column: 'Ngày sinh', message: 'Đơn vị có 2 người tên "Vũ Đức Minh": ghi thêm ngày sinh để phân biệt' },
      {
        row: 5,
        column: 'Danh hiệu / Hình thức khen thưởng',
        message: '"Tập thể lao động xuất sắc" không xét tặng cho cá nhân',
      },
      { row: 6, column: 'Năm (hoặc giai đoạn)', message: 'Năm đầu phải trước năm cuối' },
    ]);
    expect(await records()).toEqual([]);
    const report = await upload('/api/v1/history/awards/import/report', file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const errCol = ws.getRow(1).cellCount;
    expect(ws.getRow(1).getCell(errCol).value).toBe('Lỗi / Cảnh báo');
    expect(String(ws.getRow(3).getCell(errCol).value)).toContain('Huy chương vàng trên trời');
  });

  it('flags duplicates and contradictions, imports only when confirmed, and keeps the flag', async () => {
    const file = await fill(template, 'Lịch sử khen thưởng', [
      [1, 'Cá nhân', 'Hoàng Thị Lan', null, 'QLNL', 'Lao động tiên tiến', '2019', null, '12/QĐ-SCT', '20/12/2019'],
      [2, 'Cá nhân', 'hoang thi lan', null, 'QLNL', 'lao dong tien tien', '2019', null, '12/QĐ-SCT', '20/12/2019'],
      [3, 'Cá nhân', 'Vũ Đức Minh', '01/02/1980', 'QLNL', 'grassroots_emulation_fighter', '2020'],
      [4, 'Tập thể', 'Phòng Quản lý Năng lượng', null, 'QLNL', 'Tập thể lao động xuất sắc', '2020', null, '30/QĐ-SCT'],
      [
        5,
        'Cá nhân',
        'Hoàng Thị Lan',
        null,
        'QLNL',
        'Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
        '2018-2020',
        'Theo chuyên đề',
      ],
    ]);
    const dry = (await upload('/api/v1/history/awards/import?dryRun=true', file)).json();
    expect(dry).toMatchObject({ ok: false, dryRun: true, totalRows: 5, errors: [] });
    expect(dry.flags.map((f: { row: number }) => f.row)).toEqual([2, 3]);
    expect(dry.flags[0].message).toContain('Trùng: Lao động tiên tiến năm 2019');
    const refused = (await upload('/api/v1/history/awards/import?dryRun=false', file)).json();
    expect(refused.ok).toBe(false);
    expect(await records()).toEqual([]);

    const done = (await upload('/api/v1/history/awards/import?dryRun=false&allowFlagged=true', file)).json();
    expect(done).toMatchObject({ ok: true, imported: 5 });
    const saved = await records();
    expect(saved.map((r) => [r.award_code, r.year, r.from_year, r.origin])).toEqual([
      ['advanced_worker', 2019, 2019, 'imported'],
      ['advanced_worker', 2019, 2019, 'imported'],
      ['excellent_collective', 2020, 2020, 'imported'],
      ['grassroots_emulation_fighter', 2020, 2020, 'imported'],
      ['provincial_emulation_fighter', 2020, 2018, 'imported'],
    ]);
    expect(saved.filter((r) => r.flag).length).toBe(2);
    expect(saved.find((r) => r.award_code === 'provincial_emulation_fighter')!.commendation_type).toBe('thematic');
    const hist = (await admin.get(`/api/v1/history?subjectId=${lan}`)).json();
    expect(hist.issues[0].message).toContain('Trùng');
    const audit = await h.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'award_record.imported')
      .execute();
    expect(audit).toHaveLength(5);
  });

  it('reads a filled-in ratings sheet back, labels with or without diacritics, all or nothing', async () => {
    const exported = await admin.get(`/api/v1/ratings/export.xlsx?orgId=${unitId}&year=2023`);
    expect(exported.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(5); // header, the unit, three people
    expect(ws.getRow(2).getCell(4).value).toBe('Phòng Quản lý Năng lượng');
    ws.getRow(2).getCell(6).value = 'HTXSNV';
    ws.getRow(3).getCell(6).value = 'hoan thanh tot nhiem vu';
    ws.getRow(4).getCell(6).value = 'Xuất sắc lắm';
    const bad = Buffer.from(await wb.xlsx.writeBuffer());
    const refused = (await upload('/api/v1/ratings/import?year=2023', bad)).json();
    expect(refused.ok).toBe(false);
    expect(refused.errors).toEqual([{ row: 4, column: 'Xếp loại', message: 'Không rõ mức xếp loại "Xuất sắc lắm"' }]);
    expect(
      (await admin.get(`/api/v1/ratings?orgId=${unitId}&year=2023`))
        .json()
        .items.every((r: { rating: null }) => r.rating === null),
    ).toBe(true);
    ws.getRow(4).getCell(6).value = 'Hoàn thành nhiệm vụ';
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    const done = (await upload('/api/v1/ratings/import?year=2023', good)).json();
    expect(done).toMatchObject({ ok: true, imported: 3 });
    const grid = (await admin.get(`/api/v1/ratings?orgId=${unitId}&year=2023`)).json();
    expect(grid.items.map((r: { rating: string | null }) => r.rating)).toEqual([
      'excellent',
      'good',
      'completed',
      null,
    ]);
  });

  it('imports discipline, review and maternity-leave periods all or nothing, and the engine reads them', async () => {
    const res = await admin.get('/api/v1/history/periods/import/template.xlsx');
    expect(res.statusCode).toBe(200);
    const tpl = res.rawPayload;
    const bad = await fill(tpl, 'Kỷ luật – xem xét – thai sản', [
      [1, 'Cá nhân', 'Hoàng Thị Lan', null, 'QLNL', 'Nghỉ thai sản', 'Nghỉ thai sản', '01/03/2025', '31/08/2025'],
      [2, 'Cá nhân', 'Vũ Đức Minh', '01/02/1980', 'QLNL', 'Kỷ luật', 'Phê bình', '10/02/2026', '09/02/2027'],
      [3, 'Tập thể', 'Phòng Quản lý Năng lượng', null, 'QLNL', 'Nghỉ thai sản', '', '01/03/2025', '31/08/2025'],
      [
        4,
        'Cá nhân',
        'Vũ Đức Minh',
        '15/07/1991',
        'QLNL',
        'Đang bị xem xét',
        'Đang giải quyết khiếu nại, tố cáo',
        '05/10/2026',
        '01/10/2026',
      ],
    ]);
    const refused = (await upload('/api/v1/history/periods/import', bad)).json();
    expect(refused.ok).toBe(false);
    expect(refused.errors).toEqual([
      { row: 3, column: 'Hình thức / nội dung', message: expect.stringContaining('Không rõ "Phê bình"') },
      { row: 4, column: 'Loại', message: 'Nghỉ thai sản chỉ ghi cho cá nhân' },
      { row: 5, column: 'Đến ngày', message: 'Ngày kết thúc phải sau ngày bắt đầu' },
    ]);
    const count = async () =>
      Number(
        (
          await h.db.kysely
            .selectFrom('subject_periods')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count()).toBe(0);

    const good = await fill(tpl, 'Kỷ luật – xem xét – thai sản', [
      [1, 'Cá nhân', 'Hoàng Thị Lan', null, 'QLNL', 'Nghỉ thai sản', 'Nghỉ thai sản', '01/03/2025', '31/08/2025'],
      [
        2,
        'Cá nhân',
        'Vũ Đức Minh',
        '01/02/1980',
        'QLNL',
        'Kỷ luật',
        'Khiển trách',
        '10/02/2026',
        '09/02/2027',
        '12/QĐ-SCT',
      ],
      [
        3,
        'Cá nhân',
        'Vũ Đức Minh',
        '15/07/1991',
        'QLNL',
        'dang bi xem xet',
        'dang giai quyet khieu nai, to cao',
        '05/10/2026',
      ],
    ]);
    const done = (await upload('/api/v1/history/periods/import', good)).json();
    expect(done).toMatchObject({ ok: true, imported: 3, errors: [] });
    expect(await count()).toBe(3);
    const hist = (await admin.get(`/api/v1/history?subjectId=${lan}`)).json();
    expect(hist.periods).toEqual([
      expect.objectContaining({ category: 'leave', kind: 'maternity', from: '2025-03-01', to: '2025-08-31' }),
    ]);
    const minh = (
      await h.db.kysely
        .selectFrom('people')
        .select('id')
        .where('date_of_birth', '=', '1980-02-01')
        .executeTakeFirstOrThrow()
    ).id;
    await admin.send('PUT', '/api/v1/ratings', {
      year: 2026,
      items: [{ subjectKind: 'individual', subjectId: minh, rating: 'good', version: null }],
    });
    const check = (
      await admin.send('POST', '/api/v1/eligibility/check', {
        subjectId: minh,
        awardCode: 'advanced_worker',
        year: 2026,
      })
    ).json();
    expect(check.criteria.find((c: { key: string }) => c.key === 'no_discipline').met).toBe(false);
  });
});
