import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.ts';
import { makeProgramme, makeTask } from '../../test/factories/workProgrammes.ts';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makePerson,
  makeUser,
  multipart,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PASSWORD = 'Nhiem-vu@2026';

describe.each(DIALECTS)('tasks of the work programmes: create, edit, read, files (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let office: Client;
  let cnOfficer: Client;
  let tmOfficer: Client;
  let viewer: Client;
  let root: string;
  let cn: string;
  let tm: string;
  let kc: string;
  let leaderId: string;
  const k = () => h.db.kysely;
  const count = async (table: 'work_tasks' | 'work_task_changes') =>
    Number(
      (
        await k()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    h = await makeHarness(dialect, { clock: new ManualClock('2026-11-16T09:00:00+07:00') });
    admin = await asAdmin(h);
    root = await rootOrgId(h);
    cn = (await makeOrg(admin, root, 'QLCN', 'Phòng Quản lý Công nghiệp')).id;
    tm = (await makeOrg(admin, root, 'QLTM', 'Phòng Quản lý Thương mại')).id;
    kc = (await makeOrg(admin, root, 'TTKC', 'Trung tâm Khuyến công và Xúc tiến thương mại', 'centre')).id;
    leaderId = (await makePerson(admin, root, { familyName: 'Trần', middleName: 'Quốc', givenName: 'Hùng' })).id;
    await makeUser(admin, 'vp.theodoi', [{ role: 'emulation_officer', orgId: root }], PASSWORD);
    await makeUser(admin, 'cn.chuyenvien', [{ role: 'unit_officer', orgId: cn }], PASSWORD);
    await makeUser(admin, 'tm.chuyenvien', [{ role: 'unit_officer', orgId: tm }], PASSWORD);
    await makeUser(admin, 'so.xem', [{ role: 'viewer', orgId: root }], PASSWORD);
    office = await signIn(h.app, 'vp.theodoi', PASSWORD);
    cnOfficer = await signIn(h.app, 'cn.chuyenvien', PASSWORD);
    tmOfficer = await signIn(h.app, 'tm.chuyenvien', PASSWORD);
    viewer = await signIn(h.app, 'so.xem', PASSWORD);
  });
  afterAll(() => h.close());

  const newTask = (programmeId: string, over: Record<string, unknown> = {}) => ({
    programmeId,
    title: 'Xây dựng Kế hoạch phát triển cụm công nghiệp năm 2027',
    product: 'Kế hoạch trình UBND tỉnh',
    orgId: cn,
    startDate: '2026-04-24',
    deadline: '2026-06-30',
    ...over,
  });
  /** The same fields as an edit sends them (no programme: a task stays in its own). */
  const editOf = (over: Record<string, unknown>) => {
    const { programmeId: _, ...rest } = newTask('', over);
    return rest;
  };

  it('numbers a draft programme’s tasks, counts a relative deadline in working days on the calendar, and keeps no history', async () => {
    const draft = await makeProgramme(k(), { orgId: root, year: 2026, status: 'draft' });
    const res = await office.send(
      'POST',
      '/api/v1/tasks',
      newTask(draft, {
        deadline: null,
        // Friday 24/04/2026; 26/04 Giỗ Tổ (Sunday) is made up on Monday 27/04, then 30/04 and 01/05 are holidays.
        deadlineWorkingDays: 5,
        partnerOrgIds: [kc],
        leaderPersonId: leaderId,
        source: { kind: 'decision', number: '125/QĐ-UBND', date: '2026-01-15', issuer: 'UBND tỉnh', title: '' },
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const t = res.json();
    expect(t).toMatchObject({
      code: '1',
      deadline: '2026-05-06',
      originalDeadline: '2026-05-06',
      deadlineWorkingDays: 5,
      status: 'assigned',
      orgName: 'Phòng Quản lý Công nghiệp',
      partnerNames: ['Trung tâm Khuyến công và Xúc tiến thương mại'],
      leaderName: 'Trần Quốc Hùng',
      source: { kind: 'decision', number: '125/QĐ-UBND' },
      programmes: [{ id: draft, removed: false }],
      changes: [],
      transitions: [{ toStatus: 'assigned', action: null }],
      abilities: { edit: true, report: false, attach: true },
    });
    // Nothing is completed before the programme is issued: the reason is said.
    expect(t.unavailable.map((u: { action: string }) => u.action)).toContain('complete');
    const second = await office.send('POST', '/api/v1/tasks', newTask(draft, { title: 'Tổ chức Hội chợ Công Thương' }));
    expect(second.json().code).toBe('2');
    const audited = await k().selectFrom('audit_log').select('action').where('entity_id', '=', t.id).execute();
    expect(audited.map((a) => a.action)).toContain('work_task.created');

    // A draft's edit: the deadline set last is the first one (nothing was assigned yet), and no history is kept.
    const edited = await office.send('PUT', `/api/v1/tasks/${t.id}`, {
      ...newTask(draft, { deadline: '2026-07-15' }),
      programmeId: undefined,
      version: t.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ deadline: '2026-07-15', originalDeadline: '2026-07-15', changes: [] });
    expect(edited.json().partnerNames).toEqual([]);
    const stale = await office.send('PUT', `/api/v1/tasks/${t.id}`, {
      ...newTask(draft),
      programmeId: undefined,
      version: t.version,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses a deadline before the start, a year the calendar lacks, and units outside the programme, writing nothing', async () => {
    const year = await makeProgramme(k(), { orgId: root, year: 2026, kind: 'quarter', period: 4, status: 'draft' });
    const centre = await makeProgramme(k(), { orgId: kc, year: 2026, status: 'draft' });
    const before = await count('work_tasks');

    const early = await office.send('POST', '/api/v1/tasks', newTask(year, { deadline: '2026-04-20' }));
    expect(early.statusCode).toBe(422);
    expect(early.json().errors).toEqual([expect.objectContaining({ path: 'deadline' })]);
    expect(early.json().detail).toContain('trước ngày bắt đầu');

    const beyond = await office.send(
      'POST',
      '/api/v1/tasks',
      newTask(year, { startDate: '2030-12-20', deadline: null, deadlineWorkingDays: 10 }),
    );
    expect(beyond.statusCode, beyond.body).toBe(409);
    expect(beyond.json()).toMatchObject({ code: 'calendar_year_missing' });
    expect(beyond.json().detail).toContain('2031');

    const outside = await office.send('POST', '/api/v1/tasks', newTask(centre, { orgId: cn }));
    expect(outside.statusCode).toBe(422);
    expect(outside.json().errors).toEqual([expect.objectContaining({ path: 'orgId' })]);
    expect(outside.json().detail).toContain('ngoài phạm vi chương trình');
    const partner = await office.send('POST', '/api/v1/tasks', newTask(centre, { orgId: kc, partnerOrgIds: [tm] }));
    expect(partner.statusCode).toBe(422);
    expect(partner.json().errors).toEqual([expect.objectContaining({ path: 'partnerOrgIds' })]);
    expect(partner.json().detail).toContain('Phòng Quản lý Thương mại');

    const both = await office.send('POST', '/api/v1/tasks', { ...newTask(year), deadlineWorkingDays: 3 });
    expect(both.statusCode).toBe(400);
    expect(await count('work_tasks')).toBe(before);
  });

  it('refuses every change of a closed programme’s tasks, and of a task done', async () => {
    const closed = await makeProgramme(k(), { orgId: root, year: 2025, status: 'closed' });
    const tasks = await count('work_tasks');
    const add = await office.send('POST', '/api/v1/tasks', newTask(closed, { reason: 'Bổ sung' }));
    expect(add.statusCode).toBe(409);
    expect(add.json()).toMatchObject({ code: 'programme_closed', detail: 'Chương trình đã kết thúc, không sửa được.' });
    expect(await count('work_tasks')).toBe(tasks);

    const old = await makeTask(k(), { programmeId: closed, orgId: cn, deadline: '2025-06-30' });
    const put = await office.send('PUT', `/api/v1/tasks/${old}`, { ...editOf({}), reason: 'Sửa', version: 1 });
    expect(put.statusCode).toBe(409);
    expect(put.json().code).toBe('programme_closed');

    const issued = await makeProgramme(k(), { orgId: root, year: 2027, status: 'issued' });
    const done = await makeTask(k(), { programmeId: issued, orgId: cn, deadline: '2027-03-31', status: 'done' });
    const edit = await office.send('PUT', `/api/v1/tasks/${done}`, {
      ...editOf({ startDate: '2027-01-05', deadline: '2027-04-30' }),
      reason: 'Lùi hạn',
      version: 1,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toContain('đã hoàn thành');
    expect((await office.get(`/api/v1/tasks/${done}`)).json().abilities.edit).toBe(false);
  });

  it('in an issued programme every add, move and edit needs a reason and is kept in the task’s history', async () => {
    const p = await makeProgramme(k(), { orgId: root, year: 2026, kind: 'month', period: 12, status: 'issued' });
    await k().updateTable('work_programmes').set({ amendment: 2 }).where('id', '=', p).execute();
    const changes = await count('work_task_changes');
    const body = newTask(p, { startDate: '2026-12-01', deadline: '2026-12-25' });
    const noReason = await office.send('POST', '/api/v1/tasks', body);
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors).toEqual([expect.objectContaining({ path: 'reason' })]);
    expect(await count('work_task_changes')).toBe(changes);

    const res = await office.send('POST', '/api/v1/tasks', { ...body, reason: 'Theo chỉ đạo của UBND tỉnh' });
    expect(res.statusCode, res.body).toBe(201);
    const t = res.json();
    expect(t.changes).toEqual([
      expect.objectContaining({
        kind: 'added',
        amendment: 2,
        reason: 'Theo chỉ đạo của UBND tỉnh',
        after: expect.objectContaining({
          'Hạn hoàn thành': '25/12/2026',
          'Đơn vị chủ trì': 'Phòng Quản lý Công nghiệp',
        }),
      }),
    ]);
    const held = await k().selectFrom('work_programme_tasks').selectAll().where('task_id', '=', t.id).execute();
    expect(held).toEqual([expect.objectContaining({ programme_id: p, added_amendment: 2 })]);

    const unchanged = { ...body, programmeId: undefined, version: t.version };
    const moveNoReason = await office.send('PUT', `/api/v1/tasks/${t.id}`, { ...unchanged, deadline: '2026-12-29' });
    expect(moveNoReason.statusCode).toBe(422);
    const moved = await office.send('PUT', `/api/v1/tasks/${t.id}`, {
      ...unchanged,
      deadline: '2026-12-29',
      reason: 'Chờ số liệu quý IV của Cục Thống kê',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    // The deadline first assigned stays: an amendment moves the task, the results see it as extended.
    expect(moved.json()).toMatchObject({ deadline: '2026-12-29', originalDeadline: '2026-12-25' });
    expect(moved.json().changes[1]).toMatchObject({
      kind: 'moved',
      before: { 'Hạn hoàn thành': '25/12/2026' },
      after: { 'Hạn hoàn thành': '29/12/2026' },
    });
    const edited = await office.send('PUT', `/api/v1/tasks/${t.id}`, {
      ...unchanged,
      deadline: '2026-12-29',
      title: 'Báo cáo tình hình phát triển cụm công nghiệp năm 2026',
      priority: 'high',
      reason: 'Điều chỉnh tên nhiệm vụ theo Thông báo kết luận của Giám đốc Sở',
      version: moved.json().version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().changes[2]).toMatchObject({
      kind: 'edited',
      before: { 'Tên nhiệm vụ': body.title, 'Mức độ ưu tiên': 'Bình thường' },
      after: { 'Mức độ ưu tiên': 'Cao' },
    });
    expect(Object.keys(edited.json().changes[2].after)).not.toContain('Hạn hoàn thành');
  });

  it('lets only the office edit, the unit in charge report, a leader decide; a unit officer of another unit gets 403', async () => {
    const p = await makeProgramme(k(), { orgId: root, year: 2026, kind: 'quarter', period: 3, status: 'issued' });
    const t = await makeTask(k(), { programmeId: p, orgId: cn, deadline: '2026-12-15', status: 'in_progress' });
    const body = { ...editOf({ startDate: '2026-07-01', deadline: '2026-12-31' }), reason: 'Lùi hạn', version: 1 };
    for (const c of [tmOfficer, cnOfficer, viewer])
      expect((await c.send('PUT', `/api/v1/tasks/${t}`, body)).statusCode).toBe(403);
    expect(await k().selectFrom('work_tasks').select('version').where('id', '=', t).executeTakeFirst()).toEqual({
      version: 1,
    });

    const mine = (await cnOfficer.get(`/api/v1/tasks/${t}`)).json();
    expect(mine.abilities).toMatchObject({ edit: false, report: true, decide: false, attach: true });
    expect(mine.abilities.transitions).toEqual(['complete']);
    expect(mine.next).toMatchObject({ actor: 'unit', mine: true });
    const other = (await tmOfficer.get(`/api/v1/tasks/${t}`)).json();
    expect(other.abilities).toMatchObject({
      edit: false,
      report: false,
      decide: false,
      attach: false,
      transitions: [],
    });
    const seen = (await viewer.get(`/api/v1/tasks/${t}`)).json();
    expect(seen).toMatchObject({ overdue: false, result: 'pending', next: { mine: false } });

    const asked = await makeTask(k(), {
      programmeId: p,
      orgId: tm,
      deadline: '2026-09-30',
      status: 'extension_requested',
    });
    const view = (await admin.get(`/api/v1/tasks/${asked}`)).json();
    expect(view).toMatchObject({ extensionPending: true, overdue: true, result: 'not_done' });
    expect(view.abilities).toMatchObject({ decide: true, edit: true });
    expect(view.abilities.transitions).toEqual(['drop']);
    expect((await viewer.get('/api/v1/tasks/01J0000000000000000000000A')).statusCode).toBe(404);
  });

  it('keeps files with the task: the unit in charge attaches, everyone reads, a viewer cannot remove', async () => {
    const p = await makeProgramme(k(), { orgId: root, year: 2026, kind: 'quarter', period: 2, status: 'issued' });
    const t = await makeTask(k(), { programmeId: p, orgId: cn, deadline: '2026-12-20', status: 'in_progress' });
    const file = multipart(PDF, 'Báo cáo tiến độ tháng 11.pdf');
    const refused = await tmOfficer.send('POST', `/api/v1/tasks/${t}/attachments`, file.body, {
      'content-type': file.type,
    });
    expect(refused.statusCode).toBe(403);
    const up = await cnOfficer.send('POST', `/api/v1/tasks/${t}/attachments`, file.body, { 'content-type': file.type });
    expect(up.statusCode, up.body).toBe(200);
    const id = up.json().id as string;
    expect((await viewer.get(`/api/v1/tasks/${t}`)).json().attachments).toEqual([
      expect.objectContaining({ id, filename: 'Báo cáo tiến độ tháng 11.pdf' }),
    ]);
    const read = await viewer.get(`/api/v1/attachments/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await viewer.send('DELETE', `/api/v1/attachments/${id}`)).statusCode).toBe(403);
    expect((await tmOfficer.send('DELETE', `/api/v1/attachments/${id}`)).statusCode).toBe(403);
    expect((await cnOfficer.send('DELETE', `/api/v1/attachments/${id}`)).statusCode).toBe(200);
    expect((await viewer.get(`/api/v1/tasks/${t}`)).json().attachments).toEqual([]);
  });
});
