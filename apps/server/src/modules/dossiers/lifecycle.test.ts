import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/harness.ts';
import { makeDossier, makeProcedure } from '../../test/factories/onestop.ts';
import { advance, makeDesk, receipt, step, type Desk } from './testkit.ts';

const DAY = 86_400_000;

describe.each(DIALECTS)('a dossier from receipt to result (%s)', (dialect) => {
  let k: Desk;
  beforeAll(async () => {
    k = await makeDesk(dialect);
  });
  afterAll(() => k.h.close());

  it('goes through transfer, steps, a supplement pause (due recomputed, never shorter), finish and hand-over', async () => {
    const received = (await k.clerk.send('POST', '/api/v1/dossiers', receipt(k.procedure.id))).json();
    const due0 = received.dueAt as string;
    let d = await step(k.clerk, received.id, {
      action: 'transfer',
      version: received.version,
      orgId: k.ids.division,
      assigneeId: k.ids.officer,
    });
    expect(d.status).toBe('in_process');
    expect(d.steps.map((s: { current: boolean }) => s.current)).toEqual([true, false, false]);
    // Step 1 has its own due time from its budget (5 working days from Monday 2 March).
    expect(d.steps[0].dueAt).toBe('2026-03-09T10:00:00.000Z');
    expect(d.nextStep).toMatchObject({ actor: 'handler', mine: false });
    expect(d.nextStep.text).toContain('Thẩm định hồ sơ');
    // The officer is told, the notice naming the step and its due date.
    const told = await k.h.db.kysely
      .selectFrom('notifications')
      .select(['body', 'link'])
      .where('user_id', '=', k.ids.officer)
      .execute();
    expect(told).toContainEqual({
      body: expect.stringContaining('"Thẩm định hồ sơ" (hạn 17:00 ngày 09/03/2026)'),
      link: `/one-stop/dossiers/${d.id}`,
    });

    // Only the assigned officer passes the step on.
    const other = await k.officer2.send('POST', `/api/v1/dossiers/${d.id}/transitions`, {
      action: 'complete_step',
      version: d.version,
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().detail).toContain('chỉ cán bộ được phân công');
    const mine = (await k.officer.get(`/api/v1/dossiers/${d.id}`)).json();
    expect(mine.abilities.actions).toContain('complete_step');
    expect(mine.nextStep.mine).toBe(true);

    await advance(k, DAY);
    d = await step(k.officer, d.id, { action: 'complete_step', version: d.version, assigneeId: k.ids.officer });
    expect(d.stepIndex).toBe(2);
    expect(d.steps[0].finishedAt).not.toBeNull();

    d = await step(k.officer, d.id, { action: 'request_supplement', version: d.version, reason: 'Thiếu bản vẽ' });
    expect(d.status).toBe('supplement');
    expect(d.pauses).toHaveLength(1);
    await advance(k, 7 * DAY);
    d = await step(k.clerk, d.id, { action: 'resume', version: d.version });
    expect(d.status).toBe('in_process');
    expect(d.pauses[0].toAt).not.toBeNull();
    // A week's pause moves both due times later, by the working days it took.
    expect(d.dueAt > due0).toBe(true);
    expect(d.originalDueAt).toBe(d.dueAt);
    expect(Date.parse(d.dueAt) - Date.parse(due0)).toBeGreaterThanOrEqual(7 * DAY);

    d = await step(k.officer, d.id, { action: 'complete_step', version: d.version, assigneeId: k.ids.leader });
    const early = await k.leader.send('POST', `/api/v1/dossiers/${d.id}/transitions`, {
      action: 'finish',
      version: d.version,
      result: 'refused',
    });
    expect(early.statusCode).toBe(400);
    expect(JSON.stringify(early.json().errors)).toContain('Lý do');
    d = await step(k.leader, d.id, { action: 'finish', version: d.version, result: 'granted' });
    expect(d.status).toBe('finished');
    expect(d.finishedAt).not.toBeNull();
    d = await step(k.clerk, d.id, { action: 'return_result', version: d.version });
    expect(d.status).toBe('returned');
    expect(d.portalCode).toBe(10);
    expect(d.transitions.map((t: { action: string | null }) => t.action)).toEqual([
      null,
      'accept',
      'transfer',
      'complete_step',
      'request_supplement',
      'resume',
      'complete_step',
      'finish',
      'return_result',
    ]);
  });

  it('allows as many apologies as the setting says, each later than the current due time, the legal due time kept', async () => {
    const made = await makeDossier(k.h.db.kysely, {
      procedure: k.procedure,
      status: 'in_process',
      receivedAt: '2026-03-02T02:00:00.000Z',
      assigneeId: k.ids.officer,
    });
    const base = { action: 'apologise', reason: 'Chờ kết quả kiểm tra thực tế' };
    const before = await k.officer.send('POST', `/api/v1/dossiers/${made.id}/transitions`, {
      ...base,
      version: made.version,
      newDueAt: '2026-03-10',
    });
    expect(before.statusCode).toBe(409);
    expect(before.json().errors[0].path).toBe('newDueAt');
    const d = await step(k.officer, made.id, { ...base, version: made.version, newDueAt: '2026-03-20' });
    expect(d.dueAt).toBe('2026-03-20T10:00:00.000Z');
    expect(d.originalDueAt).toBe(made.originalDueAt);
    expect(d.apologies).toBe(1);
    expect(d.abilities.unavailable).toContainEqual({
      action: 'apologise',
      reason: expect.stringContaining('tối đa 1 lần'),
    });
    const twice = await k.leader.send('POST', `/api/v1/dossiers/${made.id}/transitions`, {
      ...base,
      version: d.version,
      newDueAt: '2026-03-27',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toContain('tối đa 1 lần');
  });

  it('refuses a supplement request on a finished dossier, and a stale version', async () => {
    const done = await makeDossier(k.h.db.kysely, { procedure: k.procedure, status: 'finished' });
    const res = await k.admin.send('POST', `/api/v1/dossiers/${done.id}/transitions`, {
      action: 'request_supplement',
      version: done.version,
      reason: 'Thiếu giấy tờ',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('Không thể "Yêu cầu bổ sung hồ sơ"');
    expect(res.json().detail).toContain('Đã xử lý xong');
    const open = await makeDossier(k.h.db.kysely, { procedure: k.procedure, status: 'accepted' });
    const stale = await k.clerk.send('POST', `/api/v1/dossiers/${open.id}/transitions`, {
      action: 'transfer',
      version: open.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
  });

  it('keeps inter-agency legs with their own due time and finishes only once every agency has answered', async () => {
    const procedure = await makeProcedure(k.h.db.kysely, {
      legs: [{ agency: 'Công an tỉnh', name: 'Thẩm duyệt phòng cháy', amount: 5, timeUnit: 'working_days' }],
    });
    const made = await makeDossier(k.h.db.kysely, {
      procedure,
      status: 'in_process',
      receivedAt: '2026-03-02T02:00:00.000Z',
      stepSeq: 3,
      assigneeId: k.ids.officer,
    });
    k.clock.set('2026-03-10T09:00:00+07:00');
    let d = await step(k.officer, made.id, { action: 'send_leg', version: made.version, legSeq: 1 });
    // The version's leg, with its own time: 5 working days from Tuesday 10 March.
    expect(d.legs[0]).toMatchObject({ agency: 'Công an tỉnh', dueAt: '2026-03-17T10:00:00.000Z', answeredAt: null });
    expect(d.legs).toHaveLength(1);
    const refused = await k.officer.send('POST', `/api/v1/dossiers/${made.id}/transitions`, {
      action: 'finish',
      version: d.version,
      result: 'granted',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('chưa trả lời');
    d = await step(k.officer, made.id, {
      action: 'record_leg',
      version: d.version,
      legId: d.legs[0].id,
      answer: 'Đạt',
    });
    d = await step(k.officer, made.id, { action: 'finish', version: d.version, result: 'granted' });
    expect(d.status).toBe('finished');
  });
});
