import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.ts';
import { newId } from '../../platform/ids.ts';
import { insertScorecard, insertScorecardTemplate, type InsertedTemplate } from '../../test/factories.ts';
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

interface Sheet {
  version: number;
  member: { id: string; status: string; selfTotal: number | null };
  scores: {
    itemId: string;
    selfPoints: number | null;
    appraisal: string | null;
    appraisedPoints: number | null;
    difference: number | null;
  }[];
  selfTotals: { total: number };
  appraisedTotals: { total: number } | null;
  abilities: { selfAssess: boolean; appraise: boolean; explain: boolean; transitions: string[] };
}

/**
 * The whole bloc cycle through HTTP: the office opens it on a template, two member units self-assess their own
 * sheets, the appraisers reduce one criterion with its reason and ask the other member to explain another,
 * the member explains, the cycle is ranked and published, and the ranking reads the self, appraised and final
 * scores of both.
 */
describe.each(DIALECTS)('a scoring cycle from opening to the published ranking (%s)', (dialect) => {
  let h: Harness;
  let office: Client;
  let officerA: Client;
  let officerB: Client;
  let viewer: Client;
  let unitA: string;
  let unitB: string;
  let t: InsertedTemplate;
  let cycleId: string;
  const sheet = (memberId: string) => `/api/v1/scorecards/${cycleId}/members/${memberId}`;
  let memberA: string;
  let memberB: string;

  beforeAll(async () => {
    h = await makeHarness(dialect, { clock: new ManualClock('2026-01-20T09:00:00+07:00') });
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    unitA = (await makeOrg(admin, root, 'QLCN', 'Phòng Quản lý Công nghiệp')).id;
    unitB = (await makeOrg(admin, root, 'QLTM', 'Phòng Quản lý Thương mại')).id;
    for (const [name, role, org] of [
      ['tdkt.so', 'emulation_officer', root],
      ['canbo.cn', 'unit_officer', unitA],
      ['canbo.tm', 'unit_officer', unitB],
      ['xem.so', 'viewer', root],
    ] as const)
      await makeUser(admin, name, [{ role, orgId: org }], 'Cham-diem@2026');
    office = await signIn(h.app, 'tdkt.so', 'Cham-diem@2026');
    officerA = await signIn(h.app, 'canbo.cn', 'Cham-diem@2026');
    officerB = await signIn(h.app, 'canbo.tm', 'Cham-diem@2026');
    viewer = await signIn(h.app, 'xem.so', 'Cham-diem@2026');
    const k = h.db.kysely;
    t = await insertScorecardTemplate(k, { kind: 'bloc', year: 2025 });
    const now = new Date().toISOString();
    const blocYearId = newId();
    await k
      .insertInto('bloc_years')
      .values({
        id: blocYearId,
        bloc_id: t.blocId!,
        year: 2025,
        covenant_signed_on: null,
        covenant_number: '',
        covenant_content: '',
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    await k
      .insertInto('bloc_members')
      .values([
        { bloc_year_id: blocYearId, position: 0, org_id: unitA, name: 'Phòng Quản lý Công nghiệp', role: 'leader' },
        { bloc_year_id: blocYearId, position: 1, org_id: unitB, name: 'Phòng Quản lý Thương mại', role: 'member' },
      ])
      .execute();
  });
  afterAll(() => h.close());

  const selfScores = (points: Record<string, number>) =>
    Object.entries(points).map(([code, p]) => ({ itemId: t.ids[code]!, points: p, note: `Đã thực hiện ${code}` }));
  const get = async (c: Client, url: string) => {
    const res = await c.get(url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const send = async (c: Client, method: string, url: string, body: unknown, status = 200) => {
    const res = await c.send(method, url, body);
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };

  it('the office opens the cycle: one sheet per bloc member, the template frozen, nothing visible to a viewer yet', async () => {
    const created = await send(office, 'POST', '/api/v1/scorecards', { templateId: t.id, selfDue: '2026-02-15' }, 201);
    cycleId = created.id;
    expect(created).toMatchObject({ status: 'open', kind: 'bloc', year: 2025, memberCount: 2, submittedCount: 0 });
    expect(created.abilities.transitions).toEqual([]);
    expect(created.abilities.unavailable[0].reason).toContain('Còn 2 thành viên chưa gửi');
    [memberA, memberB] = created.members.map((m: { id: string }) => m.id);
    const again = await office.send('POST', '/api/v1/scorecards', { templateId: t.id });
    expect(again.statusCode).toBe(409);
    expect((await viewer.get(`/api/v1/scorecards/${cycleId}`)).statusCode).toBe(404);
    expect((await get(viewer, '/api/v1/scorecards?kind=bloc&year=2025')).items).toEqual([]);
    const own = await get(officerA, `/api/v1/scorecards/${cycleId}`);
    expect(own.members.map((m: { id: string }) => m.id)).toEqual([memberA]);
  });

  it('each unit scores and submits its own sheet; the other unit is refused, points above a maximum too', async () => {
    expect((await officerA.get(sheet(memberB))).statusCode).toBe(404);
    const trespass = await officerA.send('PUT', `${sheet(memberB)}/self`, {
      scores: selfScores({ '1.1': 5 }),
      version: 1,
    });
    expect(trespass.statusCode).toBe(404);
    const above = await officerA.send('PUT', `${sheet(memberA)}/self`, {
      scores: selfScores({ '1.1': 25 }),
      version: 1,
    });
    expect(above.statusCode).toBe(400);
    expect(above.json().detail).toContain('1.1 Ban hành kế hoạch thi đua');
    expect(above.json().errors[0].path).toBe('scores.0.points');

    let a: Sheet = await get(officerA, sheet(memberA));
    expect(a.abilities.selfAssess).toBe(true);
    expect(a.abilities.transitions).toEqual([]);
    a = await send(officerA, 'PUT', `${sheet(memberA)}/self`, {
      scores: selfScores({ '1.1': 20, '1.2.a': 10, '1.2.b': 9, '2.1': 28, '2.2': 25, T: 2, Tr: 0 }),
      version: a.version,
    });
    expect(a.selfTotals.total).toBe(94);
    const stale = await officerA.send('PUT', `${sheet(memberA)}/self`, {
      scores: selfScores({ '1.1': 19 }),
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    a = await send(officerA, 'POST', `${sheet(memberA)}/transitions`, { action: 'submit', version: a.version });
    expect(a.member).toMatchObject({ status: 'submitted', selfTotal: 94 });

    let b: Sheet = await get(officerB, sheet(memberB));
    b = await send(officerB, 'PUT', `${sheet(memberB)}/self`, {
      scores: selfScores({ '1.1': 18, '1.2.a': 10, '1.2.b': 10, '2.1': 27, '2.2': 27 }),
      version: b.version,
    });
    b = await send(officerB, 'POST', `${sheet(memberB)}/transitions`, { action: 'submit', version: b.version });
    expect(b.member.selfTotal).toBe(92);
  });

  it('once appraisal starts, self-scores are closed; a reduction needs its reason', async () => {
    const c = await get(office, `/api/v1/scorecards/${cycleId}`);
    expect(c.abilities.transitions).toEqual(['close_self']);
    await send(office, 'POST', `/api/v1/scorecards/${cycleId}/transitions`, {
      action: 'close_self',
      version: c.version,
    });
    const closed = await officerA.send('PUT', `${sheet(memberA)}/self`, {
      scores: selfScores({ '1.1': 19 }),
      version: 3,
    });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().code).toBe('scoring_closed');

    const a: Sheet = await get(office, sheet(memberA));
    expect(a.abilities.appraise).toBe(true);
    const reduce = { itemId: t.ids['2.1'], appraisal: 'reduced', points: 20 };
    const bare = await office.send('PUT', `${sheet(memberA)}/appraisal`, { scores: [reduce], version: a.version });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().detail).toContain('Giảm điểm phải ghi lý do');
    expect(bare.json().detail).toContain('2.1 Hoàn thành chỉ tiêu kế hoạch');
    const saved: Sheet = await send(office, 'PUT', `${sheet(memberA)}/appraisal`, {
      scores: [{ ...reduce, reason: 'Chỉ tiêu xuất khẩu đạt 85 %, chưa đạt kế hoạch' }],
      version: a.version,
    });
    expect(saved.scores.find((s) => s.itemId === t.ids['2.1'])).toMatchObject({
      selfPoints: 28,
      appraisal: 'reduced',
      appraisedPoints: 20,
      difference: -8,
    });
    const done: Sheet = await send(office, 'POST', `${sheet(memberA)}/transitions`, {
      action: 'appraise',
      version: saved.version,
    });
    expect(done.member.status).toBe('appraised');
    expect(done.appraisedTotals!.total).toBe(86);
  });

  it('an explanation is asked once, given by the member, and concluded', async () => {
    let b: Sheet = await get(office, sheet(memberB));
    b = await send(office, 'PUT', `${sheet(memberB)}/appraisal`, {
      scores: [{ itemId: t.ids['1.1'], appraisal: 'explain', reason: 'Kế hoạch ban hành ngày nào, số văn bản?' }],
      version: b.version,
    });
    b = await send(office, 'POST', `${sheet(memberB)}/transitions`, {
      action: 'request_explanation',
      version: b.version,
    });
    expect(b.member.status).toBe('explanation');
    expect((await officerA.get(sheet(memberB))).statusCode).toBe(404);
    b = await get(officerB, sheet(memberB));
    expect(b.abilities.explain).toBe(true);
    const early = await officerB.send('POST', `${sheet(memberB)}/transitions`, {
      action: 'explain',
      version: b.version,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('Chưa giải trình tiêu chí: 1.1');
    b = await send(officerB, 'PUT', `${sheet(memberB)}/explanation`, {
      scores: [{ itemId: t.ids['1.1'], explanation: 'Kế hoạch số 15/KH-QLTM ngày 10/02/2025, đính kèm.' }],
      version: b.version,
    });
    b = await send(officerB, 'POST', `${sheet(memberB)}/transitions`, { action: 'explain', version: b.version });
    expect(b.member.status).toBe('explained');

    const twice = await office.send('PUT', `${sheet(memberB)}/appraisal`, {
      scores: [{ itemId: t.ids['1.1'], appraisal: 'explain', reason: 'Đề nghị giải trình thêm' }],
      version: b.version,
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().detail).toContain('chỉ được đề nghị một lần');
    const again = await office.send('POST', `${sheet(memberB)}/transitions`, {
      action: 'request_explanation',
      version: b.version,
    });
    expect(again.statusCode).toBe(409);
    const pending = await office.send('POST', `${sheet(memberB)}/transitions`, {
      action: 'appraise',
      version: b.version,
    });
    expect(pending.statusCode).toBe(409);
    expect(pending.json().detail).toContain('1.1');
    b = await send(office, 'PUT', `${sheet(memberB)}/appraisal`, {
      scores: [{ itemId: t.ids['1.1'], appraisal: 'accepted' }],
      version: b.version,
    });
    b = await send(office, 'POST', `${sheet(memberB)}/transitions`, { action: 'appraise', version: b.version });
    expect(b.appraisedTotals!.total).toBe(92);
  });

  it('ranking and publishing: the final scores, ranks and classes; the ranking read by everyone', async () => {
    let c = await get(office, `/api/v1/scorecards/${cycleId}`);
    expect(c.abilities.transitions).toEqual(['rank']);
    c = await send(office, 'POST', `/api/v1/scorecards/${cycleId}/transitions`, { action: 'rank', version: c.version });
    expect(c.status).toBe('ranked');
    expect(c.leader).toMatchObject({ memberId: memberB, total: 92 });
    expect((await viewer.get(`/api/v1/scorecards/${cycleId}/ranking`)).statusCode).toBe(404);
    c = await send(office, 'POST', `/api/v1/scorecards/${cycleId}/transitions`, {
      action: 'publish',
      version: c.version,
    });
    expect(c).toMatchObject({ status: 'published', publishedOn: '2026-01-20' });
    expect(c.transitionsLog.map((s: { action: string | null }) => s.action)).toEqual([
      null,
      'close_self',
      'rank',
      'publish',
    ]);

    const ranking = await get(viewer, `/api/v1/scorecards/${cycleId}/ranking`);
    expect(
      ranking.items.map((i: Record<string, unknown>) => [
        i.name,
        i.rank,
        i.selfScore,
        i.appraisedScore,
        i.finalScore,
        i.difference,
        i.classification,
      ]),
    ).toEqual([
      ['Phòng Quản lý Thương mại', 1, 92, 92, 92, 0, 'Xuất sắc'],
      ['Phòng Quản lý Công nghiệp', 2, 94, 86, 86, -8, 'Tốt'],
    ]);
    expect(ranking.items[1].byField).toEqual([
      { code: '1', name: 'Công tác chỉ đạo, điều hành', max: 40, points: 39 },
      { code: '2', name: 'Kết quả thực hiện nhiệm vụ', max: 60, points: 45 },
    ]);
    const list = await get(viewer, '/api/v1/scorecards?kind=bloc&year=2025');
    expect(list.items.map((s: { id: string }) => s.id)).toEqual([cycleId]);
    const history = await get(viewer, `/api/v1/scorecards/history?kind=bloc&blocId=${t.blocId}`);
    expect(history.years).toEqual([2025]);
    expect(history.members.map((m: { name: string; results: unknown[] }) => [m.name, m.results])).toEqual([
      ['Phòng Quản lý Công nghiệp', [{ year: 2025, rank: 2, finalScore: 86 }]],
      ['Phòng Quản lý Thương mại', [{ year: 2025, rank: 1, finalScore: 92 }]],
    ]);
    const a: Sheet = await get(viewer, sheet(memberA));
    expect(a.member.status).toBe('final');
    expect(a.abilities).toMatchObject({ selfAssess: false, appraise: false, explain: false, transitions: [] });
  });
});

/**
 * Reopening a ranked cycle: every final sheet goes back to appraised; the appraisers reopen the one they must
 * change (with a reason), judge it again, and ranking again finalises every sheet with the new places.
 */
describe.each(DIALECTS)('a ranked cycle reopened to appraise one sheet again (%s)', (dialect) => {
  let h: Harness;
  let office: Client;
  beforeAll(async () => {
    h = await makeHarness(dialect, { clock: new ManualClock('2026-01-20T09:00:00+07:00') });
    const admin = await asAdmin(h);
    await makeUser(admin, 'tdkt.so', [{ role: 'emulation_officer', orgId: await rootOrgId(h) }], 'Cham-diem@2026');
    office = await signIn(h.app, 'tdkt.so', 'Cham-diem@2026');
  });
  afterAll(() => h.close());

  it('the reduction is changed after ranking and the ranking follows', async () => {
    const k = h.db.kysely;
    const template = await insertScorecardTemplate(k, { kind: 'bloc', year: 2025 });
    const c = await insertScorecard(k, {
      template,
      status: 'ranked',
      members: [
        { name: 'Sở A', selfShare: 0.8 },
        { name: 'Sở B', selfShare: 0.9, reduced: { '2.1': 20 } },
        { name: 'Sở C' },
      ],
    });
    const url = `/api/v1/scorecards/${c.id}`;
    const sheetB = `${url}/members/${c.memberIds[1]}`;
    const step = async (path: string, body: Record<string, unknown>, status = 200) => {
      const version = (await office.get(path)).json().version as number;
      const res = await office.send('POST', `${path}/transitions`, { ...body, version });
      expect(res.statusCode, res.body).toBe(status);
      return res.json();
    };

    expect((await step(url, { action: 'reopen' }, 409)).detail).toContain('lý do');
    await step(url, { action: 'reopen', reason: 'Sở B bổ sung tài liệu kiểm chứng chỉ tiêu 2.1' });
    const statuses = await k
      .selectFrom('scorecard_members')
      .select('status')
      .where('scorecard_id', '=', c.id)
      .execute();
    expect(statuses.map((s) => s.status)).toEqual(['appraised', 'appraised', 'appraised']);

    let b: Sheet = (await office.get(sheetB)).json();
    expect(b.abilities.transitions).toContain('reappraise');
    await step(sheetB, { action: 'reappraise' }, 409);
    b = await step(sheetB, { action: 'reappraise', reason: 'Xem lại mức giảm điểm chỉ tiêu 2.1' });
    expect(b.member.status).toBe('submitted');
    expect((await step(url, { action: 'rank' }, 409)).detail).toContain('Sở B');

    const saved = await office.send('PUT', `${sheetB}/appraisal`, {
      scores: [{ itemId: template.ids['2.1'], appraisal: 'reduced', points: 10, reason: 'Tài liệu bổ sung không đạt' }],
      version: b.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    await step(sheetB, { action: 'appraise' });
    await step(url, { action: 'rank' });

    const rows = await k
      .selectFrom('scorecard_members')
      .select(['name', 'status', 'final_total', 'rank'])
      .where('scorecard_id', '=', c.id)
      .orderBy('rank')
      .execute();
    expect(rows.map((r) => [r.name, r.status, r.final_total, r.rank])).toEqual([
      ['Sở C', 'final', 90, 1],
      ['Sở A', 'final', 80, 2],
      ['Sở B', 'final', 73, 3],
    ]);
    const steps = await k
      .selectFrom('transitions')
      .select(['action', 'to_status'])
      .where('entity_id', '=', c.memberIds[1]!)
      .orderBy('seq')
      .execute();
    expect(steps.slice(-5).map((s) => `${s.action}→${s.to_status}`)).toEqual([
      'finalise→final',
      'unfinalise→appraised',
      'reappraise→submitted',
      'appraise→appraised',
      'finalise→final',
    ]);
  });
});
