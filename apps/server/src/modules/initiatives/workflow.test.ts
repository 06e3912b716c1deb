import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock, todayVn } from '../../platform/clock.ts';
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

interface Step {
  seq: number;
  action: string | null;
  fromStatus: string | null;
  toStatus: string;
  actorName: string;
  reason: string;
}
const steps = (list: Step[]) => list.map((s) => [s.seq, s.action, s.fromStatus, s.toStatus]);

/** Initiatives and review rounds on the one workflow: every step in the history, stale and wrong-role refusals, abilities. */
describe.each(DIALECTS)('initiative and round workflow (%s)', (dialect) => {
  let h: Harness;
  let unit: Client;
  let office: Client;
  let unitA: string;
  let author: { id: string };
  let kept: { id: string; version: number };
  let dropped: { id: string; version: number };
  let round: { id: string; version: number };
  const today = todayVn(systemClock);
  const year = Number(today.slice(0, 4));
  const roundBody = (initiativeIds: string[]) => ({
    title: `Đợt xét sáng kiến năm ${year}`,
    opensOn: `${year}-01-01`,
    closesOn: `${year}-12-31`,
    initiativeIds,
    reviewers: [],
  });
  const register = async (title: string) => {
    const res = await unit.send('POST', '/api/v1/initiatives', {
      title,
      orgId: unitA,
      authors: [{ personId: author.id, share: 100 }],
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const history = async (id: string): Promise<Step[]> =>
    (await office.get(`/api/v1/initiatives/${id}`)).json().transitions;

  beforeAll(async () => {
    h = await makeHarness(dialect, { build: { logger: { level: 'error' } } });
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    unitA = (await makeOrg(admin, root, 'QLCN', 'Phòng Quản lý Công nghiệp')).id;
    author = await makePerson(admin, unitA, { familyName: 'Phạm', middleName: 'Quang', givenName: 'Khải' });
    await makeUser(admin, 'donvi.a', [{ role: 'unit_officer', orgId: unitA }], 'Don-vi-A@2026');
    await makeUser(admin, 'tdkt', [{ role: 'emulation_officer', orgId: root }], 'Thi-dua@2026');
    unit = await signIn(h.app, 'donvi.a', 'Don-vi-A@2026');
    office = await signIn(h.app, 'tdkt', 'Thi-dua@2026');
  });
  afterAll(() => h.close());

  it('tells each user what he may start, from the same policies the server refuses by', async () => {
    // The areas of this workflow; every other area's abilities are checked in access.abilities.test.ts.
    expect((await unit.get('/api/v1/auth/me')).json().abilities).toMatchObject({
      movements: { create: false },
      proposals: { create: true, review: false },
      initiatives: { create: true },
      initiativeRounds: { create: false },
      council: { manageMembers: false, openSession: false },
    });
    expect((await office.get('/api/v1/auth/me')).json().abilities).toMatchObject({
      movements: { create: true },
      proposals: { review: true },
      initiativeRounds: { create: true },
    });
  });

  it('starts an initiative with its creation step and says what its unit may do with it', async () => {
    kept = await register('Giải pháp số hóa hồ sơ cấp phép hóa chất');
    expect(kept).toMatchObject({
      status: 'submitted',
      abilities: { edit: true, attach: true, proposeEscalation: false, recordEscalation: false },
    });
    const [created] = await history(kept.id);
    expect(created).toMatchObject({ seq: 1, action: null, fromStatus: null, toStatus: 'submitted' });
    expect(created!.actorName).toBe('donvi.a');
  });

  it('records entering and leaving a round while it is set up', async () => {
    dropped = await register('Cải tiến quy trình kiểm tra an toàn điện');
    const res = await office.send('POST', '/api/v1/initiative-rounds', roundBody([kept.id, dropped.id]));
    expect(res.statusCode, res.body).toBe(201);
    round = res.json().round;
    expect(res.json().abilities).toEqual({ edit: true, actions: ['open'], phase: true, recognise: false });
    expect(steps(res.json().transitions)).toEqual([[1, null, null, 'setup']]);
    const edited = await office.send('PUT', `/api/v1/initiative-rounds/${round.id}`, {
      ...roundBody([kept.id]),
      version: round.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    round = edited.json().round;
    expect(steps(await history(dropped.id))).toEqual([
      [1, null, null, 'submitted'],
      [2, 'enter_review', 'submitted', 'in_review'],
      [3, 'leave_review', 'in_review', 'submitted'],
    ]);
    const keptSteps = await history(kept.id);
    // Kept in the round: entered once, no second step.
    expect(steps(keptSteps)).toEqual([
      [1, null, null, 'submitted'],
      [2, 'enter_review', 'submitted', 'in_review'],
    ]);
    expect(keptSteps[1]!.reason).toBe(`Đợt xét "Đợt xét sáng kiến năm ${year}"`);
  });

  it('refuses the round steps to a unit officer, and a step from a page that is out of date', async () => {
    const byUnit = await unit.send('POST', `/api/v1/initiative-rounds/${round.id}/actions`, {
      action: 'open',
      version: round.version,
    });
    expect(byUnit.statusCode).toBe(403);
    const stale = await office.send('POST', `/api/v1/initiative-rounds/${round.id}/actions`, {
      action: 'open',
      version: round.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
    const wrong = await office.send('POST', `/api/v1/initiative-rounds/${round.id}/actions`, {
      action: 'close',
      version: round.version,
    });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().code).toBe('round_status');
    const detail = (await office.get(`/api/v1/initiative-rounds/${round.id}`)).json();
    expect(steps(detail.transitions)).toEqual([[1, null, null, 'setup']]);
  });

  it('opens, closes and reopens the round, each step in its history with who took it', async () => {
    for (const [action, next] of [
      ['open', ['close']],
      ['close', ['reopen']],
      ['reopen', ['close']],
      ['close', ['reopen']],
    ] as const) {
      const res = await office.send('POST', `/api/v1/initiative-rounds/${round.id}/actions`, {
        action,
        version: round.version,
      });
      expect(res.statusCode, res.body).toBe(200);
      round = res.json().round;
      expect(res.json().abilities.actions).toEqual(next);
    }
    const detail = (await office.get(`/api/v1/initiative-rounds/${round.id}`)).json();
    expect(steps(detail.transitions)).toEqual([
      [1, null, null, 'setup'],
      [2, 'open', 'setup', 'open'],
      [3, 'close', 'open', 'closed'],
      [4, 'reopen', 'closed', 'open'],
      [5, 'close', 'open', 'closed'],
    ]);
    expect(detail.transitions.at(-1).actorName).toBe('tdkt');
    expect(detail.abilities).toMatchObject({ edit: false, recognise: true });
  });

  it('refuses a past recognition typed over an initiative the council holds, naming its status', async () => {
    const v = (await office.get(`/api/v1/initiatives/${kept.id}`)).json();
    const res = await office.send('PUT', `/api/v1/initiatives/${kept.id}`, {
      title: v.title,
      orgId: unitA,
      authors: [{ personId: author.id, share: 100 }],
      level: 'grassroots',
      recognisedOn: today,
      decisionNumber: '12/QĐ-SCT',
      version: v.version,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('"Đang xét"');
    expect((await history(kept.id)).length).toBe(2);
  });

  it('recognises the initiative and decides the round, both in their histories', async () => {
    const before = (await office.get(`/api/v1/initiatives/${kept.id}`)).json().version;
    const ok = await office.send('POST', `/api/v1/initiative-rounds/${round.id}/recognition`, {
      initiativeIds: [kept.id],
      outcome: 'recognised',
      signedOn: today,
      signer: 'Nguyễn Văn Sơn',
      expectedCount: 1,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const recognised = await history(kept.id);
    expect(steps(recognised).at(-1)).toEqual([3, 'recognise', 'in_review', 'recognised']);
    expect(recognised.at(-1)!.reason).toBe(`Đợt xét "Đợt xét sáng kiến năm ${year}"`);
    const v = (await office.get(`/api/v1/initiatives/${kept.id}`)).json();
    expect(v.version).toBe(before + 1);
    expect(v.abilities.proposeEscalation).toBe(true);
    const detail = (await office.get(`/api/v1/initiative-rounds/${round.id}`)).json();
    expect(steps(detail.transitions).at(-1)).toEqual([6, 'decide', 'closed', 'decided']);
    expect(detail.abilities).toEqual({ edit: false, actions: [], phase: false, recognise: false });
    // A decided round refuses every step.
    const late = await office.send('POST', `/api/v1/initiative-rounds/${round.id}/actions`, {
      action: 'reopen',
      version: detail.round.version,
    });
    expect(late.statusCode).toBe(409);
  });

  it('records a past recognition typed in by the unit as a step of its own', async () => {
    const v = (await unit.get(`/api/v1/initiatives/${dropped.id}`)).json();
    const res = await unit.send('PUT', `/api/v1/initiatives/${dropped.id}`, {
      title: v.title,
      orgId: unitA,
      authors: [{ personId: author.id, share: 100 }],
      level: 'grassroots',
      recognisedOn: today,
      decisionNumber: '7/QĐ-SCT',
      version: v.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'recognised', version: v.version + 1 });
    const last = (await history(dropped.id)).at(-1)!;
    expect([last.action, last.fromStatus, last.toStatus]).toEqual(['record_recognition', 'submitted', 'recognised']);
  });
});
