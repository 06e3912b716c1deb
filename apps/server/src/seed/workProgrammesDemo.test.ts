import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TASK_WORKFLOW, classifyTask, countResult, emptyTaskCounts, type TaskStatus } from '@thidua/domain';
import { ManualClock } from '../platform/clock.ts';
import { DIALECTS, makeHarness, signIn, type Client, type Harness } from '../test/harness.ts';
import { DEMO_PASSWORD } from './demo.ts';
import { WP_DEMO_TODAY } from './workProgrammesDemoData.ts';

/** The demo's work programmes as the office, a unit and the leader find them on 26/11/2026 (docs/work-programmes.md). */
describe.each(DIALECTS)('work programmes demo (%s)', (dialect) => {
  let h: Harness;
  let leader: Client;
  const db = () => h.db.kysely;

  beforeAll(async () => {
    h = await makeHarness(dialect, { seedDemo: true, clock: new ManualClock('2026-11-26T10:30:00+07:00') });
    leader = await signIn(h.app, 'lanhdao', DEMO_PASSWORD);
  }, 180_000);
  afterAll(() => h?.close());

  it('holds the year’s programme, quarter IV’s and December’s, issued by the Director’s decisions', async () => {
    const programmes = await db().selectFrom('work_programmes').selectAll().orderBy('created_at').execute();
    expect(programmes.map((p) => [p.kind, p.period, p.status])).toEqual([
      ['year', 0, 'issued'],
      ['quarter', 4, 'issued'],
      ['month', 12, 'issued'],
    ]);
    const [year, , dec] = programmes;
    expect(dec!.parent_id).toBe(year!.id);
    expect(
      programmes.every((p) => p.decision_signer === 'Lê Quang Tiến' && /^\d+\/QĐ-SCT$/u.test(p.decision_number)),
    ).toBe(true);
    // The department's decisions of another kind never share a number with the register of commendations.
    const register = new Set((await db().selectFrom('decisions').select('number').execute()).map((d) => d.number));
    const amendments = await db().selectFrom('work_programme_amendments').selectAll().execute();
    expect(amendments).toHaveLength(1);
    for (const n of [...programmes.map((p) => p.decision_number), amendments[0]!.decision_number])
      expect(register.has(n), n).toBe(false);
    // December takes the year's tasks still to do and adds two of its own.
    const held = await db()
      .selectFrom('work_programme_tasks')
      .innerJoin('work_tasks', 'work_tasks.id', 'work_programme_tasks.task_id')
      .select(['work_tasks.programme_id', 'work_tasks.status'])
      .where('work_programme_tasks.programme_id', '=', dec!.id)
      .execute();
    expect(held.filter((t) => t.programme_id === dec!.id)).toHaveLength(2);
    expect(held.filter((t) => t.programme_id === year!.id).length).toBeGreaterThan(15);
    expect(held.some((t) => t.status === 'dropped')).toBe(false);
  });

  it('has about 80 tasks of the department’s units, every one with the history the workflow allows', async () => {
    const tasks = await db().selectFrom('work_tasks').selectAll().execute();
    expect(tasks.length).toBeGreaterThanOrEqual(75);
    expect(tasks.length).toBeLessThanOrEqual(85);
    const tree = await h.deps.tree.fresh();
    const sct = (
      await db().selectFrom('organisations').select('id').where('code', '=', 'SCT').executeTakeFirstOrThrow()
    ).id;
    expect(tasks.filter((t) => !tree.isWithin(t.org_id, sct) || t.org_id === sct)).toEqual([]);
    expect(new Set(tasks.map((t) => t.org_id)).size).toBeGreaterThanOrEqual(9);
    expect(tasks.filter((t) => t.leader_person_id === null)).toEqual([]);
    const steps = await db()
      .selectFrom('transitions')
      .selectAll()
      .where('entity_type', '=', 'work_task')
      .orderBy('entity_id')
      .orderBy('seq')
      .execute();
    const byTask = new Map<string, typeof steps>();
    for (const s of steps) byTask.set(s.entity_id, [...(byTask.get(s.entity_id) ?? []), s]);
    for (const t of tasks) {
      const chain = byTask.get(t.id) ?? [];
      expect(chain[0], t.title).toMatchObject({ seq: 1, action: null, to_status: 'assigned' });
      for (const [i, s] of chain.entries()) {
        if (i === 0) continue;
        const def = TASK_WORKFLOW.actions[s.action as keyof typeof TASK_WORKFLOW.actions];
        const from = [def.from].flat() as TaskStatus[];
        expect(from, `${t.title}: ${s.action}`).toContain(chain[i - 1]!.to_status);
        expect(s.to_status).toBe(def.to);
        expect(s.at >= chain[i - 1]!.at, t.title).toBe(true);
      }
      expect(chain.at(-1)!.to_status, t.title).toBe(t.status);
    }
    // The dropped one says why; the extended ones keep their first deadline and the leader's approval.
    const dropped = tasks.filter((t) => t.status === 'dropped');
    expect(dropped).toHaveLength(1);
    const change = await db()
      .selectFrom('work_task_changes')
      .selectAll()
      .where('task_id', '=', dropped[0]!.id)
      .executeTakeFirstOrThrow();
    expect(change).toMatchObject({ kind: 'dropped', amendment: 1 });
    expect(change.reason.length).toBeGreaterThan(20);
    const approved = await db()
      .selectFrom('work_task_reports')
      .select(['task_id', 'requested_deadline', 'decided_by_name'])
      .where('request_status', '=', 'approved')
      .execute();
    expect(approved.length).toBeGreaterThanOrEqual(5);
    for (const a of approved) {
      const t = tasks.find((x) => x.id === a.task_id)!;
      expect(t.deadline).toBe(a.requested_deadline);
      expect(t.original_deadline < t.deadline).toBe(true);
      expect(a.decided_by_name).toBe('Lê Quang Tiến');
    }
  });

  it('counts 2026 on time, extended, late and not done, and shows them on the board and the meeting’s list', async () => {
    const tasks = await db().selectFrom('work_tasks').selectAll().where('year', '=', 2026).execute();
    const c = emptyTaskCounts();
    for (const t of tasks)
      countResult(
        c,
        classifyTask(
          {
            status: t.status as TaskStatus,
            originalDeadline: t.original_deadline,
            deadline: t.deadline,
            completedOn: t.completed_on,
          },
          WP_DEMO_TODAY,
        ),
      );
    expect(c.onTime).toBeGreaterThan(c.late + c.extended + c.notDone);
    for (const k of ['extended', 'late', 'notDone', 'pending', 'dropped'] as const) expect(c[k], k).toBeGreaterThan(0);
    const board = (await leader.get('/api/v1/tasks/board?year=2026')).json();
    expect(board.items.reduce((a: number, i: { total: number }) => a + i.total, 0)).toBe(tasks.length);
    expect(board.items.reduce((a: number, i: { overdue: number }) => a + i.overdue, 0)).toBe(c.notDone);
    const docx = await leader.get('/api/v1/work-programmes/meeting.docx?month=2026-11');
    expect(docx.statusCode).toBe(200);
    // MEETING_DOCX_OUT=<file> keeps the document, to look at it as printed (e.g. rendered by LibreOffice).
    if (process.env.MEETING_DOCX_OUT)
      (await import('node:fs')).writeFileSync(process.env.MEETING_DOCX_OUT, docx.rawPayload);
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('');
    expect(text).toContain('UBND TỈNH THÁI NGUYÊN');
    expect(text).toContain('Vũ Đình Hoàng');
    for (const t of tasks.filter((x) => x.status === 'overdue' || x.status === 'extension_requested'))
      expect(text, t.title).toContain(t.title);
  });
});
