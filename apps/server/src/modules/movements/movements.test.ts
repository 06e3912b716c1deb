import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makePerson,
  makeUser,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';
import { insertMovement } from '../../test/factories.ts';

const docxText = async (buf: Buffer) =>
  (await JSZip.loadAsync(buf))
    .file('word/document.xml')!
    .async('string')
    .then((x) => x.replace(/<[^>]+>/gu, ''));

describe.each(DIALECTS)('emulation movements (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let officer: Client;
  let unitOfficer: Client;
  let unitA: string;
  let unitB: string;
  let people: string[];
  let outsider: string;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    unitA = (await makeOrg(admin, root, 'MA', 'Phòng Quản lý Công nghiệp')).id;
    unitB = (await makeOrg(admin, root, 'MB', 'Phòng Quản lý Thương mại')).id;
    people = [];
    for (const [f, m, g] of [
      ['Nguyễn', 'Thị Ngọc', 'Hà'],
      ['Trần', 'Văn', 'Đức'],
      ['Lê', 'Thị', 'Ánh'],
    ])
      people.push((await makePerson(admin, unitA, { familyName: f, middleName: m, givenName: g })).id);
    outsider = (await makePerson(admin, unitB, { familyName: 'Phạm', middleName: 'Văn', givenName: 'Cường' })).id;
    await makeUser(admin, 'tdkt', [{ role: 'emulation_officer', orgId: root }], 'Thi-dua@2026');
    await makeUser(admin, 'donvi.a', [{ role: 'unit_officer', orgId: unitA }], 'Don-vi-A@2026');
    await makeUser(admin, 'donvi.b', [{ role: 'unit_officer', orgId: unitB }], 'Don-vi-B@2026');
    officer = await signIn(h.app, 'tdkt', 'Thi-dua@2026');
    unitOfficer = await signIn(h.app, 'donvi.a', 'Don-vi-A@2026');
  });
  afterAll(() => h.close());

  const movementBody = (over: Record<string, unknown> = {}) => ({
    name: 'Lao động giỏi, lao động sáng tạo',
    kind: 'thematic',
    year: 2026,
    launchDocNumber: '15/KH-SCT',
    objectives: 'Khơi dậy tinh thần sáng tạo\nNâng cao năng suất',
    startsOn: '2026-01-15',
    // Open into next year, so that its registration deadline is still ahead.
    endsOn: '2027-12-31',
    registrationDeadline: '2027-03-31',
    reportEvery: 'quarter',
    orgIds: [unitA, unitB],
    targets: [
      { name: 'Sáng kiến được công nhận', unit: 'sáng kiến', targetValue: 4 },
      { name: 'Tỷ lệ hồ sơ giải quyết đúng hạn', unit: '%', targetValue: 98, aggregation: 'latest' },
    ],
    ...over,
  });
  const count = async (table: 'movements' | 'movement_registrations' | 'movement_progress') =>
    Number(
      (
        await h.db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
      )?.n,
    );
  const create = async (over: Record<string, unknown> = {}) => {
    const res = await officer.send('POST', '/api/v1/movements', movementBody(over));
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const act = (m: { id: string; version: number }, action: string, reason = '') =>
    officer.send('POST', `/api/v1/movements/${m.id}/transitions`, { action, reason, version: m.version });

  it('refuses a target without a unit and an end before the start, writing nothing', async () => {
    const before = await count('movements');
    const noUnit = await officer.send(
      'POST',
      '/api/v1/movements',
      movementBody({ targets: [{ name: 'Số lượt tập huấn', unit: '' }] }),
    );
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json().errors).toContainEqual(expect.objectContaining({ path: 'targets.0.unit' }));
    const backwards = await officer.send(
      'POST',
      '/api/v1/movements',
      movementBody({ startsOn: '2026-06-01', endsOn: '2026-05-01' }),
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toContainEqual({ path: 'endsOn', message: 'Ngày kết thúc phải sau ngày bắt đầu' });
    expect(await count('movements')).toBe(before);
    const unitTry = await unitOfficer.send('POST', '/api/v1/movements', movementBody());
    expect(unitTry.statusCode).toBe(403);
  });

  it('walks the stages in order, refuses the others, and tells unit officers at launch', async () => {
    let m = await create();
    expect(m.status).toBe('draft');
    expect(m.abilities.transitions).toEqual(['launch']);
    const skip = await act(m, 'close');
    expect(skip.statusCode).toBe(409);
    expect(skip.json().detail).toContain('Đang xây dựng');
    for (const [action, status] of [
      ['launch', 'launched'],
      ['start', 'in_progress'],
      ['interim', 'interim_review'],
      ['resume', 'in_progress'],
      ['final', 'final_review'],
      ['close', 'closed'],
    ] as const) {
      const res = await act(m, action, action === 'close' ? 'Đã tổng kết' : '');
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
      m = res.json();
      expect(m.status).toBe(status);
    }
    expect(m.transitions.map((t: { toStatus: string }) => t.toStatus)).toEqual([
      'draft',
      'launched',
      'in_progress',
      'interim_review',
      'in_progress',
      'final_review',
      'closed',
    ]);
    expect(m.transitions.at(-1).reason).toBe('Đã tổng kết');
    expect((await act(m, 'launch')).statusCode).toBe(409);
    const stale = await officer.send('POST', `/api/v1/movements/${m.id}/transitions`, { action: 'close', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(
      (await unitOfficer.send('POST', `/api/v1/movements/${m.id}/transitions`, { action: 'close', version: m.version }))
        .statusCode,
    ).toBe(403);
    const notes = (await unitOfficer.get('/api/v1/notifications')).json();
    expect(notes.items.some((n: { title: string }) => n.title.includes('Lao động giỏi, lao động sáng tạo'))).toBe(true);
    const closedEdit = await officer.send('PUT', `/api/v1/movements/${m.id}`, {
      ...movementBody(),
      version: m.version,
    });
    expect(closedEdit.statusCode).toBe(409);
  });

  it('registers a unit and three people, shows the missing unit, reminds it, reports progress, and reports it all in the review', async () => {
    let m = await create({ name: 'Chung sức xây dựng nông thôn mới' });
    m = (await act(m, 'launch')).json();
    const draftReg = await unitOfficer.get(`/api/v1/movements/${m.id}/registrations/${unitA}`);
    expect(draftReg.json()).toMatchObject({ registered: false, canEdit: true, version: null });
    const [innovations, onTime] = m.targets;

    const bad = await unitOfficer.send('PUT', `/api/v1/movements/${m.id}/registrations/${unitA}`, {
      orgId: unitA,
      version: null,
      titles: [
        { subjectKind: 'individual', subjectId: people[0], awardCode: 'advanced_collective' },
        { subjectKind: 'individual', subjectId: outsider, awardCode: 'advanced_worker' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      { path: 'titles.0.awardCode', message: '"Tập thể lao động tiên tiến" không xét tặng cho cá nhân' },
      { path: 'titles.1.subjectId', message: 'Không thuộc Phòng Quản lý Công nghiệp' },
    ]);
    expect(await count('movement_registrations')).toBe(0);
    const other = await signIn(h.app, 'donvi.b', 'Don-vi-B@2026');
    expect(
      (
        await other.send('PUT', `/api/v1/movements/${m.id}/registrations/${unitA}`, {
          orgId: unitA,
          version: null,
          titles: [],
        })
      ).statusCode,
    ).toBe(403);

    const ok = await unitOfficer.send('PUT', `/api/v1/movements/${m.id}/registrations/${unitA}`, {
      orgId: unitA,
      version: null,
      titles: [
        { subjectKind: 'collective', subjectId: unitA, awardCode: 'excellent_collective' },
        ...people.map((id) => ({ subjectKind: 'individual', subjectId: id, awardCode: 'advanced_worker' })),
        { subjectKind: 'individual', subjectId: people[0], awardCode: 'grassroots_emulation_fighter' },
      ],
      commitments: [{ targetId: innovations.id, value: 5 }],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().titles.map((t: { subjectName: string }) => t.subjectName)).toEqual([
      'Phòng Quản lý Công nghiệp',
      'Lê Thị Ánh',
      'Trần Văn Đức',
      'Nguyễn Thị Ngọc Hà',
      'Nguyễn Thị Ngọc Hà',
    ]);
    const overview = (await officer.get(`/api/v1/movements/${m.id}/registrations`)).json();
    expect(
      overview.items.map((i: { orgName: string; registered: boolean; people: number }) => [
        i.orgName,
        i.registered,
        i.people,
      ]),
    ).toEqual([
      ['Phòng Quản lý Thương mại', false, 0],
      ['Phòng Quản lý Công nghiệp', true, 3],
    ]);
    const reminded = await officer.send('POST', `/api/v1/movements/${m.id}/reminders`, {});
    expect(reminded.json()).toEqual({ orgs: 1, notified: 1 });
    const bNotes = (await other.get('/api/v1/notifications')).json();
    expect(bNotes.items[0]).toMatchObject({
      kind: 'movement.reminder',
      link: `/movements/${m.id}/registrations/${unitB}`,
    });
    expect(
      (await officer.get(`/api/v1/movements/${m.id}/registrations`)).json().items[0].lastRemindedAt,
    ).not.toBeNull();
    const titles = (
      await officer.get(`/api/v1/registered-titles?year=2026&subjectIds=${people[0]},${outsider}`)
    ).json();
    expect(titles.items.map((t: { awardCode: string }) => t.awardCode).sort()).toEqual([
      'advanced_worker',
      'grassroots_emulation_fighter',
    ]);

    m = (await act(m, 'start')).json();
    const badPeriod = await unitOfficer.send('PUT', `/api/v1/movements/${m.id}/progress`, {
      orgId: unitA,
      period: '2026-03',
      values: [{ targetId: innovations.id, value: 1 }],
    });
    expect(badPeriod.statusCode).toBe(400);
    expect(badPeriod.json().errors[0].path).toBe('period');
    for (const [period, n, pct] of [
      ['2026-Q1', 2, 95],
      ['2026-Q2', 1.5, 99],
    ] as const) {
      const res = await unitOfficer.send('PUT', `/api/v1/movements/${m.id}/progress`, {
        orgId: unitA,
        period,
        values: [
          { targetId: innovations.id, value: n },
          { targetId: onTime.id, value: pct },
        ],
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    // The office may report for a unit that has not registered; its goal is then the movement's target.
    const forB = await officer.send('PUT', `/api/v1/movements/${m.id}/progress`, {
      orgId: unitB,
      period: '2026-Q1',
      values: [
        { targetId: innovations.id, value: 1 },
        { targetId: onTime.id, value: 85 },
      ],
    });
    expect(forB.statusCode, forB.body).toBe(200);
    const over = await unitOfficer.send('PUT', `/api/v1/movements/${m.id}/progress`, {
      orgId: unitA,
      period: '2026-Q3',
      values: [{ targetId: onTime.id, value: 120 }],
    });
    expect(over.json().errors).toEqual([
      { path: 'values.0.value', message: '"Tỷ lệ hồ sơ giải quyết đúng hạn" tính theo %: từ 0 đến 100' },
    ]);
    const board = (await officer.get(`/api/v1/movements/${m.id}/dashboard`)).json();
    const a = board.units.find((u: { orgId: string }) => u.orgId === unitA);
    expect(a.results).toEqual([
      { targetId: innovations.id, committed: 5, achieved: 3.5, ratio: 70, met: false },
      { targetId: onTime.id, committed: 98, achieved: 99, ratio: 101, met: true },
    ]);
    expect(board.totals).toMatchObject({
      participants: 2,
      registered: 1,
      reporting: 2,
      registeredPeople: 3,
      targetsMet: 1,
      targetsTracked: 4,
    });
    expect(board.units.find((u: { orgId: string }) => u.orgId === unitB).results[0]).toEqual({
      targetId: innovations.id,
      committed: 4,
      achieved: 1,
      ratio: 25,
      met: false,
    });
    // Amounts add up across units; a rate is averaged.
    expect(
      board.series
        .filter((s: { period: string }) => s.period === '2026-Q1')
        .map((s: { targetId: string; total: number }) => [s.targetId, s.total]),
    ).toEqual(
      expect.arrayContaining([
        [innovations.id, 3],
        [onTime.id, 90],
      ]),
    );
    expect(
      board.series
        .filter((s: { targetId: string }) => s.targetId === innovations.id)
        .map((s: { label: string; total: number }) => [s.label, s.total]),
    ).toEqual([
      ['Quý I/2026', 3],
      ['Quý II/2026', 1.5],
    ]);

    const ex = await unitOfficer.send('POST', `/api/v1/movements/${m.id}/exemplars`, {
      subjectKind: 'individual',
      subjectId: people[0],
      title: 'Điển hình trong cải cách thủ tục hành chính',
      description: 'Rút ngắn 30% thời gian giải quyết hồ sơ',
      recordedOn: '2026-06-30',
    });
    expect(ex.statusCode, ex.body).toBe(200);
    const wrongEx = await unitOfficer.send('POST', `/api/v1/movements/${m.id}/exemplars`, {
      subjectKind: 'individual',
      subjectId: outsider,
      title: 'X',
      recordedOn: '2026-06-30',
    });
    expect(wrongEx.statusCode).toBe(403);

    const doc = await officer.get(`/api/v1/movements/${m.id}/review.docx?kind=interim`);
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-type']).toContain('wordprocessingml');
    const text = await docxText(doc.rawPayload);
    for (const s of [
      'Chung sức xây dựng nông thôn mới',
      'Nguyễn Thị Ngọc Hà',
      'Điển hình trong cải cách thủ tục hành chính',
      'Phòng Quản lý Thương mại',
      'Sơ kết',
    ])
      expect(text).toContain(s);

    m = (await act(m, 'final')).json();
    m = (await act(m, 'close')).json();
    const progressBefore = await count('movement_progress');
    const late = await unitOfficer.send('PUT', `/api/v1/movements/${m.id}/progress`, {
      orgId: unitA,
      period: '2026-Q4',
      values: [{ targetId: innovations.id, value: 1 }],
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toContain('Phong trào đã kết thúc');
    expect(await count('movement_progress')).toBe(progressBefore);
  });

  it('accepts a registration after the deadline only with a reason, and audits it', async () => {
    let m = await create({ name: 'Sử dụng năng lượng tiết kiệm, hiệu quả', registrationDeadline: '2026-02-01' });
    m = (await act(m, 'launch')).json();
    const body = {
      orgId: unitA,
      version: null,
      titles: [{ subjectKind: 'collective', subjectId: unitA, awardCode: 'advanced_collective' }],
    };
    const refused = await unitOfficer.send('PUT', `/api/v1/movements/${m.id}/registrations/${unitA}`, body);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toEqual({
      path: 'lateReason',
      message: 'Đã quá hạn đăng ký (01/02/2026): cần ghi lý do đăng ký muộn',
    });
    const ok = await unitOfficer.send('PUT', `/api/v1/movements/${m.id}/registrations/${unitA}`, {
      ...body,
      lateReason: 'Đơn vị mới được thành lập',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ late: true, lateReason: 'Đơn vị mới được thành lập', version: 1 });
    const audit = await h.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'after_json'])
      .where('entity_id', '=', m.id)
      .where('action', '=', 'movement.registered_late')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after_json).toContain('Đơn vị mới được thành lập');
    const stale = await unitOfficer.send('PUT', `/api/v1/movements/${m.id}/registrations/${unitA}`, {
      ...body,
      lateReason: 'x',
    });
    expect(stale.statusCode).toBe(409);
  });

  it('edits a running movement but keeps what units already wrote under it', async () => {
    let m = await create({ name: 'Người Việt Nam ưu tiên dùng hàng Việt Nam' });
    m = (await act(m, 'launch')).json();
    const [first, second] = m.targets;
    await unitOfficer.send('PUT', `/api/v1/movements/${m.id}/registrations/${unitA}`, {
      orgId: unitA,
      version: null,
      titles: [],
    });
    await unitOfficer.send('PUT', `/api/v1/movements/${m.id}/progress`, {
      orgId: unitA,
      period: '2026-Q2',
      values: [{ targetId: first.id, value: 2 }],
    });
    const body = (over: Record<string, unknown>) => ({
      ...movementBody({ name: m.name }),
      version: m.version,
      ...over,
    });
    const dropUnit = await officer.send('PUT', `/api/v1/movements/${m.id}`, body({ orgIds: [unitB] }));
    expect(dropUnit.statusCode).toBe(400);
    expect(dropUnit.json().detail).toBe(
      '"Phòng Quản lý Công nghiệp" đã đăng ký thi đua, không thể bỏ khỏi phong trào.',
    );
    const dropTarget = await officer.send('PUT', `/api/v1/movements/${m.id}`, body({ targets: [second] }));
    expect(dropTarget.statusCode).toBe(400);
    expect(dropTarget.json().code).toBe('target_in_use');
    const ok = await officer.send(
      'PUT',
      `/api/v1/movements/${m.id}`,
      body({
        orgIds: [unitA],
        targets: [
          { ...first, name: 'Phiên chợ hàng Việt' },
          { name: 'Điểm bán hàng Việt', unit: 'điểm', targetValue: 3 },
        ],
      }),
    );
    expect(ok.statusCode, ok.body).toBe(200);
    const after = ok.json();
    expect(after.participants.map((p: { orgName: string }) => p.orgName)).toEqual(['Phòng Quản lý Công nghiệp']);
    expect(after.targets.map((t: { id: string; name: string }) => [t.id === first.id, t.name])).toEqual([
      [true, 'Phiên chợ hàng Việt'],
      [false, 'Điểm bán hàng Việt'],
    ]);
    const progress = (await officer.get(`/api/v1/movements/${m.id}/progress`)).json().items;
    expect(progress).toEqual([expect.objectContaining({ targetId: first.id, value: 2 })]);
    expect((await officer.send('PUT', `/api/v1/movements/${m.id}`, body({}))).statusCode).toBe(409);
  });

  it('lists movements by year, kind, status and a search without diacritics', async () => {
    // Movements of their own year, put in their stages directly: the list does not depend on the tests above.
    const year = 2030;
    for (const [name, stage] of [
      ['Chung sức xây dựng nông thôn mới', 'closed'],
      ['Lao động giỏi, lao động sáng tạo', 'closed'],
      ['Người Việt Nam ưu tiên dùng hàng Việt Nam', 'launched'],
      ['Sử dụng năng lượng tiết kiệm, hiệu quả', 'launched'],
    ] as const)
      await insertMovement(h.db.kysely, { stage, orgIds: [unitA], year, name, kind: 'thematic' });
    const list = async (q: string) =>
      (await officer.get(`/api/v1/movements?year=${year}&${q}`)).json().items.map((i: { name: string }) => i.name);
    expect(await list('q=nong thon')).toEqual(['Chung sức xây dựng nông thôn mới']);
    expect((await officer.get('/api/v1/movements?year=2029')).json().items).toEqual([]);
    expect((await list('status=launched')).sort()).toEqual([
      'Người Việt Nam ưu tiên dùng hàng Việt Nam',
      'Sử dụng năng lượng tiết kiệm, hiệu quả',
    ]);
    expect((await list('status=closed')).sort()).toEqual([
      'Chung sức xây dựng nông thôn mới',
      'Lao động giỏi, lao động sáng tạo',
    ]);
    expect(await list('kind=regular')).toEqual([]);
  });
});
