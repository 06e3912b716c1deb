import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbook, toBuffer } from '../../platform/documents/xlsx.ts';
import { makeDisaggregation, makeIndicator } from '../../test/factories/statistics.ts';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeUser,
  multipart,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';

const API = '/api/v1/indicators';

describe.each(DIALECTS)('statistics catalog in Excel (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  const importFile = (c: Client, file: Buffer, dryRun: boolean) => {
    const m = multipart(file);
    return c.send('POST', `${API}/import?dryRun=${dryRun}`, m.body, { 'content-type': m.type });
  };
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const own = await makeDisaggregation(h, {
      code: 'TPKT',
      options: [
        { code: 'state', name: 'Nhà nước' },
        { code: 'fdi', name: 'FDI' },
      ],
    });
    await makeIndicator(h, { code: 'GTSX', name: 'Giá trị sản xuất công nghiệp', disaggregationId: own.id });
    await makeIndicator(h, {
      code: 'TT_FDI',
      name: 'Tỷ trọng khu vực FDI',
      unit: '%',
      aggregation: 'none',
      formula: 'share([GTSX.fdi], [GTSX])',
    });
    await makeIndicator(h, {
      code: 'SO_KCN',
      name: 'Số khu công nghiệp',
      unit: 'khu',
      aggregation: 'last',
      periodType: 'year',
      registryKind: 'industrial-zones',
      registryFilter: { zone_type: 'park' },
    });
  });
  afterAll(async () => h?.close());

  it('exports the catalog and imports it back all-or-nothing: updates by code, adds new codes, names the rows at fault', async () => {
    const exported = await admin.get(`${API}/export.xlsx`);
    expect(exported.statusCode).toBe(200);
    const wb = await loadWorkbook(exported.rawPayload);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header.slice(0, 4)).toEqual(['STT', 'Mã chỉ tiêu', 'Tên chỉ tiêu', 'Loại chỉ tiêu']);
    const col = (h: string) => header.indexOf(h) + 1;
    const codes = [2, 3, 4].map((r) => ws.getRow(r).getCell(col('Mã chỉ tiêu')).text);
    expect(codes).toEqual(['GTSX', 'SO_KCN', 'TT_FDI']);
    expect(ws.getRow(4).getCell(col('Công thức')).text).toBe('share([GTSX.fdi], [GTSX])');
    expect(ws.getRow(3).getCell(col('Bộ lọc (JSON)')).text).toBe('{"zone_type":"park"}');

    // The same file again: every row updates its indicator and nothing changes but the versions.
    const again = (await importFile(admin, exported.rawPayload, true)).json();
    expect(again).toMatchObject({ ok: true, dryRun: true, totalRows: 3, errors: [] });

    // A new derived row naming a code added by another row of the file, a cycle across rows, a summed
    // percentage and an unknown option: nothing is written.
    const add = (values: Record<string, string | number>) => {
      const row = ws.addRow([]);
      for (const [k, v] of Object.entries(values)) row.getCell(col(k)).value = v;
      return row.number;
    };
    const base = { 'Đơn vị tính': 'tỷ đồng', 'Cách tổng hợp': 'Cộng dồn', 'Kỳ báo cáo': 'Tháng' };
    add({ 'Mã chỉ tiêu': 'MOI_A', 'Tên chỉ tiêu': 'Mới A', ...base });
    const b = add({
      'Mã chỉ tiêu': 'MOI_B',
      'Tên chỉ tiêu': 'Mới B',
      'Loại chỉ tiêu': 'Tính theo công thức',
      'Công thức': '[MOI_A] + [MOI_C]',
      ...base,
    });
    const c = add({
      'Mã chỉ tiêu': 'MOI_C',
      'Tên chỉ tiêu': 'Mới C',
      'Loại chỉ tiêu': 'derived',
      'Công thức': '[MOI_B] * 2',
      ...base,
    });
    const pct = add({
      'Mã chỉ tiêu': 'MOI_D',
      'Tên chỉ tiêu': 'Mới D',
      ...base,
      'Đơn vị tính': '%',
      'Kiểu giá trị': 'Tỷ lệ, chỉ số (%)',
    });
    const opt = add({
      'Mã chỉ tiêu': 'MOI_E',
      'Tên chỉ tiêu': 'Mới E',
      'Loại chỉ tiêu': 'derived',
      'Công thức': '[GTSX.private]',
      ...base,
    });
    const bad = await importFile(admin, await toBuffer(wb), false);
    expect(bad.statusCode).toBe(200);
    const report = bad.json();
    expect(report).toMatchObject({ ok: false, created: 0, updated: 0 });
    expect(report.errors).toEqual(
      expect.arrayContaining([
        { row: b, column: 'Công thức', message: 'Công thức vòng tròn: [MOI_B] → [MOI_C] → [MOI_B]' },
        { row: c, column: 'Công thức', message: 'Công thức vòng tròn: [MOI_C] → [MOI_B] → [MOI_C]' },
        {
          row: pct,
          column: 'Cách tổng hợp',
          message: 'Tỷ lệ, chỉ số (%) không được cộng dồn: chọn bình quân, số cuối kỳ hoặc không cộng gộp',
        },
        expect.objectContaining({ row: opt, column: 'Công thức' }),
      ]),
    );
    expect((await admin.get(API)).json().total).toBe(3);

    // Fixed: C no longer names B, D is not summed, E names an option that exists.
    ws.getRow(c).getCell(col('Công thức')).value = '[MOI_A] * 2';
    ws.getRow(pct).getCell(col('Cách tổng hợp')).value = 'Bình quân';
    ws.getRow(opt).getCell(col('Công thức')).value = '[GTSX.state]';
    ws.getRow(2).getCell(col('Tên chỉ tiêu')).value = 'Giá trị sản xuất ngành công nghiệp';
    const done = (await importFile(admin, await toBuffer(wb), false)).json();
    expect(done).toMatchObject({ ok: true, created: 5, updated: 3, errors: [] });
    const list = (await admin.get(`${API}?pageSize=50`)).json();
    expect(list.total).toBe(8);
    const gtsx = list.items.find((i: { code: string }) => i.code === 'GTSX');
    expect(gtsx).toMatchObject({
      name: 'Giá trị sản xuất ngành công nghiệp',
      version: 2,
      disaggregation: { code: 'TPKT' },
    });
    const kcn = list.items.find((i: { code: string }) => i.code === 'SO_KCN');
    expect(kcn).toMatchObject({
      kind: 'registry',
      registryKind: 'industrial-zones',
      registryFilter: { zone_type: 'park' },
    });
  });

  it('a renamed column is refused naming the header the template expects', async () => {
    const wb = await loadWorkbook((await admin.get(`${API}/export.xlsx`)).rawPayload);
    const ws = wb.worksheets[0]!;
    ws.getRow(1).getCell(3).value = 'Tên gọi';
    ws.getRow(1).getCell(10).value = 'Công thức tính';
    const res = await importFile(admin, await toBuffer(wb), true);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('missing_columns');
    expect(body.detail).toContain('Tệp thiếu cột bắt buộc: Tên chỉ tiêu.');
    expect(body.detail).toContain('Cột không có trong mẫu: "Tên gọi", "Công thức tính".');
  });

  it('a statistics reporter may export but not import the catalog', async () => {
    await makeUser(admin, 'bc.excel', [{ role: 'stat_reporter', orgId: await rootOrgId(h) }], 'Baocao@2026x');
    const reporter = await signIn(h.app, 'bc.excel', 'Baocao@2026x');
    const file = (await reporter.get(`${API}/export.xlsx`)).rawPayload;
    expect(file.length).toBeGreaterThan(1000);
    expect((await importFile(reporter, file, true)).statusCode).toBe(403);
  });

  it('exports the catalog as the list page filters and sorts it, every row of the view', async () => {
    const codes = async (query: string) => {
      const list = (await admin.get(`${API}?${query}&pageSize=500`)).json() as {
        items: { code: string }[];
        total: number;
      };
      const ws = (await loadWorkbook((await admin.get(`${API}/export.xlsx?${query}`)).rawPayload)).worksheets[0]!;
      const rows: string[] = [];
      for (let r = 2; r <= ws.rowCount; r++) rows.push(ws.getRow(r).getCell(2).text);
      expect(rows).toEqual(list.items.map((i) => i.code));
      expect(rows).toHaveLength(list.total);
      return rows;
    };
    const all = await codes('');
    const yearly = await codes('periodType=year');
    expect(yearly.length).toBeGreaterThan(0);
    expect(yearly.length).toBeLessThan(all.length);
    expect(await codes('sort=-code')).toEqual([...all].reverse());
  });
});
