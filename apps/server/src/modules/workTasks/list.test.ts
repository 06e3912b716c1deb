import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.ts';
import { loadWorkbook } from '../../platform/documents/xlsx.ts';
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

const PASSWORD = 'Danh-sach@2026';

describe.each(DIALECTS)('the task list and its Excel (%s)', (dialect) => {
  let h: Harness;
  let office: Client;
  let cnOfficer: Client;
  let viewer: Client;
  let year: string;
  let december: string;
  /** Task ids by a short name. */
  const t: Record<string, string> = {};

  beforeAll(async () => {
    // Monday 16/11/2026 in Vietnam.
    h = await makeHarness(dialect, { clock: new ManualClock('2026-11-16T09:00:00+07:00') });
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    const cn = (await makeOrg(admin, root, 'QLCN', 'Phòng Quản lý Công nghiệp')).id;
    const tm = (await makeOrg(admin, root, 'QLTM', 'Phòng Quản lý Thương mại')).id;
    const kc = (await makeOrg(admin, root, 'TTKC', 'Trung tâm Khuyến công và Xúc tiến thương mại', 'centre')).id;
    const tv = (await makeOrg(admin, kc, 'TVPT', 'Phòng Tư vấn và Phát triển công nghiệp')).id;
    await makeUser(admin, 'vp.ds', [{ role: 'emulation_officer', orgId: root }], PASSWORD);
    await makeUser(admin, 'cn.ds', [{ role: 'unit_officer', orgId: cn }], PASSWORD);
    await makeUser(admin, 'xem.ds', [{ role: 'viewer', orgId: root }], PASSWORD);
    office = await signIn(h.app, 'vp.ds', PASSWORD);
    cnOfficer = await signIn(h.app, 'cn.ds', PASSWORD);
    viewer = await signIn(h.app, 'xem.ds', PASSWORD);

    const k = h.db.kysely;
    year = await makeProgramme(k, { orgId: root, year: 2026 });
    december = await makeProgramme(k, { orgId: root, year: 2026, kind: 'month', period: 12, parentId: year });
    const task = (spec: Omit<Parameters<typeof makeTask>[1], 'programmeId'> & { programmeId?: string }) =>
      makeTask(k, { programmeId: year, ...spec });
    t.clusters = await task({
      orgId: cn,
      title: 'Rà soát quy hoạch các cụm công nghiệp trên địa bàn tỉnh',
      deadline: '2026-10-30',
      status: 'in_progress',
    });
    t.fair = await task({
      orgId: tm,
      title: 'Tổ chức Hội chợ Công Thương vùng',
      deadline: '2026-03-31',
      status: 'done',
      completedOn: '2026-03-20',
    });
    t.promotion = await task({
      orgId: tv,
      title: 'Triển khai Chương trình khuyến công địa phương',
      deadline: '2026-12-20',
      status: 'in_progress',
    });
    t.energy = await task({
      orgId: tm,
      title: 'Kiểm tra sử dụng năng lượng tiết kiệm và hiệu quả',
      deadline: '2026-12-10',
      partnerOrgIds: [cn],
    });
    t.review = await task({
      orgId: cn,
      title: 'Tổng kết công tác thi đua, khen thưởng năm 2026',
      deadline: '2026-12-25',
    });
    t.removed = await task({ orgId: cn, title: 'Khảo sát làng nghề', deadline: '2026-12-28' });
    t.inspection = await task({
      programmeId: december,
      orgId: tm,
      title: 'Kế hoạch thanh tra, kiểm tra năm 2027',
      deadline: '2026-12-30',
    });
    // December takes two of the year's tasks; one of them was later removed by its first amendment.
    await k
      .insertInto('work_programme_tasks')
      .values([
        {
          programme_id: december,
          task_id: t.review,
          position: 100,
          added_amendment: 0,
          removed_amendment: null,
          removed_reason: '',
        },
        {
          programme_id: december,
          task_id: t.removed,
          position: 101,
          added_amendment: 0,
          removed_amendment: 1,
          removed_reason: 'Chuyển sang năm 2027',
        },
      ])
      .execute();
  });
  afterAll(() => h.close());

  const ids = async (c: Client, query: string) => {
    const res = await c.get(`/api/v1/tasks?pageSize=100&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as { id: string }[]).map((i) => i.id).sort();
  };
  const of = (...names: string[]) => names.map((n) => t[n]!).sort();

  it('lists the tasks a programme holds now, taken ones included and removed ones left out', async () => {
    expect(await ids(viewer, `programmeId=${december}`)).toEqual(of('review', 'inspection'));
    expect(await ids(viewer, `programmeId=${year}`)).toEqual(
      of('clusters', 'fair', 'promotion', 'energy', 'review', 'removed'),
    );
    const page = (await viewer.get(`/api/v1/tasks?programmeId=${year}&pageSize=2&sort=deadline`)).json();
    expect(page).toMatchObject({ total: 6, page: 1, pageSize: 2 });
    expect(page.items.map((i: { id: string }) => i.id)).toEqual([t.fair, t.clusters]);
  });

  it('filters by unit with its subtree (and co-operations on request), by the user’s own units, and by overdue', async () => {
    const kc = (
      await h.db.kysely.selectFrom('organisations').select('id').where('code', '=', 'TTKC').executeTakeFirstOrThrow()
    ).id;
    const cn = (
      await h.db.kysely.selectFrom('organisations').select('id').where('code', '=', 'QLCN').executeTakeFirstOrThrow()
    ).id;
    expect(await ids(viewer, `orgId=${kc}`)).toEqual(of('promotion'));
    expect(await ids(viewer, `orgId=${cn}`)).toEqual(of('clusters', 'review', 'removed'));
    expect(await ids(viewer, `orgId=${cn}&partner=true`)).toEqual(of('clusters', 'review', 'removed', 'energy'));
    expect(await ids(cnOfficer, 'mine=true')).toEqual(of('clusters', 'review', 'removed'));
    // A viewer reports for no unit: his own list is empty, the office's is everything.
    expect(await ids(viewer, 'mine=true')).toEqual([]);
    expect((await ids(office, 'mine=true')).length).toBe(7);

    // 30/10 passed unfinished; the fair was done before its deadline.
    expect(await ids(viewer, 'overdue=true')).toEqual(of('clusters'));
    const row = (await viewer.get(`/api/v1/tasks?overdue=true`)).json().items[0];
    expect(row).toMatchObject({
      overdue: true,
      result: 'not_done',
      status: 'in_progress',
      orgName: 'Phòng Quản lý Công nghiệp',
    });
    expect(await ids(viewer, 'result=on_time')).toEqual(of('fair'));
    expect(await ids(viewer, 'result=not_done')).toEqual(of('clusters'));
    expect(await ids(viewer, 'status=done')).toEqual(of('fair'));
    expect(await ids(viewer, 'deadlineFrom=2026-12-01&deadlineTo=2026-12-25')).toEqual(
      of('promotion', 'energy', 'review'),
    );
    const energy = (await viewer.get(`/api/v1/tasks?q=nang luong`)).json().items;
    expect(energy).toEqual([expect.objectContaining({ id: t.energy, partnerNames: ['Phòng Quản lý Công nghiệp'] })]);
    expect(await ids(viewer, 'q=CUM CONG NGHIEP')).toEqual(of('clusters'));
  });

  it('exports the view on screen to Excel with Vietnamese headers', async () => {
    const res = await viewer.get(`/api/v1/tasks/export.xlsx?programmeId=${december}&sort=-deadline`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ws = (await loadWorkbook(res.rawPayload)).worksheets[0]!;
    const header = (ws.getRow(4).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['Nhiệm vụ', 'Đơn vị chủ trì', 'Hạn hoàn thành', 'Trạng thái']));
    expect(ws.getRow(5).getCell(3).value).toBe('Kế hoạch thanh tra, kiểm tra năm 2027');
    expect(ws.getRow(6).getCell(3).value).toBe('Tổng kết công tác thi đua, khen thưởng năm 2026');
    expect(ws.getRow(7).getCell(3).value ?? null).toBeNull();
  });
});
