import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.ts';
import { makeTask } from '../../test/factories/workProgrammes.ts';
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
 * A year's programme through HTTP: the office drafts it (default title and organisation), a second one for the
 * same year is refused, issuing is refused while it holds no task and while its decision is not recorded, it is
 * issued, amended, closed, and a closed programme refuses every edit. A viewer reads it; a unit officer may not
 * draft one. Nothing refused is written.
 */
describe.each(DIALECTS)('a work programme from draft to closed (%s)', (dialect) => {
  let h: Harness;
  let office: Client;
  let officer: Client;
  let viewer: Client;
  let divisionOffice: Client;
  let root: string;
  let division: string;
  let id: string;
  let version: number;
  const url = () => `/api/v1/work-programmes/${id}`;

  beforeAll(async () => {
    h = await makeHarness(dialect, { clock: new ManualClock('2026-01-08T09:00:00+07:00') });
    const admin = await asAdmin(h);
    root = await rootOrgId(h);
    division = (await makeOrg(admin, root, 'QLCN', 'Phòng Quản lý Công nghiệp')).id;
    for (const [name, role, org] of [
      ['vanphong.so', 'emulation_officer', root],
      ['canbo.qlcn', 'unit_officer', division],
      ['xem.so', 'viewer', root],
      ['tdkt.qlcn', 'emulation_officer', division],
    ] as const)
      await makeUser(admin, name, [{ role, orgId: org }], 'Chuong-trinh@2026');
    office = await signIn(h.app, 'vanphong.so', 'Chuong-trinh@2026');
    officer = await signIn(h.app, 'canbo.qlcn', 'Chuong-trinh@2026');
    viewer = await signIn(h.app, 'xem.so', 'Chuong-trinh@2026');
    divisionOffice = await signIn(h.app, 'tdkt.qlcn', 'Chuong-trinh@2026');
  });
  afterAll(() => h.close());

  const send = async (c: Client, method: string, path: string, body: unknown, status = 200) => {
    const res = await c.send(method, path, body);
    expect(res.statusCode, res.body).toBe(status);
    const json = res.json();
    if (status < 300) version = json.version;
    return json;
  };
  const count = async (table: 'work_programmes' | 'work_programme_amendments') =>
    Number(
      (
        await h.db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
      )?.n,
    );

  it('the office drafts the year programme of its department, titled by default', async () => {
    const p = await send(office, 'POST', '/api/v1/work-programmes', { kind: 'year', year: 2026 }, 201);
    id = p.id;
    expect(p).toMatchObject({
      title: 'Chương trình công tác năm 2026',
      periodLabel: 'Năm 2026',
      orgId: root,
      status: 'draft',
      parentId: null,
      decision: null,
      amendment: 0,
      taskCount: 0,
      abilities: { edit: true, amend: false, transitions: [] },
      next: { actor: 'office', mine: true },
    });
    expect(p.transitions.map((t: { toStatus: string }) => t.toStatus)).toEqual(['draft']);
    expect(p.unavailable.map((u: { action: string }) => u.action)).toEqual(['issue']);
    expect(p.unavailable[0].reason).toContain('chưa có nhiệm vụ');
  });

  it('a second programme of the same department and year is refused, naming the one that exists', async () => {
    const res = await office.send('POST', '/api/v1/work-programmes', { kind: 'year', year: 2026, title: 'Bản khác' });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('đã có chương trình công tác năm 2026');
    expect(res.json().detail).toContain('Chương trình công tác năm 2026');
    expect(await count('work_programmes')).toBe(1);
  });

  it('a quarter with a wrong period or a month with a year programme as its own parent are refused', async () => {
    const bad = await office.send('POST', '/api/v1/work-programmes', { kind: 'quarter', year: 2026, period: 5 });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().errors)).toContain('period');
    const parent = await office.send('POST', '/api/v1/work-programmes', { kind: 'year', year: 2027, parentId: id });
    expect(parent.statusCode).toBe(422);
    expect(parent.json().errors[0].path).toBe('parentId');
    expect(await count('work_programmes')).toBe(1);
  });

  it('a unit officer may not draft a programme; a viewer may not edit one', async () => {
    const res = await officer.send('POST', '/api/v1/work-programmes', { kind: 'year', year: 2027 });
    expect(res.statusCode).toBe(403);
    const edit = await viewer.send('PUT', url(), { title: 'Sửa trái phép', version });
    expect(edit.statusCode).toBe(403);
    expect(await count('work_programmes')).toBe(1);
  });

  it("an office granted on a division manages its division's programmes, not the department's", async () => {
    const res = await divisionOffice.send('POST', '/api/v1/work-programmes', { kind: 'year', year: 2026, orgId: root });
    expect(res.statusCode).toBe(403);
    const edit = await divisionOffice.send('PUT', url(), { title: 'Sửa ngoài phạm vi', version });
    expect(edit.statusCode).toBe(403);
    const seen = (await divisionOffice.get(url())).json();
    expect(seen.abilities).toEqual({ edit: false, amend: false, transitions: [] });
    const own = await send(
      divisionOffice,
      'POST',
      '/api/v1/work-programmes',
      { kind: 'month', year: 2026, period: 1 },
      201,
    );
    expect(own).toMatchObject({ orgId: division, parentId: null, title: 'Chương trình công tác tháng 1 năm 2026' });
    version = (await viewer.get(url())).json().version;
  });

  it('issuing is refused while the programme holds no task', async () => {
    const res = await office.send('POST', `${url()}/transitions`, { action: 'issue', version });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('chưa có nhiệm vụ');
  });

  it('issuing is refused while the decision is not recorded, saying what is missing', async () => {
    await makeTask(h.db.kysely, {
      programmeId: id,
      orgId: division,
      title: 'Xây dựng kế hoạch phát triển cụm công nghiệp năm 2026',
      deadline: '2026-03-31',
    });
    const res = await office.send('POST', `${url()}/transitions`, { action: 'issue', version });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('số quyết định');
    expect(res.json().detail).toContain('người ký');
    const p = await send(office, 'GET', url(), undefined);
    expect(p.status).toBe('draft');
    expect(p.taskCount).toBe(1);
  });

  it('with the decision recorded the office issues it; everyone reads it', async () => {
    await send(office, 'PUT', url(), {
      title: 'Chương trình công tác năm 2026 của Sở Công Thương',
      decisionNumber: '15/QĐ-SCT',
      decisionDate: '2026-01-08',
      decisionSigner: 'Giám đốc Sở Trần Văn Bình',
      note: 'Ban hành kèm Quyết định số 15/QĐ-SCT',
      version,
    });
    const p = await send(office, 'POST', `${url()}/transitions`, { action: 'issue', version });
    expect(p).toMatchObject({
      status: 'issued',
      decision: { number: '15/QĐ-SCT', date: '2026-01-08', signer: 'Giám đốc Sở Trần Văn Bình' },
      abilities: { edit: true, amend: true },
    });
    expect(p.abilities.transitions.sort()).toEqual(['close', 'reopen']);
    const seen = await viewer.get(url());
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({
      status: 'issued',
      abilities: { edit: false, amend: false, transitions: [] },
      unavailable: [],
    });
    const list = await viewer.get('/api/v1/work-programmes?year=2026&kind=year');
    expect(list.json().items.map((x: { id: string }) => x.id)).toEqual([id]);
  });

  it('an issued programme keeps its decision: blanking it is refused', async () => {
    const res = await office.send('PUT', url(), {
      title: 'Chương trình công tác năm 2026',
      decisionNumber: '',
      decisionDate: '2026-01-08',
      decisionSigner: 'Giám đốc Sở Trần Văn Bình',
      version,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['decisionNumber']);
  });

  it('withdrawing to draft needs a reason', async () => {
    const res = await office.send('POST', `${url()}/transitions`, { action: 'reopen', version });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].path).toBe('reason');
  });

  it('an amendment opens with its reason and numbers the ones after', async () => {
    const empty = await office.send('POST', `${url()}/amendments`, { reason: '  ', version });
    expect(empty.statusCode).toBe(400);
    const p = await send(office, 'POST', `${url()}/amendments`, {
      reason: 'Bổ sung nhiệm vụ theo Chỉ thị của UBND tỉnh',
      decisionNumber: '120/QĐ-SCT',
      decisionDate: '2026-01-08',
      version,
    });
    expect(p.amendment).toBe(1);
    expect(p.amendments).toMatchObject([
      { number: 1, reason: 'Bổ sung nhiệm vụ theo Chỉ thị của UBND tỉnh', decisionNumber: '120/QĐ-SCT' },
    ]);
    const stale = await office.send('POST', `${url()}/amendments`, { reason: 'Lần nữa', version: version - 1 });
    expect(stale.statusCode).toBe(409);
    expect(await count('work_programme_amendments')).toBe(1);
  });

  it('closed, the programme refuses every edit', async () => {
    const p = await send(office, 'POST', `${url()}/transitions`, { action: 'close', version });
    expect(p).toMatchObject({ status: 'closed', abilities: { edit: false, amend: false, transitions: [] } });
    const edit = await office.send('PUT', url(), { title: 'Sửa sau khi kết thúc', version });
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toMatchObject({
      code: 'programme_closed',
      detail: 'Chương trình đã kết thúc, không sửa được.',
    });
    const amend = await office.send('POST', `${url()}/amendments`, { reason: 'Điều chỉnh muộn', version });
    expect(amend.json().code).toBe('programme_closed');
    const reopen = await office.send('POST', `${url()}/transitions`, { action: 'reopen', reason: 'Mở lại', version });
    expect(reopen.statusCode).toBe(409);
    const row = await h.db.kysely.selectFrom('work_programmes').selectAll().where('id', '=', id).executeTakeFirst();
    expect(row?.title).toBe('Chương trình công tác năm 2026 của Sở Công Thương');
  });

  it('every step is audited', async () => {
    const actions = await h.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'work_programme.created',
      'work_programme.updated',
      'work_programme.issue',
      'work_programme.amended',
      'work_programme.close',
    ]);
  });
});
