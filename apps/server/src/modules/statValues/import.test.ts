import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, multipart } from '../../test/harness.ts';
import { VALUE_COLUMNS } from './excel.ts';
import { grid, makeStatKit, type StatKit } from './testkit.ts';

type Row = (string | number | null)[];

/** A workbook in the template's layout: STT, then the fixed columns. */
async function book(rows: Row[], headers: string[] = VALUE_COLUMNS.map((c) => c.header)): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Số liệu');
  ws.addRow(['STT', ...headers]);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
/** period, unit, indicator, option, value (the names are for the reader and left empty). */
const row = (period: string, unit: string, indicator: string, option: string, value: string | number | null): Row => [
  period,
  unit,
  '',
  indicator,
  '',
  '',
  option,
  '',
  value,
  '',
  '',
];
const monthOf = (period: string, total: number): Row[] => [
  row(period, 'U1', 'GTSX', '', total),
  row(period, 'U1', 'GTSX', 'state', total / 4),
  row(period, 'U1', 'GTSX', 'non_state', total / 4),
  row(period, 'U1', 'GTSX', 'fdi', total / 2),
  row(period, 'U1', 'XK', '', '1.234,5'),
];

describe.each(DIALECTS)('statistics Excel template and import (%s)', (dialect) => {
  let k: StatKit;
  beforeAll(async () => {
    k = await makeStatKit(dialect);
  });
  afterAll(() => k.h.close());

  const upload = async (file: Buffer, query = '') => {
    const m = multipart(file);
    return k.reporter.send('POST', `/api/v1/stat-entry/import?dataset=${k.ids.dataset}${query}`, m.body, {
      'content-type': m.type,
    });
  };
  const count = async () =>
    Number(
      (
        await k.h.db.kysely
          .selectFrom('stat_values')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('gives the template: fixed Vietnamese headers, one row per unit × indicator × option the user enters for', async () => {
    const res = await k.reporter.get(`/api/v1/stat-entry/template.xlsx?dataset=${k.ids.dataset}&period=2026-03`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Số liệu')!;
    expect((ws.getRow(1).values as string[]).slice(1)).toEqual(['STT', ...VALUE_COLUMNS.map((c) => c.header)]);
    // Only U1 (U2 is another division's; the district ended in 2025): 4 cells (GTSX's three options, XK).
    expect(ws.rowCount).toBe(5);
    expect(ws.getRow(2).getCell(3).value).toBe('U1');
  });

  it('imports several periods at once (a historical series), Vietnamese numbers included', async () => {
    const file = await book([...monthOf('2015-01', 100), ...monthOf('2015-02', 120), ...monthOf('2026-02', 200)]);
    const dry = await upload(file, '&dryRun=true');
    expect(dry.json()).toMatchObject({ ok: true, dryRun: true, imported: 0, totalRows: 15 });
    expect(await count()).toBe(0);
    const res = await upload(file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, imported: 15, periods: ['2015-01', '2015-02', '2026-02'] });
    const xk = await k.h.db.kysely
      .selectFrom('stat_values')
      .select(['value', 'year', 'month'])
      .where('indicator_id', '=', k.ids.xk)
      .where('period', '=', '2015-02')
      .executeTakeFirstOrThrow();
    expect([Number(xk.value), Number(xk.year), Number(xk.month)]).toEqual([1234.5, 2015, 2]);
    // The same file again changes nothing.
    expect((await upload(file)).json().imported).toBe(0);
  });

  it('writes a long series in runs, then only what changed, with a new version and a history row', async () => {
    // 26 months × 5 cells = 130 rows: a run of 100 and 30 one by one on SQLite.
    const months = Array.from(
      { length: 26 },
      (_, i) => `${2017 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    const rows = months.flatMap((p) => monthOf(p, 40));
    const first = await upload(await book(rows));
    expect(first.json()).toMatchObject({ ok: true, imported: 130 });
    const history = () =>
      k.h.db.kysely
        .selectFrom('stat_value_history')
        .select(['value', 'revision'])
        .where('indicator_id', '=', k.ids.xk)
        .where('period', '=', '2018-02')
        .execute();
    expect(await history()).toHaveLength(1);
    const at = rows.findIndex((r) => r[0] === '2018-02' && r[3] === 'XK');
    rows[at]![8] = 77;
    rows[at]![9] = 'Sơ bộ';
    const again = await upload(await book(rows));
    expect(again.json()).toMatchObject({ ok: true, imported: 1 });
    const stored = await k.h.db.kysely
      .selectFrom('stat_values')
      .select(['value', 'revision', 'version'])
      .where('indicator_id', '=', k.ids.xk)
      .where('period', '=', '2018-02')
      .executeTakeFirstOrThrow();
    expect([Number(stored.value), stored.revision, Number(stored.version)]).toEqual([77, 'preliminary', 2]);
    expect((await history()).map((h) => [Number(h.value), h.revision]).sort()).toEqual([
      [1234.5, 'estimate'],
      [77, 'preliminary'],
    ]);
  });

  it('refuses the whole file when one row is wrong, naming row and column; nothing written', async () => {
    const before = await count();
    const rows = [
      ...monthOf('2026-01', 100),
      row('2026-01', 'U1', 'GTSX', 'coop', 1),
      row('2026-01', 'U9', 'XK', '', 1),
      row('2026-01', 'U1', 'KHAC', '', 1),
      row('2026-01', 'U2', 'XK', '', 1),
      row('2026Q1', 'U1', 'XK', '', 1),
    ];
    rows[1]![8] = 'hai mươi';
    const res = await upload(await book(rows));
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.ok).toBe(false);
    expect(r.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, 'Giá trị'],
      [7, 'Mã phân tổ'],
      [8, 'Mã đơn vị'],
      [9, 'Mã chỉ tiêu'],
      [10, 'Mã đơn vị'],
      [11, 'Kỳ'],
    ]);
    expect(r.errors[0].message).toContain('"hai mươi" không phải một số');
    expect(await count()).toBe(before);
  });

  it('refuses renamed columns and a locked period', async () => {
    const headers = VALUE_COLUMNS.map((c) => (c.key === 'value' ? 'Số liệu' : c.header));
    const renamed = await upload(await book(monthOf('2026-01', 100), headers));
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().detail).toContain('Giá trị');
    // March submitted: a file touching it is refused at its first row.
    await k.reporter.send('PUT', '/api/v1/stat-entry', grid(k, [10, 20, 30, 60]));
    const sub = await k.reporter.send('POST', '/api/v1/stat-submissions/transitions', {
      dataset: k.ids.dataset,
      unit: k.ids.u1,
      period: '2026-03',
      action: 'submit',
    });
    expect(sub.statusCode, sub.body).toBe(200);
    const before = await count();
    const locked = await upload(await book([...monthOf('2026-01', 100), ...monthOf('2026-03', 100)]));
    expect(locked.json().ok).toBe(false);
    expect(locked.json().errors).toEqual([
      { row: 7, column: 'Kỳ', message: expect.stringContaining('Kỳ 03/2026 của Thành phố Thái Nguyên đã gửi duyệt') },
    ]);
    expect(await count()).toBe(before);
  });
});
