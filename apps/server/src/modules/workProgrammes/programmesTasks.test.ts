import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.ts';
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

/**
 * The fourth quarter's programme takes tasks from the year's (only from it), once issued only with a reason and
 * with a line in each task's history numbered by the amendment in force; a task is taken back out of the quarter
 * with a reason, never out of the programme that created it. The list filters and counts the tasks of each
 * programme, overdue ones judged from their deadline and the server's day (7 December 2026).
 */
describe.each(DIALECTS)('programmes taking tasks, and the list (%s)', (dialect) => {
  let h: Harness;
  const clock = new ManualClock('2026-12-07T09:00:00+07:00');
  let office: Client;
  let root: string;
  let industry: string;
  let trade: string;
  let yearId: string;
  let lastYearId: string;
  let tradeYearId: string;
  let quarterId: string;
  let version: number;
  const tasks: Record<string, string> = {};
  const q = () => `/api/v1/work-programmes/${quarterId}`;

  beforeAll(async () => {
    h = await makeHarness(dialect, { clock });
    const admin = await asAdmin(h);
    root = await rootOrgId(h);
    industry = (await makeOrg(admin, root, 'QLCN', 'Phòng Quản lý Công nghiệp')).id;
    trade = (await makeOrg(admin, root, 'QLTM', 'Phòng Quản lý Thương mại')).id;
    await makeUser(admin, 'vanphong.so', [{ role: 'emulation_officer', orgId: root }], 'Chuong-trinh@2026');
    office = await signIn(h.app, 'vanphong.so', 'Chuong-trinh@2026');
    const k = h.db.kysely;
    lastYearId = await makeProgramme(k, { orgId: root, year: 2025, status: 'closed' });
    yearId = await makeProgramme(k, { orgId: root, year: 2026, status: 'issued' });
    tradeYearId = await makeProgramme(k, {
      orgId: trade,
      year: 2026,
      status: 'draft',
      title: 'Chương trình công tác năm 2026 của Phòng Quản lý Thương mại',
    });
    const specs = [
      ['clusters', 'Kế hoạch phát triển cụm công nghiệp', '2026-03-31', 'done'],
      ['fair', 'Tổ chức Hội chợ Công Thương tỉnh', '2026-11-30', 'in_progress'],
      ['inspection', 'Kế hoạch thanh tra, kiểm tra năm 2027', '2026-12-31', 'assigned'],
      ['promotion', 'Đề án khuyến công địa phương', '2026-06-30', 'dropped'],
      ['energy', 'Chương trình sử dụng năng lượng tiết kiệm', '2026-12-01', 'done'],
    ] as const;
    for (const [key, title, deadline, status] of specs)
      tasks[key] = await makeTask(k, { programmeId: yearId, orgId: industry, title, deadline, status });
    tasks.market = await makeTask(k, {
      programmeId: tradeYearId,
      orgId: trade,
      title: 'Báo cáo tình hình thị trường hàng hóa',
      deadline: '2026-10-31',
    });
  });
  afterAll(() => h.close());

  const send = async (method: string, path: string, body: unknown, status = 200) => {
    // A minute between the office's writes, so the history reads in the order they were made.
    clock.advance(60_000);
    const res = await office.send(method, path, body);
    expect(res.statusCode, res.body).toBe(status);
    const json = res.json();
    if (status < 300) version = json.version;
    return json;
  };
  const held = async (programmeId: string) =>
    h.db.kysely
      .selectFrom('work_programme_tasks')
      .selectAll()
      .where('programme_id', '=', programmeId)
      .orderBy('position')
      .execute();
  const changes = async () =>
    h.db.kysely
      .selectFrom('work_task_changes')
      .select(['task_id', 'kind', 'amendment', 'reason', 'programme_id'])
      .orderBy('created_at')
      .orderBy('kind')
      .execute();

  it("a quarter's programme takes that year's programme as its parent by default", async () => {
    const p = await send('POST', '/api/v1/work-programmes', { kind: 'quarter', year: 2026, period: 4 }, 201);
    quarterId = p.id;
    expect(p).toMatchObject({
      title: 'Chương trình công tác quý IV năm 2026',
      periodLabel: 'Quý IV/2026',
      parentId: yearId,
      parent: { id: yearId },
    });
    const year = await office.get(`/api/v1/work-programmes/${yearId}`);
    expect(year.json().children).toEqual([
      { id: quarterId, kind: 'quarter', period: 4, title: 'Chương trình công tác quý IV năm 2026' },
    ]);
    const dup = await office.send('POST', '/api/v1/work-programmes', { kind: 'quarter', year: 2026, period: 4 });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().detail).toContain('quý IV năm 2026');
  });

  it("a month's programme whose parent is another year's programme is refused", async () => {
    const res = await office.send('POST', '/api/v1/work-programmes', {
      kind: 'month',
      year: 2026,
      period: 12,
      parentId: lastYearId,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe('parentId');
  });

  it("a task of another programme than the year's is refused, and nothing is taken", async () => {
    const res = await office.send('POST', `${q()}/tasks/take`, { taskIds: [tasks.fair, tasks.market], version });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'taskIds.1' })]);
    const dropped = await office.send('POST', `${q()}/tasks/take`, { taskIds: [tasks.promotion], version });
    expect(dropped.statusCode).toBe(422);
    expect(await held(quarterId)).toEqual([]);
  });

  it('the draft takes tasks freely, without history', async () => {
    const p = await send('POST', `${q()}/tasks/take`, { taskIds: [tasks.fair, tasks.inspection], version });
    expect(p).toMatchObject({ taskCount: 2, doneCount: 0, overdueCount: 1 });
    const again = await send('POST', `${q()}/tasks/take`, { taskIds: [tasks.fair], version });
    expect(again.taskCount).toBe(2);
    expect((await held(quarterId)).map((r) => r.task_id)).toEqual([tasks.fair, tasks.inspection]);
    expect(await changes()).toEqual([]);
  });

  it('issued, taking a task needs the reason and writes its history with the amendment in force', async () => {
    await send('PUT', q(), {
      title: 'Chương trình công tác quý IV năm 2026',
      decisionNumber: '850/QĐ-SCT',
      decisionDate: '2026-09-28',
      decisionSigner: 'Giám đốc Sở',
      version,
    });
    await send('POST', `${q()}/transitions`, { action: 'issue', version });
    const bare = await office.send('POST', `${q()}/tasks/take`, { taskIds: [tasks.energy], version });
    expect(bare.statusCode).toBe(422);
    expect(bare.json()).toMatchObject({ code: 'reason_required', errors: [{ path: 'reason' }] });
    expect((await held(quarterId)).length).toBe(2);
    await send('POST', `${q()}/tasks/take`, {
      taskIds: [tasks.energy],
      reason: 'Đưa vào quý IV theo chỉ đạo của Giám đốc',
      version,
    });
    await send('POST', `${q()}/amendments`, { reason: 'Điều chỉnh theo Văn bản số 2105/UBND-KT', version });
    const p = await send('POST', `${q()}/tasks/take`, {
      taskIds: [tasks.clusters],
      reason: 'Bổ sung báo cáo tổng kết cụm công nghiệp',
      version,
    });
    expect(p).toMatchObject({ amendment: 1, taskCount: 4, doneCount: 2, overdueCount: 1 });
    expect(await changes()).toEqual([
      {
        task_id: tasks.energy,
        kind: 'taken',
        amendment: 0,
        reason: 'Đưa vào quý IV theo chỉ đạo của Giám đốc',
        programme_id: quarterId,
      },
      {
        task_id: tasks.clusters,
        kind: 'taken',
        amendment: 1,
        reason: 'Bổ sung báo cáo tổng kết cụm công nghiệp',
        programme_id: quarterId,
      },
    ]);
    const rows = await held(quarterId);
    expect(rows.find((r) => r.task_id === tasks.clusters)?.added_amendment).toBe(1);
  });

  it('a task taken out of the issued quarter keeps its row with the amendment and the reason', async () => {
    const path = `${q()}/tasks/${tasks.inspection}`;
    const bare = await office.send('DELETE', `${path}?version=${version}`);
    expect(bare.statusCode).toBe(422);
    const reason = encodeURIComponent('Chuyển sang thực hiện trong năm 2027');
    const p = await send('DELETE', `${path}?version=${version}&reason=${reason}`, undefined);
    expect(p.taskCount).toBe(3);
    const row = (await held(quarterId)).find((r) => r.task_id === tasks.inspection);
    expect(row).toMatchObject({ removed_amendment: 1, removed_reason: 'Chuyển sang thực hiện trong năm 2027' });
    expect((await changes()).at(-1)).toMatchObject({ task_id: tasks.inspection, kind: 'removed', amendment: 1 });
    const twice = await office.send('DELETE', `${path}?version=${version}&reason=${reason}`);
    expect(twice.statusCode).toBe(404);
  });

  it('a task is never removed from the programme that created it: that is its drop', async () => {
    const year = (await office.get(`/api/v1/work-programmes/${yearId}`)).json();
    const res = await office.send(
      'DELETE',
      `/api/v1/work-programmes/${yearId}/tasks/${tasks.fair}?version=${year.version}&reason=Thôi`,
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('origin_programme');
    expect((await held(yearId)).every((r) => r.removed_amendment === null)).toBe(true);
  });

  it('the list counts each programme’s tasks: done, and overdue by the deadline and today', async () => {
    const res = await office.get('/api/v1/work-programmes?year=2026&kind=year&sort=title');
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((p: { id: string }) => p.id)).toEqual([yearId, tradeYearId]);
    // Five tasks, one dropped: four held, two done, the fair past its 30 November deadline.
    expect(items[0]).toMatchObject({ taskCount: 4, doneCount: 2, overdueCount: 1, periodLabel: 'Năm 2026' });
    expect(items[1]).toMatchObject({ taskCount: 1, doneCount: 0, overdueCount: 1, orgId: trade });
  });

  it('the list filters by organisation, status and a search without diacritics', async () => {
    const ids = async (query: string) =>
      (await office.get(`/api/v1/work-programmes?${query}`)).json().items.map((p: { id: string }) => p.id);
    expect(await ids(`orgId=${trade}`)).toEqual([tradeYearId]);
    expect(await ids('status=closed')).toEqual([lastYearId]);
    expect(await ids('q=quy%20iv')).toEqual([quarterId]);
    expect(await ids('year=2025')).toEqual([lastYearId]);
    expect(await ids('kind=quarter&status=issued')).toEqual([quarterId]);
    const bad = await office.get('/api/v1/work-programmes?kind=week');
    expect(bad.statusCode).toBe(400);
  });

  it('the list exports its current view to Excel', async () => {
    const res = await office.get('/api/v1/work-programmes/export.xlsx?year=2026');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
