import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.ts';
import { newId } from '../../platform/ids.ts';
import { makeProgramme, makeTask } from '../../test/factories/workProgrammes.ts';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makeUser,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';

/** The text of a DOCX's body, one line per paragraph, as a reader of the printed page sees it. */
async function docxLines(buf: Buffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join(''))
    .filter(Boolean);
}

describe.each(DIALECTS)('the leader’s board and the monthly meeting’s list (%s)', (dialect) => {
  let h: Harness;
  let viewer: Client;
  let root: string;
  let industry: string;
  let trade: string;
  let office: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await makeHarness(dialect, { clock: new ManualClock('2026-11-26T10:00:00+07:00') });
    const admin = await asAdmin(h);
    root = await rootOrgId(h);
    industry = (await makeOrg(admin, root, 'QLCN', 'Phòng Quản lý Công nghiệp')).id;
    trade = (await makeOrg(admin, root, 'QLTM', 'Phòng Quản lý Thương mại')).id;
    office = (await makeOrg(admin, root, 'VP', 'Văn phòng Sở')).id;
    await makeUser(admin, 'bang.xem', [{ role: 'viewer', orgId: industry }], 'Bang-theo@2026');
    viewer = await signIn(h.app, 'bang.xem', 'Bang-theo@2026');
    const k = h.db.kysely;
    const year = await makeProgramme(k, { orgId: root, year: 2026 });
    const draft = await makeProgramme(k, { orgId: root, kind: 'month', period: 12, status: 'draft' });
    const t = (name: string, spec: Omit<Parameters<typeof makeTask>[1], 'programmeId'> & { programmeId?: string }) =>
      makeTask(k, { programmeId: year, title: name, ...spec }).then((id) => (ids[name] = id));
    // Industry: one done, one overdue (the sweep has not run: still in progress), one waiting for a new deadline.
    await t('Quy hoạch cụm công nghiệp', { orgId: industry, deadline: '2026-06-30', status: 'done' });
    await t('Đề án khuyến công', { orgId: industry, deadline: '2026-10-31', status: 'in_progress', percent: 60 });
    await t('Báo cáo tiết kiệm năng lượng', {
      orgId: industry,
      deadline: '2026-11-20',
      status: 'extension_requested',
      percent: 70,
    });
    // Trade: one extended in November (new deadline ahead), one extended in September and done, one dropped, one due later.
    await t('Hội chợ Thương mại', {
      orgId: trade,
      deadline: '2026-12-15',
      originalDeadline: '2026-11-15',
      status: 'extended',
      percent: 80,
    });
    await t('Kế hoạch kiểm tra', {
      orgId: trade,
      deadline: '2026-10-30',
      originalDeadline: '2026-09-30',
      status: 'done',
      completedOn: '2026-10-28',
    });
    await t('Phiên chợ hàng Việt', { orgId: trade, deadline: '2026-08-30', status: 'dropped' });
    await t('Báo cáo thống kê', { orgId: trade, deadline: '2026-12-20', status: 'assigned' });
    // A draft month's task is assigned to nobody yet: neither on the meeting's list nor counted in its programme.
    await t('Nhiệm vụ dự thảo', { programmeId: draft, orgId: office, deadline: '2026-11-10', status: 'assigned' });
    const report = (task: string, status: string, requested: string, decidedAt: string | null, reason: string) =>
      k
        .insertInto('work_task_reports')
        .values({
          id: newId(),
          task_id: ids[task]!,
          org_id: task.startsWith('Báo cáo tiết') ? industry : trade,
          period: '2026-11',
          percent: 50,
          done_text: 'Đã triển khai',
          obstacles: '',
          requested_deadline: requested,
          request_reason: reason,
          request_status: status,
          decided_by: null,
          decided_by_name: decidedAt ? 'Lê Quang Tiến' : '',
          decided_at: decidedAt,
          decision_note: '',
          reported_by: null,
          reported_by_name: 'Hoàng Minh Tuấn',
          created_at: '2026-11-05T02:00:00.000Z',
          updated_at: '2026-11-05T02:00:00.000Z',
          version: 1,
        })
        .execute();
    await report(
      'Hội chợ Thương mại',
      'approved',
      '2026-12-15',
      '2026-11-10T03:00:00.000Z',
      'Chờ Bộ Công Thương duyệt',
    );
    await report('Kế hoạch kiểm tra', 'approved', '2026-10-30', '2026-09-25T03:00:00.000Z', 'Đoàn liên ngành đổi lịch');
    await report('Báo cáo tiết kiệm năng lượng', 'pending', '2026-12-10', null, 'Doanh nghiệp gửi số liệu chậm');
  });
  afterAll(() => h.close());

  it('counts each unit’s tasks by status, the overdue by today and the requests waiting, units in name order', async () => {
    const res = await viewer.get('/api/v1/tasks/board?year=2026');
    expect(res.statusCode, res.body).toBe(200);
    const board = res.json();
    expect(board.asOf).toBe('2026-11-26');
    expect(board.items.map((i: { orgName: string }) => i.orgName)).toEqual([
      'Phòng Quản lý Công nghiệp',
      'Phòng Quản lý Thương mại',
    ]);
    const [ind, tr] = board.items;
    expect(ind).toMatchObject({ total: 3, overdue: 2, extensionPending: 1 });
    expect(ind.counts).toMatchObject({ done: 1, in_progress: 1, extension_requested: 1, assigned: 0, overdue: 0 });
    // The dropped task is counted in its status, never overdue; the extended ones are judged by their new deadline.
    expect(tr).toMatchObject({ total: 4, overdue: 0, extensionPending: 0 });
    expect(tr.counts).toMatchObject({ extended: 1, done: 1, dropped: 1, assigned: 1 });
    // A programme's own board: what it holds, a draft's too.
    const draft = await h.db.kysely
      .selectFrom('work_tasks')
      .select('programme_id')
      .where('id', '=', ids['Nhiệm vụ dự thảo']!)
      .executeTakeFirstOrThrow();
    const one = (await viewer.get(`/api/v1/tasks/board?year=2026&programmeId=${draft.programme_id}`)).json();
    expect(one.items).toMatchObject([{ orgName: 'Văn phòng Sở', total: 1, overdue: 1, counts: { assigned: 1 } }]);
    expect((await viewer.get(`/api/v1/tasks/board?year=2026&programmeId=${newId()}`)).statusCode).toBe(404);
    expect((await viewer.get('/api/v1/tasks/board?year=2025')).json().items).toEqual([]);
    expect((await viewer.get('/api/v1/tasks/board?year=abc')).statusCode).toBe(400);
  });

  it('lists exactly the month’s overdue and extended tasks in the meeting’s DOCX', async () => {
    const res = await viewer.get('/api/v1/work-programmes/meeting.docx?month=2026-11');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    // MEETING_DOCX_OUT=<file> keeps the document, to look at it as printed (e.g. rendered by LibreOffice).
    if (process.env.MEETING_DOCX_OUT)
      (await import('node:fs')).writeFileSync(process.env.MEETING_DOCX_OUT, res.rawPayload);
    const lines = await docxLines(res.rawPayload);
    const text = lines.join('\n');
    expect(text).toContain('DANH SÁCH NHIỆM VỤ QUÁ HẠN, GIA HẠN');
    expect(text).toContain('Tháng 11 năm 2026');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const listed = [
      'Quy hoạch cụm công nghiệp',
      'Đề án khuyến công',
      'Báo cáo tiết kiệm năng lượng',
      'Hội chợ Thương mại',
      'Kế hoạch kiểm tra',
      'Phiên chợ hàng Việt',
      'Báo cáo thống kê',
      'Nhiệm vụ dự thảo',
    ].filter((t) => lines.some((l) => l.endsWith(t)));
    // Overdue: the open one past its deadline and the one waiting for a new deadline; extended in November.
    expect(listed.sort()).toEqual(['Báo cáo tiết kiệm năng lượng', 'Hội chợ Thương mại', 'Đề án khuyến công'].sort());
    expect(text).toContain('Quá hạn 26 ngày');
    expect(text).toContain('Đề nghị gia hạn đến 10/12/2026, chờ lãnh đạo duyệt');
    expect(text).toContain('Đã gia hạn đến 15/12/2026 (duyệt ngày 10/11/2026)');
    expect(text).toContain('Chờ Bộ Công Thương duyệt');
    // September's meeting had the inspection plan's extension; a unit's own list keeps to its subtree.
    const sep = await docxLines((await viewer.get('/api/v1/work-programmes/meeting.docx?month=2026-09')).rawPayload);
    expect(sep.some((l) => l.endsWith('Kế hoạch kiểm tra'))).toBe(true);
    expect(sep.join('\n')).toContain('Đã hoàn thành ngày 28/10/2026.');
    expect(sep.some((l) => l.endsWith('Hội chợ Thương mại'))).toBe(false);
    const own = await docxLines(
      (await viewer.get(`/api/v1/work-programmes/meeting.docx?month=2026-11&orgId=${trade}`)).rawPayload,
    );
    expect(own.some((l) => l.endsWith('Hội chợ Thương mại'))).toBe(true);
    expect(own.some((l) => l.endsWith('Đề án khuyến công'))).toBe(false);
    expect((await viewer.get('/api/v1/work-programmes/meeting.docx?month=2026-13')).statusCode).toBe(400);
  });
});
