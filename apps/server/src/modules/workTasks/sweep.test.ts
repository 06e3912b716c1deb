import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskStatus } from '@thidua/domain';
import { ManualClock } from '../../platform/clock.ts';
import { makeProgramme, makeTask } from '../../test/factories/workProgrammes.ts';
import { DIALECTS, asAdmin, makeHarness, makeOrg, makeUser, rootOrgId, type Harness } from '../../test/harness.ts';
import { sweepTasks } from './sweep.ts';

/**
 * The clock's round on Tuesday 28/04/2026 (calendar of 2026 as seeded: 30/4 and 1/5 are holidays, 2–3/5 a
 * weekend): working days from 28/04 are 29/04 (1), 04/05 (2), 05/05 (3), 06/05 (4). With the default of 3 working
 * days, deadlines up to 05/05 are reminded and 06/05 is not, though only eight calendar days away.
 */
describe.each(DIALECTS)('overdue sweep and deadline reminders (%s)', (dialect) => {
  let h: Harness;
  let unitA: string;
  let officerId: string;
  const clock = new ManualClock('2026-04-28T08:00:00+07:00');
  const ids: Record<string, string> = {};

  const statusOf = async (id: string) =>
    (await h.db.kysely.selectFrom('work_tasks').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
  /** The officer's notices about one task. */
  const notices = (id: string) =>
    h.db.kysely
      .selectFrom('notifications')
      .select(['title', 'kind'])
      .where('user_id', '=', officerId)
      .where('link', '=', `/tasks/${id}`)
      .execute();
  const mails = (id: string) =>
    h.db.kysely
      .selectFrom('email_outbox')
      .select('subject')
      .where('user_id', '=', officerId)
      .where('body', 'like', `%/tasks/${id}%`)
      .execute();

  beforeAll(async () => {
    h = await makeHarness(dialect, { clock });
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    unitA = (await makeOrg(admin, root, 'QLCN', 'Phòng Quản lý Công nghiệp')).id;
    officerId = (await makeUser(admin, 'canbo.cn', [{ role: 'unit_officer', orgId: unitA }], 'Nhac-han@2026')).id;
    await h.db.kysely
      .updateTable('users')
      .set({ email: 'canbo.cn@sct.thainguyen.gov.vn' })
      .where('id', '=', officerId)
      .execute();
    const k = h.db.kysely;
    const issued = await makeProgramme(k, { orgId: root, year: 2026 });
    const draft = await makeProgramme(k, { orgId: root, kind: 'month', period: 4, status: 'draft' });
    const closed = await makeProgramme(k, { orgId: root, kind: 'quarter', period: 1, status: 'closed' });
    const spec: [string, string, string, TaskStatus][] = [
      // Past due and open: marked overdue.
      ['inProgressPast', issued, '2026-04-27', 'in_progress'],
      ['assignedPast', issued, '2026-04-10', 'assigned'],
      ['extendedPast', issued, '2026-04-20', 'extended'],
      // Past due but not the clock's to mark: waiting for the leader, finished, already overdue, not issued.
      ['requestedPast', issued, '2026-04-20', 'extension_requested'],
      ['donePast', issued, '2026-04-01', 'done'],
      ['droppedPast', issued, '2026-04-01', 'dropped'],
      ['alreadyOverdue', issued, '2026-04-15', 'overdue'],
      ['draftPast', draft, '2026-04-20', 'in_progress'],
      ['closedPast', closed, '2026-03-31', 'in_progress'],
      // Due soon (working days): today, 2, 3, and 4 (not yet).
      ['dueToday', issued, '2026-04-28', 'in_progress'],
      ['due2', issued, '2026-05-04', 'assigned'],
      ['due3', issued, '2026-05-05', 'extended'],
      ['due4', issued, '2026-05-06', 'in_progress'],
      ['due3Done', issued, '2026-05-05', 'done'],
    ];
    for (const [name, programmeId, deadline, status] of spec)
      ids[name] = await makeTask(k, {
        programmeId,
        orgId: unitA,
        deadline,
        status,
        ...(status === 'extended' ? { originalDeadline: '2026-03-31' } : {}),
        ...(status === 'done' ? { completedOn: '2026-03-30' } : {}),
        startDate: '2026-01-05',
      });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('marks exactly the past-due open tasks of issued programmes overdue, by the system', async () => {
    const r = await sweepTasks(h.deps);
    expect(r).toMatchObject({ markedOverdue: 3, remindedBefore: 3, remindedOverdue: 4, calendarMissing: 0 });
    for (const name of ['inProgressPast', 'assignedPast', 'extendedPast', 'alreadyOverdue'])
      expect(await statusOf(ids[name]!), name).toBe('overdue');
    for (const [name, status] of [
      ['requestedPast', 'extension_requested'],
      ['donePast', 'done'],
      ['droppedPast', 'dropped'],
      ['draftPast', 'in_progress'],
      ['closedPast', 'in_progress'],
      ['dueToday', 'in_progress'],
    ] as const)
      expect(await statusOf(ids[name]!), name).toBe(status);
    const step = await h.db.kysely
      .selectFrom('transitions')
      .select(['action', 'actor_id', 'actor_name'])
      .where('entity_id', '=', ids.inProgressPast!)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(step).toEqual({ action: 'mark_overdue', actor_id: null, actor_name: 'Hệ thống' });
  });

  it('tells the unit once per task and deadline, in-app and by mail; a second round sends nothing', async () => {
    for (const name of ['inProgressPast', 'assignedPast', 'extendedPast', 'alreadyOverdue']) {
      const n = await notices(ids[name]!);
      expect(n, name).toHaveLength(1);
      expect(n[0]!.title, name).toContain('Quá hạn');
      expect(await mails(ids[name]!), name).toHaveLength(1);
    }
    for (const name of ['dueToday', 'due2', 'due3']) {
      const n = await notices(ids[name]!);
      expect(n, name).toEqual([
        expect.objectContaining({ kind: 'work_task', title: expect.stringContaining('Sắp đến hạn') }),
      ]);
      expect(await mails(ids[name]!), name).toHaveLength(1);
    }
    for (const name of ['due4', 'due3Done', 'requestedPast', 'donePast', 'draftPast', 'closedPast'])
      expect(await notices(ids[name]!), name).toHaveLength(0);

    clock.advance(3_600_000);
    expect(await sweepTasks(h.deps)).toEqual({
      markedOverdue: 0,
      remindedBefore: 0,
      remindedOverdue: 0,
      calendarMissing: 0,
    });
    for (const name of ['inProgressPast', 'dueToday', 'due3']) expect(await notices(ids[name]!), name).toHaveLength(1);
  });

  it('the next working day reaches the fourth; a new deadline earns new reminders', async () => {
    // Wednesday 29/04: 06/05 is now 3 working days away; 28/04 has passed.
    clock.set('2026-04-29T08:00:00+07:00');
    // The leader moved due2's deadline to 30/06: far away, no reminder yet; its old one was already sent.
    await h.db.kysely.updateTable('work_tasks').set({ deadline: '2026-06-30' }).where('id', '=', ids.due2!).execute();
    const r = await sweepTasks(h.deps);
    expect(r).toMatchObject({ markedOverdue: 1, remindedBefore: 1, remindedOverdue: 1 });
    expect(await statusOf(ids.dueToday!)).toBe('overdue');
    expect(await notices(ids.due4!)).toHaveLength(1);
    expect(await notices(ids.due2!)).toHaveLength(1);
    // 26/06 (Friday): 30/06 is 2 working days away; the new deadline is reminded once.
    clock.set('2026-06-26T08:00:00+07:00');
    await sweepTasks(h.deps);
    await sweepTasks(h.deps);
    expect(await notices(ids.due2!)).toHaveLength(2);
  });

  it('a deadline in a year without a working calendar is not guessed at', async () => {
    await h.db.kysely
      .updateTable('work_tasks')
      .set({ deadline: '2099-01-02', status: 'in_progress' })
      .where('id', '=', ids.due4!)
      .execute();
    await h.db.kysely
      .updateTable('work_tasks')
      .set({ deadline: '2026-05-05', status: 'in_progress' })
      .where('id', '=', ids.due3Done!)
      .execute();
    clock.set('2026-04-28T08:00:00+07:00');
    const r = await sweepTasks(h.deps);
    expect(r.calendarMissing).toBe(1);
  });
});
