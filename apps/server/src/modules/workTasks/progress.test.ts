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

interface View {
  status: string;
  percent: number;
  deadline: string;
  originalDeadline: string;
  completedOn: string | null;
  productNote: string;
  version: number;
  reports: { percent: number; requestStatus: string | null; decidedByName: string; decisionNote: string }[];
  changes: { kind: string; reason: string; amendment: number }[];
}

/**
 * A task's progress through HTTP, on 16/03/2026: the unit in charge reports (the first report starts it), asks
 * for a new deadline with its reason, the leader approves or refuses, the unit completes with the product, the
 * office drops a task with the reason. Every refusal writes nothing.
 */
describe.each(DIALECTS)('task progress, extensions and completion (%s)', (dialect) => {
  let h: Harness;
  let office: Client;
  let officerA: Client;
  let officerB: Client;
  let leader: Client;
  let unitA: string;
  let programmeId: string;
  let draftProgrammeId: string;
  const clock = new ManualClock('2026-03-16T09:00:00+07:00');
  const task = (id: string) => `/api/v1/tasks/${id}`;
  /** The task as stored (read straight from the table, whatever the list and page routes show). */
  const stored = (id: string) =>
    h.db.kysely.selectFrom('work_tasks').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const newTask = (deadline = '2026-03-31', status: 'assigned' | 'in_progress' = 'assigned') =>
    makeTask(h.db.kysely, { programmeId, orgId: unitA, deadline, status, startDate: '2026-02-02' });
  const reportsOf = async (id: string) =>
    h.db.kysely.selectFrom('work_task_reports').selectAll().where('task_id', '=', id).execute();

  beforeAll(async () => {
    h = await makeHarness(dialect, { clock });
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    unitA = (await makeOrg(admin, root, 'QLCN', 'Phòng Quản lý Công nghiệp')).id;
    const unitB = (await makeOrg(admin, root, 'QLTM', 'Phòng Quản lý Thương mại')).id;
    for (const [name, role, org] of [
      ['tdkt.so', 'emulation_officer', root],
      ['canbo.cn', 'unit_officer', unitA],
      ['canbo.tm', 'unit_officer', unitB],
      ['lanhdao.so', 'leader', root],
    ] as const)
      await makeUser(admin, name, [{ role, orgId: org }], 'Tien-do@2026');
    office = await signIn(h.app, 'tdkt.so', 'Tien-do@2026');
    officerA = await signIn(h.app, 'canbo.cn', 'Tien-do@2026');
    officerB = await signIn(h.app, 'canbo.tm', 'Tien-do@2026');
    leader = await signIn(h.app, 'lanhdao.so', 'Tien-do@2026');
    programmeId = await makeProgramme(h.db.kysely, { orgId: root, year: 2026 });
    draftProgrammeId = await makeProgramme(h.db.kysely, { orgId: root, kind: 'month', period: 3, status: 'draft' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses a report by another unit (403) and a report on a draft programme (409), writing nothing', async () => {
    const id = await newTask();
    const body = { period: '2026-03', percent: 30, doneText: 'Đã khảo sát 5 cụm công nghiệp', version: 1 };
    const other = await officerB.send('POST', `${task(id)}/reports`, body);
    expect(other.statusCode).toBe(403);
    expect(other.json().detail).toContain('không phải đơn vị chủ trì');
    const draftTask = await makeTask(h.db.kysely, {
      programmeId: draftProgrammeId,
      orgId: unitA,
      deadline: '2026-03-31',
    });
    const draft = await officerA.send('POST', `${task(draftTask)}/reports`, body);
    expect(draft.statusCode).toBe(409);
    expect(await reportsOf(id)).toHaveLength(0);
    expect(await reportsOf(draftTask)).toHaveLength(0);
    expect((await stored(id)).status).toBe('assigned');
  });

  it('a first report starts the task and keeps its percent; 100 % does not complete it', async () => {
    const id = await newTask();
    const res = await officerA.send('POST', `${task(id)}/reports`, {
      period: '2026-03',
      percent: 40,
      doneText: 'Đã xây dựng dự thảo kế hoạch phát triển cụm công nghiệp',
      obstacles: 'Chưa có số liệu quy hoạch của 2 huyện',
      version: 1,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'in_progress', percent: 40 });
    const full = await officerA.send('POST', `${task(id)}/reports`, {
      period: '2026-03',
      percent: 100,
      doneText: 'Đã trình Giám đốc ký kế hoạch',
      version: res.json().version,
    });
    expect(full.statusCode).toBe(200);
    expect(full.json()).toMatchObject({ status: 'in_progress', percent: 100, completedOn: null });
    expect(full.json().reports).toHaveLength(2);
    // A report at a version seen before the last one is refused.
    const stale = await officerA.send('POST', `${task(id)}/reports`, { period: '2026-03', percent: 90, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(await reportsOf(id)).toHaveLength(2);
  });

  it('a request for a new deadline needs a reason and a later date; nothing is written otherwise', async () => {
    const id = await newTask();
    const noReason = await officerA.send('POST', `${task(id)}/reports`, {
      period: '2026-03',
      percent: 20,
      requestedDeadline: '2026-04-30',
      version: 1,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors.map((e: { path: string }) => e.path)).toContain('requestReason');
    const earlier = await officerA.send('POST', `${task(id)}/reports`, {
      period: '2026-03',
      percent: 20,
      requestedDeadline: '2026-03-20',
      requestReason: 'Chờ ý kiến của các huyện',
      version: 1,
    });
    expect(earlier.statusCode).toBe(422);
    expect(earlier.json().errors[0].path).toBe('requestedDeadline');
    const future = await officerA.send('POST', `${task(id)}/reports`, { period: '2026-05', percent: 20, version: 1 });
    expect(future.statusCode).toBe(422);
    expect(future.json().errors[0].path).toBe('period');
    expect(await reportsOf(id)).toHaveLength(0);
    expect((await stored(id)).status).toBe('assigned');
  });

  it('the leader approves a new deadline: extended, deadline moved, original kept, history and report marked', async () => {
    const id = await newTask('2026-03-31');
    const asked = await officerA.send('POST', `${task(id)}/reports`, {
      period: '2026-03',
      percent: 60,
      requestedDeadline: '2026-04-30',
      requestReason: 'Chờ Ủy ban nhân dân tỉnh cho ý kiến về danh mục cụm công nghiệp',
      version: 1,
    });
    expect(asked.statusCode).toBe(200);
    expect(asked.json()).toMatchObject({ status: 'extension_requested', deadline: '2026-03-31' });
    // The unit cannot decide its own request; a second request waits for the first.
    const self = await officerA.send('POST', `${task(id)}/extension`, { approve: true, version: asked.json().version });
    expect(self.statusCode).toBe(403);
    const again = await officerA.send('POST', `${task(id)}/reports`, {
      period: '2026-03',
      percent: 65,
      requestedDeadline: '2026-05-15',
      requestReason: 'Thêm thời gian',
      version: asked.json().version,
    });
    expect(again.statusCode).toBe(409);
    // A leader at the department learns of the request (platform/turns.ts).
    const told = await h.db.kysely
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.user_id')
      .select('notifications.title')
      .where('users.username', '=', 'lanhdao.so')
      .where('notifications.link', '=', `/tasks/${id}`)
      .execute();
    expect(told).toHaveLength(1);

    const res = await leader.send('POST', `${task(id)}/extension`, {
      approve: true,
      note: 'Đồng ý, hoàn thành trước 30/4',
      version: asked.json().version,
    });
    expect(res.statusCode).toBe(200);
    const v = res.json() as View;
    expect(v).toMatchObject({ status: 'extended', deadline: '2026-04-30', originalDeadline: '2026-03-31' });
    expect(v.changes).toEqual([
      expect.objectContaining({ kind: 'extended', amendment: 0, reason: expect.stringContaining('Ủy ban nhân dân') }),
    ]);
    const [report] = await reportsOf(id);
    expect(report).toMatchObject({ request_status: 'approved', decided_by_name: 'lanhdao.so' });
    expect(report!.decided_at).not.toBeNull();
    // Nothing left to decide.
    const twice = await leader.send('POST', `${task(id)}/extension`, { approve: true, version: v.version });
    expect(twice.statusCode).toBe(409);
  });

  it('a refusal needs the note and leaves the deadline; the task is back in progress', async () => {
    const id = await newTask('2026-03-31', 'in_progress');
    const asked = await officerA.send('POST', `${task(id)}/reports`, {
      period: '2026-03',
      percent: 30,
      requestedDeadline: '2026-06-30',
      requestReason: 'Thiếu kinh phí tổ chức hội chợ',
      version: 1,
    });
    const version = asked.json().version as number;
    const bare = await leader.send('POST', `${task(id)}/extension`, { approve: false, version });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors[0].path).toBe('note');
    expect((await stored(id)).status).toBe('extension_requested');
    const res = await leader.send('POST', `${task(id)}/extension`, {
      approve: false,
      note: 'Kinh phí đã bố trí trong dự toán; hoàn thành đúng hạn',
      version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'in_progress', deadline: '2026-03-31', changes: [] });
    const [report] = await reportsOf(id);
    expect(report).toMatchObject({ request_status: 'refused', decision_note: expect.stringContaining('dự toán') });
  });

  it('completion needs the product, a day not in the future; it sets the day, 100 % and the product', async () => {
    const id = await newTask('2026-03-31', 'in_progress');
    const bare = await officerA.send('POST', `${task(id)}/transitions`, { action: 'complete', version: 1 });
    expect(bare.statusCode).toBe(409);
    expect(bare.json().detail).toContain('sản phẩm');
    const future = await officerA.send('POST', `${task(id)}/transitions`, {
      action: 'complete',
      completedOn: '2026-03-20',
      productNote: 'Kế hoạch số 45/KH-SCT',
      version: 1,
    });
    expect(future.statusCode).toBe(422);
    expect(future.json().errors[0].path).toBe('completedOn');
    const beforeStart = await officerA.send('POST', `${task(id)}/transitions`, {
      action: 'complete',
      completedOn: '2026-01-15',
      productNote: 'Kế hoạch số 45/KH-SCT',
      version: 1,
    });
    expect(beforeStart.statusCode).toBe(422);
    const other = await officerB.send('POST', `${task(id)}/transitions`, {
      action: 'complete',
      productNote: 'Kế hoạch số 45/KH-SCT',
      version: 1,
    });
    expect(other.statusCode).toBe(403);
    expect((await stored(id)).status).toBe('in_progress');

    const res = await officerA.send('POST', `${task(id)}/transitions`, {
      action: 'complete',
      completedOn: '2026-03-13',
      productNote: 'Kế hoạch số 45/KH-SCT ngày 13/3/2026',
      version: 1,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'done',
      percent: 100,
      completedOn: '2026-03-13',
      productNote: 'Kế hoạch số 45/KH-SCT ngày 13/3/2026',
      result: 'on_time',
    });
  });

  it('a file attached to the task is the product enough', async () => {
    const id = await newTask('2026-03-31', 'in_progress');
    await h.db.kysely
      .insertInto('files')
      .values({
        id: newId(),
        owner_type: 'work_task',
        owner_id: id,
        filename: 'bao-cao-so-ket.pdf',
        mime: 'application/pdf',
        size: 4,
        sha256: '0'.repeat(64),
        content: Buffer.from('%PDF'),
        uploaded_by: 'canbo.cn',
        created_at: new Date().toISOString(),
      })
      .execute();
    const res = await officerA.send('POST', `${task(id)}/transitions`, { action: 'complete', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'done', completedOn: '2026-03-16' });
  });

  it('only the office drops a task, with the reason, kept in the history under the amendment in force', async () => {
    const id = await newTask('2026-06-30', 'in_progress');
    const byUnit = await officerA.send('POST', `${task(id)}/transitions`, {
      action: 'drop',
      reason: 'Không còn phù hợp',
      version: 1,
    });
    expect(byUnit.statusCode).toBe(403);
    const noReason = await office.send('POST', `${task(id)}/transitions`, { action: 'drop', version: 1 });
    expect(noReason.statusCode).toBe(409);
    await h.db.kysely.updateTable('work_programmes').set({ amendment: 2 }).where('id', '=', programmeId).execute();
    const res = await office.send('POST', `${task(id)}/transitions`, {
      action: 'drop',
      reason: 'Ủy ban nhân dân tỉnh giao Sở Xây dựng chủ trì',
      version: 1,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('dropped');
    expect(res.json().changes).toEqual([
      expect.objectContaining({
        kind: 'dropped',
        amendment: 2,
        reason: 'Ủy ban nhân dân tỉnh giao Sở Xây dựng chủ trì',
      }),
    ]);
    await h.db.kysely.updateTable('work_programmes').set({ amendment: 0 }).where('id', '=', programmeId).execute();
    // The clock's step is nobody else's.
    const other = await newTask('2026-03-10', 'in_progress');
    const mark = await office.send('POST', `${task(other)}/transitions`, { action: 'mark_overdue', version: 1 });
    expect(mark.statusCode).toBe(403);
  });
});
