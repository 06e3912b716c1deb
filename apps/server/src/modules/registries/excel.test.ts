import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, asAdmin, makeHarness, multipart, type Client, type Harness } from '../../test/harness.ts';
import { makeRegistryRow, makeStatUnit } from '../../test/factories/registries.ts';

const API = '/api/v1/registries/craft-villages';

async function sheetOf(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return { wb, ws: wb.worksheets[0]! };
}
const bufferOf = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

describe.each(DIALECTS)('registries in Excel (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  const importFile = (file: Buffer, dryRun: boolean) => {
    const m = multipart(file);
    return admin.send('POST', `${API}/import?dryRun=${dryRun}`, m.body, { 'content-type': m.type });
  };
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const k = h.db.kysely;
    const unit = await makeStatUnit(k, 'X-002', 'Xã Phú Lạc');
    await makeRegistryRow(k, 'craft-villages', {
      name: 'Làng nghề chè Tân Cương',
      valid_from: '2015-01-01',
      traditional: 1,
      decision_no: '123/QĐ-UBND',
      decision_date: '2014-12-20',
      households: 500,
      craft_households: 300,
      unit_id: unit,
      products: 'Chè búp khô',
    });
    await makeRegistryRow(k, 'craft-villages', {
      name: 'Làng rèn Hà Châu',
      valid_from: '2010-01-01',
      valid_to: '2022-06-30',
      status: 'revoked',
      note: 'Thu hồi danh hiệu',
    });
  });
  afterAll(() => h.close());

  it('exports the view with Vietnamese headers and dd/mm/yyyy dates, and re-imports it unchanged', async () => {
    const res = await admin.get(`${API}/export.xlsx`);
    expect(res.statusCode).toBe(200);
    const { ws } = await sheetOf(res.rawPayload);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['STT', 'Mã', 'Tên làng nghề', 'Làng nghề truyền thống']);
    const row = ws.getRow(2).values as unknown[];
    expect(row).toContain('Làng nghề chè Tân Cương');
    expect(row).toContain('20/12/2014');
    expect(row).toContain('X-002');
    expect(row).toContain('Có');
    const asOf = await sheetOf((await admin.get(`${API}/export.xlsx?asOf=2022-06-30`)).rawPayload);
    expect(asOf.ws.rowCount).toBe(2);
    const again = await importFile(res.rawPayload, false);
    expect(again.json()).toMatchObject({ ok: true, totalRows: 2, created: 0, updated: 0, errors: [] });
  });

  it('imports all or nothing with a row report, and refuses renamed columns', async () => {
    const { wb, ws } = await sheetOf((await admin.get(`${API}/export.xlsx`)).rawPayload);
    const cols = (ws.getRow(1).values as unknown[]).map(String);
    const col = (header: string) => cols.indexOf(header);
    const add = (values: Record<string, string | number>) => {
      const r = ws.addRow([]);
      for (const [k, v] of Object.entries(values)) r.getCell(col(k)).value = v;
    };
    add({
      'Tên làng nghề': 'Làng nghề mây tre đan Phú Lạc',
      'Trạng thái': 'Đang được công nhận',
      'Hiệu lực từ ngày': '30/06/2022',
      'Làng nghề truyền thống': 'Không',
    });
    add({ 'Tên làng nghề': 'Làng gốm', 'Trạng thái': 'Đang được công nhận', 'Hiệu lực từ ngày': '31/02/2022' });
    add({
      'Tên làng nghề': 'Làng gốm Bắc Sơn',
      'Trạng thái': 'Đang được công nhận',
      'Hiệu lực từ ngày': '01/02/2022',
      'Tổng số hộ': 100,
      'Số hộ làm nghề': 150,
    });
    ws.getRow(2).getCell(col('Tên làng nghề')).value = 'Làng nghề chè Tân Cương (sửa)';
    const bad = await importFile(await bufferOf(wb), false);
    expect(bad.statusCode).toBe(200);
    const report = bad.json();
    expect(report.ok).toBe(false);
    expect(report.errors.map((e: { row: number; column: string }) => `${e.row} ${e.column}`)).toEqual([
      '5 Hiệu lực từ ngày',
      '6 Số hộ làm nghề',
    ]);
    expect((await admin.get(API)).json().total).toBe(2);
    for (const n of [5, 6]) ws.getRow(n).values = [];
    const good = await importFile(await bufferOf(wb), false);
    expect(good.json(), good.body).toMatchObject({ ok: true, created: 1, updated: 1 });
    expect((await admin.get(`${API}?q=phu%20lac`)).json().items[0]).toMatchObject({
      validFrom: '2022-06-30',
      traditional: false,
    });
    expect((await admin.get(`${API}?q=sua`)).json().total).toBe(1);
    ws.getRow(1).getCell(col('Tổng số hộ')).value = 'Số hộ';
    const renamed = await importFile(await bufferOf(wb), true);
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json()).toMatchObject({ code: 'missing_columns' });
    expect(renamed.json().detail).toContain('Tổng số hộ');
  });
});
