import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { makeDossier, makeProcedure, type DossierSpec, type MadeProcedure } from '../../test/factories/onestop.ts';
import { loadWorkbook } from '../../platform/documents/xlsx.ts';

/** A Vietnam wall-clock time as a stored instant. */
const vn = (s: string) => new Date(`${s}+07:00`).toISOString();
const MARCH = 'from=2026-03-03&to=2026-03-31';

/**
 * The hand-checked set of packages/domain/src/onestop/report.test.ts, made through the factory:
 * span Tue 03/03/2026 – Tue 31/03/2026 (Tết 16–20/02 off). 10 of the 15 dossiers count.
 */
async function seed(h: Harness): Promise<{ elec: MadeProcedure; chem: MadeProcedure }> {
  const db = h.db.kysely;
  const elec = await makeProcedure(db, { field: 'electricity', name: 'Cấp giấy phép hoạt động điện lực' });
  const chem = await makeProcedure(db, {
    field: 'chemicals',
    name: 'Cấp giấy chứng nhận đủ điều kiện sản xuất hóa chất',
  });
  const d = (s: Omit<DossierSpec, 'procedure'> & { procedure?: MadeProcedure }) =>
    makeDossier(db, {
      procedure: elec,
      ...s,
      receivedAt: s.receivedAt && vn(s.receivedAt),
      dueAt: s.dueAt && vn(s.dueAt),
      finishedAt: s.finishedAt && vn(s.finishedAt),
      closedAt: s.closedAt && vn(s.closedAt),
    });
  // Carried over (received the day before `from`), open, due after the span: within time.
  await d({ status: 'in_process', receivedAt: '2026-03-02T16:00:00', dueAt: '2026-04-10T17:00:00' });
  // Online at the span's first instant, finished 16:59 on the due date: on time, 5 working days.
  await d({
    status: 'finished',
    channel: 'online',
    receivedAt: '2026-03-03T00:00:00',
    finishedAt: '2026-03-10T16:59:00',
    dueAt: '2026-03-10T17:00:00',
  });
  // By post, finished the next morning and handed over: late, 6 days.
  await d({
    status: 'returned',
    channel: 'post',
    receivedAt: '2026-03-03T09:00:00',
    finishedAt: '2026-03-11T08:00:00',
    dueAt: '2026-03-10T17:00:00',
  });
  // Chemicals, early, 1 day.
  await d({
    procedure: chem,
    status: 'finished',
    receivedAt: '2026-03-04T09:00:00',
    finishedAt: '2026-03-05T10:00:00',
    dueAt: '2026-03-12T17:00:00',
  });
  // Online, waiting for a supplement, due on the span's last day: within time.
  await d({ status: 'supplement', channel: 'online', receivedAt: '2026-03-10T09:00:00', dueAt: '2026-03-31T17:00:00' });
  // Open, due the day before the last: overdue.
  await d({ status: 'in_process', receivedAt: '2026-03-10T09:00:00', dueAt: '2026-03-30T17:00:00' });
  // Finished a minute before the span: not counted.
  await d({
    status: 'finished',
    receivedAt: '2026-02-20T09:00:00',
    finishedAt: '2026-03-02T23:59:00',
    dueAt: '2026-02-27T17:00:00',
  });
  // Carried over, finished at the span's first instant: late, 7 days.
  await d({
    status: 'finished',
    receivedAt: '2026-02-20T09:00:00',
    finishedAt: '2026-03-03T00:00:00',
    dueAt: '2026-02-27T17:00:00',
  });
  // Stopped inside the span: leaves the counts.
  await d({
    status: 'stopped',
    receivedAt: '2026-03-20T09:00:00',
    closedAt: '2026-03-25T10:00:00',
    dueAt: '2026-04-03T17:00:00',
  });
  // Withdrawn after the span: in process at its end, overdue.
  await d({
    status: 'withdrawn',
    channel: 'online',
    receivedAt: '2026-03-05T09:00:00',
    closedAt: '2026-04-02T10:00:00',
    dueAt: '2026-03-20T17:00:00',
  });
  // Received the last afternoon, finished after the span: in process, within time.
  await d({
    status: 'finished',
    channel: 'online',
    receivedAt: '2026-03-31T16:00:00',
    finishedAt: '2026-04-01T10:00:00',
    dueAt: '2026-04-07T17:00:00',
  });
  // Received at the first instant after the span: not counted.
  await d({ status: 'in_process', receivedAt: '2026-04-01T00:00:00', dueAt: '2026-04-08T17:00:00' });
  // Chemicals, finished late in the evening of its due date: on time by date, 11 days.
  await d({
    procedure: chem,
    status: 'finished',
    receivedAt: '2026-03-16T09:00:00',
    finishedAt: '2026-03-31T23:59:59',
    dueAt: '2026-03-31T17:00:00',
  });
  // Submitted, never accepted; refused at the counter: not counted.
  await d({ status: 'submitted', receivedAt: '2026-03-10T09:00:00' });
  await d({ status: 'refused', receivedAt: '2026-03-10T09:00:00', closedAt: '2026-03-10T10:00:00' });
  // Carried over but stopped before the span: not counted.
  await d({
    status: 'stopped',
    receivedAt: '2026-02-10T09:00:00',
    closedAt: '2026-03-02T10:00:00',
    dueAt: '2026-03-20T17:00:00',
  });
  return { elec, chem };
}

describe.each(DIALECTS)('Biểu 06 (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let procs: { elec: MadeProcedure; chem: MadeProcedure };
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    procs = await seed(h);
  }, 120_000);
  afterAll(() => h.close());

  it('counts each dossier in its class, by field, as computed by hand', async () => {
    const res = await admin.get(`/api/v1/one-stop/report?${MARCH}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.classifyBy).toBe('date');
    expect(body.total).toEqual({
      key: 'total',
      label: 'Tổng cộng',
      received: 10,
      carriedOver: 2,
      receivedOnline: 4,
      receivedOffline: 4,
      finished: 5,
      finishedEarly: 1,
      finishedOnTime: 2,
      finishedLate: 2,
      inProcess: 5,
      inProcessWithinTime: 3,
      inProcessOverdue: 2,
      onTimeRate: 0.6,
      // (5 + 6 + 1 + 7 + 11) / 5 working days
      averageDays: 6,
    });
    // Fields in the catalog's order, labelled as the catalog names them.
    expect(body.rows.map((r: { key: string; label: string }) => [r.key, r.label])).toEqual([
      ['electricity', 'Điện'],
      ['chemicals', 'Hóa chất'],
    ]);
    expect(body.rows[0]).toMatchObject({
      received: 8,
      carriedOver: 2,
      receivedOnline: 4,
      receivedOffline: 2,
      finishedOnTime: 1,
      finishedLate: 2,
      inProcessWithinTime: 3,
      inProcessOverdue: 2,
      onTimeRate: 0.5,
      averageDays: 6,
    });
    expect(body.rows[1]).toMatchObject({
      received: 2,
      receivedOffline: 2,
      finishedEarly: 1,
      finishedOnTime: 1,
      onTimeRate: 1,
    });
  });

  it('groups by procedure under its name', async () => {
    const body = (await admin.get(`/api/v1/one-stop/report?${MARCH}&groupBy=procedure`)).json();
    expect(
      body.rows.map((r: { key: string; label: string; received: number }) => [r.key, r.label, r.received]),
    ).toEqual([
      [procs.chem.id, 'Cấp giấy chứng nhận đủ điều kiện sản xuất hóa chất', 2],
      [procs.elec.id, 'Cấp giấy phép hoạt động điện lực', 8],
    ]);
    expect(body.total.received).toBe(10);
  });

  it('a span with nothing in it has no rate ("không đủ số liệu")', async () => {
    const body = (await admin.get('/api/v1/one-stop/report?from=2025-01-01&to=2025-01-31')).json();
    expect(body.rows).toEqual([]);
    expect(body.total).toMatchObject({ received: 0, onTimeRate: null, averageDays: null });
  });

  it('judges by instant when the setting says so: the evening finish is late, the last-day due overdue', async () => {
    const put = await admin.send('PUT', '/api/v1/settings/onestop.classifyBy', { value: 'instant', version: 0 });
    expect(put.statusCode, put.body).toBe(200);
    const body = (await admin.get(`/api/v1/one-stop/report?${MARCH}`)).json();
    expect(body.classifyBy).toBe('instant');
    expect(body.total).toMatchObject({
      finishedOnTime: 1,
      finishedLate: 3,
      inProcessWithinTime: 2,
      inProcessOverdue: 3,
      onTimeRate: 0.4,
    });
    const back = await admin.send('PUT', '/api/v1/settings/onestop.classifyBy', {
      value: 'date',
      version: put.json().version,
    });
    expect(back.statusCode, back.body).toBe(200);
  });

  it('refuses bad dates, a span ending before it starts and an unknown grouping, naming the field', async () => {
    const problem = async (qs: string) => {
      const res = await admin.get(`/api/v1/one-stop/report?${qs}`);
      expect(res.statusCode, qs).toBe(400);
      return JSON.stringify(res.json());
    };
    expect(await problem('from=2026-02-30&to=2026-03-31')).toContain('Từ ngày');
    expect(await problem('from=2026-03-01&to=31/03/2026')).toContain('Đến ngày');
    expect(await problem('to=2026-03-31')).toContain('from');
    expect(await problem('from=2026-03-31&to=2026-03-01')).toContain('Đến ngày: phải sau hoặc bằng từ ngày');
    expect(await problem(`${MARCH}&groupBy=unit`)).toContain('Nhóm theo');
    const anonymous = await h.app.inject({ method: 'GET', url: `/api/v1/one-stop/report?${MARCH}` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('any signed-in role reads it', async () => {
    await makeUser(admin, 'thuly.report', [{ role: 'onestop_officer', orgId: await rootOrgId(h) }]);
    const user = await signIn(h.app, 'thuly.report', 'Matkhau@2026');
    expect((await user.get(`/api/v1/one-stop/report?${MARCH}`)).statusCode).toBe(200);
  });

  it('writes the workbook in the form’s layout with the figures', async () => {
    const res = await admin.get(`/api/v1/one-stop/report.xlsx?${MARCH}`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ws = (await loadWorkbook(res.rawPayload)).worksheets[0]!;
    expect(ws.getCell('A2').text).toMatch(
      /^BIỂU SỐ 06\/VPCP\/KSTT — TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH/u,
    );
    expect(ws.getCell('A3').text).toContain('từ ngày 03/03/2026 đến ngày 31/03/2026');
    const texts = [4, 5, 6].flatMap((r) => (ws.getRow(r).values as unknown[]).map(String));
    for (const t of [
      'STT',
      'Lĩnh vực, công việc giải quyết',
      'Số hồ sơ nhận giải quyết',
      'Kỳ trước chuyển qua',
      'Mới tiếp nhận',
      'Trực tuyến',
      'Trực tiếp, bưu chính',
      'Số hồ sơ đã giải quyết',
      'Trước hạn',
      'Đúng hạn',
      'Số hồ sơ đang giải quyết',
      'Trong hạn',
    ])
      expect(texts, t).toContain(t);
    expect(ws.getCell('C4').isMerged && ws.getCell('F4').isMerged).toBe(true);
    expect(ws.getRow(8).values).toEqual([undefined, 1, 'Điện', 8, 2, 4, 2, 3, 0, 1, 2, 5, 3, 2]);
    expect(ws.getRow(10).values).toEqual([undefined, '', 'Tổng cộng', 10, 2, 4, 4, 5, 1, 2, 2, 5, 3, 2]);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '1:7' });
    expect(ws.getCell(12, 1).text).toContain('60%');
  });
});
