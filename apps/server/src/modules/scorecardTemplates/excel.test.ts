import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbook, toBuffer } from '../../platform/documents/xlsx.ts';
import { DIALECTS, asAdmin, makeHarness, multipart, type Client, type Harness } from '../../test/harness.ts';
import { TREE, shapeOf } from './fixtures.ts';

const API = '/api/v1/scorecard-templates';

describe.each(DIALECTS)('scorecard templates in Excel (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let source: { id: string; name: string; items: { id: string; children: unknown[] }[] };

  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const made = (
      await admin.send('POST', API, { kind: 'par', year: 2025, name: 'Chỉ số CCHC cấp sở năm 2025' })
    ).json();
    const saved = await admin.send('PUT', `${API}/${made.id}`, {
      name: made.name,
      bonusCap: 3,
      penaltyCap: 2,
      items: TREE,
      version: made.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    source = saved.json();
  });
  afterAll(() => h.close());

  const importFile = (id: string, file: Buffer, dryRun: boolean) => {
    const m = multipart(file);
    return admin.send('POST', `${API}/${id}/import?dryRun=${dryRun}`, m.body, { 'content-type': m.type });
  };
  const empty = async (year: number) =>
    (await admin.send('POST', API, { kind: 'par', year, name: `Chỉ số CCHC năm ${year}` })).json();
  const exported = async () => {
    const res = await admin.get(`${API}/${source.id}/export.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    return res.rawPayload;
  };

  it('exports the tree as rows and imports it back as the same tree', async () => {
    const file = await exported();
    const ws = (await loadWorkbook(file)).worksheets[0]!;
    expect((ws.getRow(1).values as string[]).slice(1)).toEqual([
      'STT',
      'Mã',
      'Loại',
      'Tên tiêu chí',
      'Điểm tối đa',
      'Hướng dẫn chấm',
      'Tài liệu kiểm chứng',
      'Cách chấm',
      'Nguồn số liệu',
      'Quy tắc',
    ]);
    expect((ws.getRow(6).values as unknown[]).slice(2)).toEqual([
      '1.2',
      'Tiêu chí',
      'Tỷ lệ hồ sơ giải quyết đúng hạn',
      20,
      '',
      '',
      'Tính từ số liệu',
      'onestop.on_time_rate',
      'Theo mức: từ 95 được 20; từ 90 được 12,5',
    ]);
    expect(ws.rowCount).toBe(13);
    expect((ws.getRow(12).values as unknown[]).slice(3, 6)).toEqual([
      'Mức điểm thưởng tối đa',
      'Tổng điểm thưởng được cộng không vượt quá mức này',
      3,
    ]);

    const target = await empty(2026);
    const dry = (await importFile(target.id, file, true)).json();
    expect(dry).toMatchObject({ ok: true, dryRun: true, totalRows: 12, imported: 0, errors: [], template: null });
    expect((await admin.get(`${API}/${target.id}`)).json()).toMatchObject({ items: [], version: 1 });

    const done = (await importFile(target.id, file, false)).json();
    expect(done).toMatchObject({ ok: true, dryRun: false, imported: 10, errors: [] });
    expect(shapeOf(done.template.items)).toEqual(shapeOf(source.items));
    expect(done.template).toMatchObject({ bonusCap: 3, penaltyCap: 2, maxTotal: 100, problems: [] });

    // Into the template it came from: the same codes keep their ids, so the tree is identical.
    const back = (await importFile(source.id, file, false)).json();
    expect(back.ok).toBe(true);
    expect(back.template.items).toEqual(source.items);
    const audit = await h.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', source.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('scorecard_template.imported');
  });

  it('refuses a renamed column, and reports bad rows one by one writing nothing', async () => {
    const target = await empty(2027);
    const wb = await loadWorkbook(await exported());
    const ws = wb.worksheets[0]!;
    ws.getRow(1).getCell(5).value = 'Điểm';
    const renamed = await importFile(target.id, await toBuffer(wb), false);
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json()).toMatchObject({ code: 'missing_columns' });
    expect(renamed.json().detail).toContain('Tệp thiếu cột: Điểm tối đa');

    ws.getRow(1).getCell(5).value = 'Điểm tối đa';
    ws.getRow(3).getCell(5).value = 'bốn mươi';
    ws.getRow(8).getCell(5).value = 25; // field 2's criteria now add up to 55 of its 40 points
    ws.getRow(10).getCell(9).value = 'Nguồn không có';
    ws.getRow(6).getCell(2).value = '3.1'; // no field 3 above it
    const bad = await importFile(target.id, await toBuffer(wb), false);
    expect(bad.statusCode).toBe(200);
    expect(bad.json()).toMatchObject({ ok: false, imported: 0, template: null });
    expect(bad.json().errors).toEqual([
      { row: 3, column: 'Điểm tối đa', message: 'Điểm tối đa phải là một số (đang ghi "bốn mươi")' },
      { row: 6, column: 'Mã', message: 'Mã 3.1: chưa có mục 3 ở dòng trên (mục cha phải đứng trước mục con)' },
    ]);
    // Rows readable one by one, a tree that is not: the problem on the row it concerns.
    ws.getRow(3).getCell(5).value = 40;
    ws.getRow(6).getCell(2).value = '1.2';
    const tree = (await importFile(target.id, await toBuffer(wb), true)).json();
    expect(tree.ok).toBe(false);
    expect(tree.errors).toEqual([
      {
        row: 7,
        column: 'Điểm tối đa',
        message: '2 Công tác thi đua, khen thưởng: tổng điểm các tiêu chí con (55) vượt điểm tối đa (40)',
      },
      {
        row: 10,
        column: 'Nguồn số liệu',
        message: 'A Được Chính phủ tặng Cờ thi đua: tiêu chí chấm thủ công không dùng nguồn số liệu (Nguồn không có)',
      },
    ]);
    const after = (await admin.get(`${API}/${target.id}`)).json();
    expect(after).toMatchObject({ items: [], version: 1 });
  });
});
