import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbook, toBuffer } from '../../platform/documents/xlsx.ts';
import { DIALECTS, asAdmin, makeHarness, multipart, type Client, type Harness } from '../../test/harness.ts';

const API = '/api/v1/procedures';

const electricity = {
  code: '1.003349',
  name: 'Cấp giấy phép hoạt động phát điện đối với nhà máy điện có quy mô dưới 03MW',
  field: 'electricity',
  level: 'province',
  agency: 'Sở Công Thương',
  interAgency: true,
  onlineLevel: 'full',
  content: {
    legalBasis: 'Luật Điện lực 2024;\nNghị định 146/2025/NĐ-CP',
    time: { amount: 15, unit: 'working_days' },
    fees: [
      { name: 'Phí thẩm định', amount: 2_100_000, note: 'Nộp khi nhận kết quả' },
      { name: 'Lệ phí cấp giấy phép', amount: 100_000, note: '' },
    ],
    documents: [
      { name: 'Văn bản đề nghị cấp giấy phép', kind: 'original', count: 1, required: true },
      { name: 'Giấy chứng nhận đăng ký doanh nghiệp', kind: 'copy', count: 1, required: false },
    ],
    steps: [
      { name: 'Tiếp nhận', unit: 'Bộ phận Một cửa', role: 'Cán bộ một cửa', amount: 4, timeUnit: 'working_hours' },
      {
        name: 'Thẩm định',
        unit: 'Phòng Quản lý năng lượng',
        role: 'Chuyên viên',
        amount: 12,
        timeUnit: 'working_days',
      },
    ],
    legs: [{ agency: 'Sở Tài chính', name: 'Ý kiến về giá điện', amount: 5, timeUnit: 'working_days' }],
    result: 'Giấy phép hoạt động điện lực',
    resultValidity: 'Theo thời hạn dự án',
    complianceCost: 3_500_000,
    yearlyDossiers: 12,
  },
};
const gas = {
  ...electricity,
  code: '2.001261',
  name: 'Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai',
  field: 'gas',
  interAgency: false,
  onlineLevel: 'partial',
  content: { ...electricity.content, time: { amount: 30, unit: 'calendar_days' }, steps: [], legs: [], fees: [] },
};

async function docxText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
}

describe.each(DIALECTS)('procedure catalog in Excel and the published list (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  const importFile = (file: Buffer, dryRun: boolean) => {
    const m = multipart(file);
    return admin.send('POST', `${API}/import?dryRun=${dryRun}`, m.body, { 'content-type': m.type });
  };
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const p = (await admin.send('POST', API, electricity)).json();
    const published = await admin.send('POST', `${API}/${p.id}/transitions`, {
      action: 'publish',
      version: p.version,
      decision: { no: '125/QĐ-UBND', date: '2026-02-10', signer: 'Chủ tịch UBND tỉnh' },
    });
    expect(published.statusCode, published.body).toBe(200);
    expect((await admin.send('POST', API, gas)).statusCode).toBe(200);
  });
  afterAll(() => h.close());

  it('exports the catalog and imports it back all-or-nothing, naming the rows at fault', async () => {
    const exported = await admin.get(`${API}/export.xlsx`);
    expect(exported.statusCode).toBe(200);
    const wb = await loadWorkbook(exported.rawPayload);
    const ws = wb.getWorksheet('Danh mục TTHC')!;
    expect(ws.getRow(1).getCell(2).text).toBe('Mã thủ tục');
    expect(ws.getRow(2).getCell(2).text).toBe('1.003349');

    // The same file again: both codes are already in the catalog.
    const again = (await importFile(exported.rawPayload, true)).json();
    expect(again).toMatchObject({ ok: false, totalRows: 2, imported: 0 });
    expect(again.errors).toEqual([
      { row: 2, column: 'Mã thủ tục', message: 'Mã thủ tục 1.003349 đã có trong danh mục' },
      { row: 3, column: 'Mã thủ tục', message: 'Mã thủ tục 2.001261 đã có trong danh mục' },
    ]);

    // New codes, one of them twice, and a field the catalog does not know: nothing is written.
    ws.getRow(2).getCell(2).value = '1.009001';
    ws.getRow(3).getCell(2).value = '1.009001';
    ws.getRow(3).getCell(4).value = 'Điện hạt nhân';
    const bad = await importFile(await toBuffer(wb), false);
    expect(bad.statusCode).toBe(200);
    expect(bad.json()).toMatchObject({ ok: false, imported: 0 });
    expect(bad.json().errors).toEqual(
      expect.arrayContaining([
        { row: 3, column: 'Mã thủ tục', message: 'Mã thủ tục 1.009001 trùng với dòng 2 của tệp' },
        { row: 3, column: 'Lĩnh vực', message: 'Lĩnh vực "Điện hạt nhân" không có trong danh mục' },
      ]),
    );
    expect((await admin.get(API)).json().total).toBe(2);

    ws.getRow(3).getCell(2).value = '2.009002';
    ws.getRow(3).getCell(4).value = 'Kinh doanh khí';
    const file = await toBuffer(wb);
    expect((await importFile(file, true)).json()).toMatchObject({ ok: true, dryRun: true, imported: 0 });
    expect((await admin.get(API)).json().total).toBe(2);
    const done = (await importFile(file, false)).json();
    expect(done).toMatchObject({ ok: true, imported: 2, published: 1, errors: [] });

    // The round trip keeps every field of each version; a row with its decision comes in published.
    const list = (await admin.get(`${API}?pageSize=10`)).json().items as { id: string; code: string }[];
    const byCode = new Map(list.map((i) => [i.code, i.id]));
    for (const [from, to] of [
      ['1.003349', '1.009001'],
      ['2.001261', '2.009002'],
    ] as const) {
      const a = (await admin.get(`${API}/${byCode.get(from)}`)).json();
      const b = (await admin.get(`${API}/${byCode.get(to)}`)).json();
      const strip = ({ id: _i, version: _v, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
      expect(strip(b.versions[0])).toEqual(strip(a.versions[0]));
      expect({ ...b, code: from }).toMatchObject({
        code: a.code,
        name: a.name,
        field: a.field,
        status: a.status,
        interAgency: a.interAgency,
        onlineLevel: a.onlineLevel,
      });
    }
  });

  it('prints the published procedures as the appendix of the publishing decision', async () => {
    const docx = await admin.get(`${API}/published.docx?decisionNo=125/QĐ-UBND`);
    expect(docx.statusCode).toBe(200);
    const text = await docxText(docx.rawPayload);
    expect(text).toContain('Phụ lục');
    expect(text).toContain('DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC CÔNG BỐ');
    expect(text).toContain('(Kèm theo Quyết định số 125/QĐ-UBND ngày 10/02/2026 của Chủ tịch UBND tỉnh)');
    expect(text).toContain('Lĩnh vực Điện');
    expect(text).toContain('1.003349');
    expect(text).toContain('15 ngày làm việc');
    expect(text).toContain('Phí thẩm định: 2.100.000 đồng (Nộp khi nhận kết quả)');
    // Drafts are not published.
    expect(text).not.toContain('2.001261');

    const xlsx = await admin.get(`${API}/published.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const ws = (await loadWorkbook(xlsx.rawPayload)).worksheets[0]!;
    const cells: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => cells.push(c.text)));
    expect(cells).toEqual(expect.arrayContaining(['Căn cứ pháp lý', 'Lĩnh vực Điện', '1.003349', '1.009001']));
  });

  it('exports the catalog as the list page filters and sorts it, every row of the view', async () => {
    const codes = async (query: string) => {
      const list = (await admin.get(`${API}?${query}&pageSize=500`)).json() as {
        items: { code: string }[];
        total: number;
      };
      const ws = (await loadWorkbook((await admin.get(`${API}/export.xlsx?${query}`)).rawPayload)).getWorksheet(
        'Danh mục TTHC',
      )!;
      const rows: string[] = [];
      for (let r = 2; r <= ws.rowCount; r++) rows.push(ws.getRow(r).getCell(2).text);
      expect(rows).toEqual(list.items.map((i) => i.code));
      expect(rows).toHaveLength(list.total);
      return rows;
    };
    expect((await codes('field=gas')).length).toBeGreaterThan(0);
    expect(await codes('field=gas')).not.toContain('1.003349');
    expect(await codes('sort=-code')).toEqual([...(await codes('sort=code'))].reverse());
    const found = await codes('q=phat dien');
    expect(found).toContain('1.003349');
    expect(found).not.toContain('2.001261');
  });
});
