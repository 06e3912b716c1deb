import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, makeHarness, type Harness } from '../../test/harness.ts';
import { makeProcedure, type MadeProcedure } from '../../test/factories/onestop.ts';

/** The published catalog without sign-in: search without diacritics, fields, one procedure's page. */
describe.each(DIALECTS)('public procedure catalog (%s)', (dialect) => {
  let h: Harness;
  let wine: MadeProcedure;
  let draft: MadeProcedure;
  let abolished: MadeProcedure;
  // Pages are formatted markup: compare their text with runs of white space as one space.
  const get = async (url: string) => {
    const res = await h.app.inject({ method: 'GET', url });
    return { statusCode: res.statusCode, headers: res.headers, body: res.body.replace(/\s+/gu, ' ') };
  };

  beforeAll(async () => {
    h = await makeHarness(dialect);
    const db = h.db.kysely;
    wine = await makeProcedure(db, {
      code: '2.000633',
      name: 'Cấp Giấy phép bán buôn rượu',
      field: 'alcohol',
      timeAmount: 15,
      feeTotal: 1_200_000,
      onlineLevel: 'full',
      legalBasis: 'Nghị định 105/2017/NĐ-CP\nNghị định 17/2020/NĐ-CP',
    });
    await makeProcedure(db, { code: '2.000634', name: 'Cấp Giấy phép bán lẻ rượu', field: 'alcohol' });
    await makeProcedure(db, {
      code: '2.000180',
      name: 'Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG',
      field: 'gas',
    });
    await makeProcedure(db, { code: '2.000999', name: 'Thủ tục <script>alert(1)</script> thử', field: 'gas' });
    draft = await makeProcedure(db, { code: '2.000700', name: 'Dự thảo bán buôn rượu mới', field: 'alcohol' });
    await db.updateTable('procedures').set({ status: 'draft' }).where('id', '=', draft.id).execute();
    await db.updateTable('procedure_versions').set({ status: 'draft' }).where('id', '=', draft.versionId).execute();
    abolished = await makeProcedure(db, { code: '2.000701', name: 'Bán buôn rượu đã bãi bỏ', field: 'alcohol' });
    await db.updateTable('procedures').set({ status: 'abolished' }).where('id', '=', abolished.id).execute();
    await db
      .updateTable('procedure_versions')
      .set({ status: 'abolished' })
      .where('id', '=', abolished.versionId)
      .execute();
  });
  afterAll(() => h.close());

  it('finds "Giấy phép bán buôn rượu" typed without diacritics, and no draft or abolished procedure', async () => {
    const res = await get('/thu-tuc?q=ban%20buon%20ruou');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Cấp Giấy phép bán buôn rượu');
    expect(res.body).toContain('href="/thu-tuc/2.000633"');
    expect(res.body).not.toContain('bán lẻ rượu');
    expect(res.body).not.toContain('Dự thảo bán buôn');
    expect(res.body).not.toContain('đã bãi bỏ');
    expect(res.body).toContain('Có 1 thủ tục phù hợp.');
    // With diacritics and in capitals alike.
    expect((await get(`/thu-tuc?q=${encodeURIComponent('BÁN BUÔN Rượu')}`)).body).toContain('href="/thu-tuc/2.000633"');
  });

  it('lists every published procedure grouped by field, and filters by field', async () => {
    const all = await get('/thu-tuc');
    expect(all.body).toMatch(/<title>Thủ tục hành chính – [^<]+<\/title>/);
    expect(all.body).toContain('<html lang="vi">');
    expect(all.body).toContain('Có 4 thủ tục đang áp dụng.');
    // Fields in the catalog's order (gas before alcohol), each under its heading.
    const gas = all.body.indexOf('<h2>Kinh doanh khí</h2>');
    const alcohol = all.body.indexOf('<h2>Lưu thông hàng hóa trong nước (rượu)</h2>');
    expect(gas).toBeGreaterThan(0);
    expect(alcohol).toBeGreaterThan(gas);
    // Within a field, Vietnamese order: "bán buôn" before "bán lẻ".
    expect(all.body.indexOf('bán buôn rượu')).toBeLessThan(all.body.indexOf('bán lẻ rượu'));
    expect(all.body).not.toContain('href="/thu-tuc/2.000700"');
    expect(all.body).not.toContain('href="/thu-tuc/2.000701"');

    const gasOnly = await get('/thu-tuc?linh-vuc=gas');
    expect(gasOnly.body).toContain('LPG');
    expect(gasOnly.body).not.toContain('href="/thu-tuc/2.000633"');
    expect(gasOnly.body).toContain('<option value="gas" selected>');
    // An unknown field is ignored rather than refused.
    expect((await get('/thu-tuc?linh-vuc=khong-co')).statusCode).toBe(200);
  });

  it('pages the list twenty at a time', async () => {
    for (let i = 0; i < 21; i++)
      await makeProcedure(h.db.kysely, {
        code: `1.${String(100 + i).padStart(6, '0')}`,
        name: `Thủ tục phân trang ${String(i).padStart(2, '0')}`,
        field: 'electricity',
      });
    const first = await get('/thu-tuc?linh-vuc=electricity');
    expect(first.body).toContain('Trang 1/2');
    expect(first.body).toContain('href="/thu-tuc?linh-vuc=electricity&amp;trang=2"');
    expect(first.body).toContain('phân trang 19');
    expect(first.body).not.toContain('phân trang 20');
    const second = await get('/thu-tuc?linh-vuc=electricity&trang=2');
    expect(second.body).toContain('phân trang 20');
    expect(second.body).toContain('Trang 2/2');
  });

  it('shows one procedure: documents, time in words, fees in đồng, steps, legal basis, result, where to submit', async () => {
    const res = await get('/thu-tuc/2.000633');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Cấp Giấy phép bán buôn rượu – Thủ tục hành chính – ');
    expect(res.body).toContain('15 ngày làm việc');
    expect(res.body).toContain('1.200.000 đ');
    expect(res.body).toContain('Đơn đề nghị cấp giấy phép (Mẫu số 01)');
    expect(res.body).toContain('Bản chính: 1 bản');
    expect(res.body).toContain('Bản sao: 1 bản');
    expect(res.body).toContain('(nếu có)');
    expect(res.body).toContain('Thẩm định hồ sơ');
    expect(res.body).toContain('<li>Nghị định 17/2020/NĐ-CP</li>');
    expect(res.body).toContain('Giấy phép');
    expect(res.body).toContain('Thời hạn hiệu lực: 05 năm');
    expect(res.body).toContain('Dịch vụ công trực tuyến toàn trình');
    expect(res.body).toContain('Bộ phận Một cửa');
    expect(res.body).toContain(wine.name);
  });

  it('answers 404 pages for a draft, an abolished and an unknown procedure', async () => {
    for (const code of [draft.code, abolished.code, '9.999999', 'abc']) {
      const res = await get(`/thu-tuc/${code}`);
      expect(res.statusCode, code).toBe(404);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('Không tìm thấy thủ tục');
    }
  });

  it('escapes a stored name wherever it is shown', async () => {
    for (const url of ['/thu-tuc?linh-vuc=gas', '/thu-tuc/2.000999', '/thu-tuc?q=%3Cscript%3E']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toContain('<script');
      expect(res.body, url).toContain('&lt;script&gt;');
    }
  });
});
