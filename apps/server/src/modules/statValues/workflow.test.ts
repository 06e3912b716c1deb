import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type Client } from '../../test/harness.ts';
import { grid, makeStatKit, moveClock, type StatKit } from './testkit.ts';

describe.each(DIALECTS)('statistics submission workflow (%s)', (dialect) => {
  let k: StatKit;
  beforeAll(async () => {
    k = await makeStatKit(dialect);
  });
  afterAll(() => k.h.close());

  const step = (c: Client, action: string, extra: Record<string, unknown> = {}) =>
    c.send('POST', '/api/v1/stat-submissions/transitions', {
      dataset: k.ids.dataset,
      unit: k.ids.u1,
      period: '2026-03',
      action,
      ...extra,
    });
  const noticesOf = (userId: string) =>
    k.h.db.kysely.selectFrom('notifications').selectAll().where('user_id', '=', userId).execute();

  it('refuses a submit while a cell is empty, then while an error rule is broken', async () => {
    const empty = await step(k.reporter, 'submit');
    expect(empty.statusCode).toBe(409);
    expect(empty.json().detail).toContain('Chưa nhập đủ số liệu bắt buộc');
    await k.reporter.send('PUT', '/api/v1/stat-entry', grid(k, [10, 20, 30, 70]));
    const broken = await step(k.reporter, 'submit');
    expect(broken.statusCode).toBe(409);
    expect(broken.json().detail).toContain('TONG');
    expect(await k.h.db.kysely.selectFrom('stat_submissions').selectAll().execute()).toEqual([]);
  });

  it('submits once fixed; the planners are told; the reporter may not approve his own', async () => {
    await k.reporter.send('PUT', '/api/v1/stat-entry', grid(k, [10, 20, 30, 60]));
    const res = await step(k.reporter, 'submit');
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json().submission;
    expect(s).toMatchObject({ status: 'submitted', late: false, version: 2 });
    expect(s.transitionsLog.map((t: { action: string | null }) => t.action)).toEqual([null, 'submit']);
    expect((await noticesOf(k.ids.planner))[0]?.title).toContain('Đã gửi, chờ duyệt');
    expect((await step(k.reporter, 'approve')).statusCode).toBe(403);
    // The period is no longer open for entry.
    const edit = await k.reporter.send('PUT', '/api/v1/stat-entry', grid(k, [10, 20, 30, 60], 13));
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toContain('đã gửi duyệt');
  });

  it('approves (the leaders are told) and accepts: the period is locked with a clear refusal', async () => {
    const approved = await step(k.planner, 'approve', { version: 2 });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((await noticesOf(k.ids.leader))[0]?.title).toContain('Đã duyệt');
    const accepted = await step(k.leader, 'accept');
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().submission.status).toBe('accepted');
    expect(accepted.json().submission.abilities.transitions).toEqual(['unlock']);
    const edit = await k.planner.send('PUT', '/api/v1/stat-entry', grid(k, [10, 20, 30, 60], 13));
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toBe(
      'Kỳ 03/2026 của Thành phố Thái Nguyên đã khóa (Lãnh đạo đã chấp nhận số liệu): không sửa được số liệu. Muốn sửa, đề nghị Lãnh đạo Sở mở khóa.',
    );
    expect(edit.json().errors[0].path).toBe('period');
  });

  it('unlocks only with a reason, then returns to the unit with a reason (the reporter is told)', async () => {
    const bare = await step(k.leader, 'unlock');
    expect(bare.statusCode).toBe(409);
    expect(bare.json().errors[0].path).toBe('reason');
    expect((await step(k.planner, 'unlock', { reason: 'Sai số' })).statusCode).toBe(403);
    const unlocked = await step(k.leader, 'unlock', { reason: 'Cục Thống kê điều chỉnh số liệu tháng 3' });
    expect(unlocked.json().submission.status).toBe('approved');
    expect((await step(k.leader, 'return')).statusCode).toBe(409);
    const back = await step(k.leader, 'return', { reason: 'Cập nhật số chính thức' });
    expect(back.json().submission).toMatchObject({ status: 'open', submittedAt: null });
    const told = await noticesOf(k.ids.reporter);
    expect(told.at(-1)?.body).toContain('Lý do: Cập nhật số chính thức');
    const edit = await k.reporter.send('PUT', '/api/v1/stat-entry', grid(k, [10, 20, 30, 60], 13));
    expect(edit.statusCode, edit.body).toBe(200);
    const steps = await k.h.db.kysely
      .selectFrom('transitions')
      .select(['action', 'reason'])
      .where('entity_type', '=', 'stat_submission')
      .orderBy('seq')
      .execute();
    expect(steps.map((s) => s.action)).toEqual([null, 'submit', 'approve', 'accept', 'unlock', 'return']);
    const audits = await k.h.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'stat_submission.%')
      .execute();
    expect(audits).toHaveLength(5);
  });

  it('refuses a stale version', async () => {
    const res = await step(k.reporter, 'submit', { version: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('stale_version');
  });

  it('lists completeness with the due date and the late flag; reminds the open units', async () => {
    const url = `/api/v1/stat-submissions?dataset=${k.ids.dataset}&period=2026-03`;
    const res = await k.planner.get(url);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as {
      unitCode: string;
      present: number;
      expected: number;
      status: string;
      late: boolean;
      dueDate: string;
    }[];
    // The district ended in 2025: not expected in 2026.
    expect(items.map((i) => [i.unitCode, i.status, i.present, i.expected])).toEqual([
      ['U1', 'open', 4, 4],
      ['U2', 'open', 0, 4],
    ]);
    expect(items[0]).toMatchObject({ dueDate: '2026-04-20', late: false });
    expect((await k.planner.get(`${url}&status=submitted`)).json().total).toBe(0);
    expect((await k.planner.get(`${url}&sort=-present`)).json().items[0].unitCode).toBe('U1');
    // 17 April: due within the 5 reminder days; U1's reporter is reminded (U2 has no reporter).
    await moveClock(k, '2026-04-17T08:00:00+07:00');
    const r = await k.planner.send('POST', '/api/v1/stat-submissions/reminders');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual({ units: 1, notified: 1 });
    expect((await k.planner.send('POST', '/api/v1/stat-submissions/reminders')).json().notified).toBe(0);
    const reminder = (await noticesOf(k.ids.reporter)).find((n) => n.kind === 'statistics.reminder');
    expect(reminder?.body).toContain('20/04/2026');
    await moveClock(k, '2026-04-21T08:00:00+07:00');
    expect((await k.planner.get(url)).json().items[0].late).toBe(true);
    expect((await k.reporter.send('POST', '/api/v1/stat-submissions/reminders')).statusCode).toBe(403);
  });

  it('reports the whole period: every unit of the data set', async () => {
    await k.planner.send('PUT', '/api/v1/stat-entry', { ...grid(k, [1, 1, 1, 4]), unit: k.ids.u2 });
    const res = await k.leader.get(`/api/v1/stat-validation?dataset=${k.ids.dataset}&period=2026-03`);
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json();
    expect(v.errors).toBe(1);
    const u2 = v.units.find((u: { unitCode: string }) => u.unitCode === 'U2');
    expect(u2.result.violations[0]).toMatchObject({ ruleCode: 'TONG', left: 3, right: 4 });
  });
});
