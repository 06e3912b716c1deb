import { addDays, searchKey } from '@thidua/domain';
import { newId } from '../platform/ids.ts';
import {
  WP_AMENDMENT,
  WP_DIRECTOR,
  WP_LEADER_OF,
  WP_MOVEMENTS,
  WP_OWN_TASKS,
  WP_PROGRAMMES,
  WP_YEAR_TASKS,
  type ProgrammePlan,
} from './workProgrammesDemoData.ts';
import { parseTasks } from './workProgrammesDemoPlan.ts';
import { insertTask, vnAt, type Cast, type Person, type Trx, type WrittenTask } from './workProgrammesDemoWrite.ts';

/**
 * The work programmes of the demo (docs/work-programmes.md "Demo"): the department's 2026 programme issued by the
 * Director's decision with its tasks across the divisions and units, amended once in July (a task dropped, one
 * added), the quarter IV programme and the December programme taking the year's tasks still to do and adding
 * their own; every task walked through TASK_WORKFLOW to its state on the demo's today (26/11/2026), with the
 * monthly reports, the requests for a new deadline and the leader's decisions. Runs after the movements, the
 * one-stop catalog and the statistics it links to.
 */

export interface WorkProgrammesCounts {
  programmes: number;
  tasks: number;
  reports: number;
}

async function user(trx: Trx, username: string, fallback: string): Promise<Person> {
  const r = await trx
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('username', '=', username)
    .executeTakeFirst();
  return r ? { id: r.id, name: r.display_name } : { id: null, name: fallback };
}

async function castOf(trx: Trx, orgIds: Map<string, string>): Promise<Cast> {
  const unitOfficer = await user(trx, 'canbo.donvi', 'Hoàng Minh Tuấn');
  const office = await user(trx, 'canbo.tdkt', 'Nguyễn Thị Thu Trang');
  const leader = await user(trx, 'lanhdao', WP_DIRECTOR);
  const sct = orgIds.get('SCT')!;
  const leaders = await trx
    .selectFrom('people')
    .select(['id', 'full_name'])
    .where('org_id', '=', sct)
    .where('position', 'in', ['Giám đốc Sở', 'Phó Giám đốc Sở'])
    .execute();
  const leaderIds = new Map(leaders.map((l) => [l.full_name, l.id]));
  const movements = new Map(
    (await trx.selectFrom('movements').select(['id', 'name']).execute()).map((m) => [m.name, m.id]),
  );
  const procedures = new Map(
    (await trx.selectFrom('procedures').select(['id', 'code']).execute()).map((p) => [p.code, p.id]),
  );
  const indicators = new Map(
    (await trx.selectFrom('stat_indicators').select(['id', 'code']).execute()).map((i) => [i.code, i.id]),
  );
  return {
    // The industry division's officer reports for it; the office reports for the others (it may, as their clerk).
    reporter: (unit) => (unit === 'QLCN' ? unitOfficer : office),
    leader,
    office,
    orgId: (code) => {
      const id = orgIds.get(code);
      if (!id) throw new Error(`Không có đơn vị ${code} trong dữ liệu mẫu`);
      return id;
    },
    leaderOf: (unit) => leaderIds.get(WP_LEADER_OF[unit.split('-')[0]!] ?? WP_DIRECTOR) ?? null,
    movementId: (key) => movements.get(WP_MOVEMENTS[key] ?? '') ?? null,
    procedureId: (code) => procedures.get(code) ?? null,
    indicatorId: (code) => indicators.get(code) ?? null,
  };
}

async function insertProgramme(
  trx: Trx,
  plan: ProgrammePlan,
  orgId: string,
  parentId: string | null,
  office: Person,
  amendment: number,
): Promise<string> {
  const id = newId();
  const drafted = vnAt(addDays(plan.decisionDate, -4), 9);
  const issued = vnAt(plan.decisionDate, 16);
  await trx
    .insertInto('work_programmes')
    .values({
      id,
      kind: plan.kind,
      year: Number(plan.decisionDate.slice(0, 4)),
      period: plan.period,
      org_id: orgId,
      parent_id: parentId,
      title: plan.title,
      search_key: searchKey(plan.title),
      status: 'issued',
      decision_number: plan.decisionNumber,
      decision_date: plan.decisionDate,
      decision_signer: WP_DIRECTOR,
      amendment,
      note: plan.note,
      created_at: drafted,
      updated_at: issued,
      version: 2 + amendment,
    })
    .execute();
  const step = (seq: number, action: string | null, from: string | null, to: string, at: string) => ({
    id: newId(),
    entity_type: 'work_programme',
    entity_id: id,
    seq,
    action,
    from_status: from,
    to_status: to,
    actor_id: office.id,
    actor_name: office.name,
    reason: '',
    at,
    data: '{}',
  });
  await trx
    .insertInto('transitions')
    .values([step(1, null, null, 'draft', drafted), step(2, 'issue', 'draft', 'issued', issued)])
    .execute();
  return id;
}

async function hold(trx: Trx, programmeId: string, taskIds: string[], added = 0) {
  if (!taskIds.length) return;
  await trx
    .insertInto('work_programme_tasks')
    .values(
      taskIds.map((taskId, i) => ({
        programme_id: programmeId,
        task_id: taskId,
        position: i + 1,
        added_amendment: added,
        removed_amendment: null,
        removed_reason: '',
      })),
    )
    .execute();
}

export async function insertDemoWorkProgrammes(trx: Trx, orgIds: Map<string, string>): Promise<WorkProgrammesCounts> {
  const cast = await castOf(trx, orgIds);
  const sct = orgIds.get('SCT')!;
  const [yearPlan, q4Plan, decPlan] = WP_PROGRAMMES as [ProgrammePlan, ProgrammePlan, ProgrammePlan];
  const yearId = await insertProgramme(trx, yearPlan, sct, null, cast.office, WP_AMENDMENT.number);
  await trx
    .insertInto('work_programme_amendments')
    .values({
      id: newId(),
      programme_id: yearId,
      number: WP_AMENDMENT.number,
      reason: WP_AMENDMENT.reason,
      decision_number: WP_AMENDMENT.decisionNumber,
      decision_date: WP_AMENDMENT.decisionDate,
      actor_id: cast.office.id,
      actor_name: cast.office.name,
      created_at: vnAt(WP_AMENDMENT.decisionDate, 16),
    })
    .execute();

  const year: WrittenTask[] = [];
  for (const [i, plan] of parseTasks(WP_YEAR_TASKS).entries())
    year.push(
      await insertTask(trx, cast, plan, {
        programmeId: yearId,
        code: String(i + 1),
        position: i + 1,
        createdDay: plan.added ? WP_AMENDMENT.decisionDate : yearPlan.decisionDate,
        createdAt: plan.added
          ? vnAt(WP_AMENDMENT.decisionDate, 16, 10)
          : vnAt(addDays(yearPlan.decisionDate, -4), 9, 30),
        amendmentOn: WP_AMENDMENT.decisionDate,
      }),
    );
  await hold(
    trx,
    yearId,
    year.filter((t) => !t.plan.added).map((t) => t.id),
  );
  const added = year.filter((t) => t.plan.added);
  for (const t of added)
    await trx
      .insertInto('work_programme_tasks')
      .values({
        programme_id: yearId,
        task_id: t.id,
        position: year.indexOf(t) + 1,
        added_amendment: WP_AMENDMENT.number,
        removed_amendment: null,
        removed_reason: '',
      })
      .execute();

  // A quarter's or a month's programme takes the year's tasks still to do when it is drafted, then adds its own.
  const child = async (plan: ProgrammePlan, key: 'q4' | 'dec', takes: (t: WrittenTask) => boolean) => {
    const id = await insertProgramme(trx, plan, sct, yearId, cast.office, 0);
    const taken = year.filter(takes).map((t) => t.id);
    await hold(trx, id, taken);
    const own: string[] = [];
    for (const [i, p] of parseTasks(WP_OWN_TASKS[key]).entries()) {
      const code = `${key === 'q4' ? 'Q4' : 'T12'}.${i + 1}`;
      const t = await insertTask(trx, cast, p, {
        programmeId: id,
        code,
        position: taken.length + i + 1,
        createdDay: plan.decisionDate,
        createdAt: vnAt(addDays(plan.decisionDate, -4), 9, 30),
        amendmentOn: null,
      });
      own.push(t.id);
    }
    for (const [i, taskId] of own.entries())
      await trx
        .insertInto('work_programme_tasks')
        .values({
          programme_id: id,
          task_id: taskId,
          position: taken.length + i + 1,
          added_amendment: 0,
          removed_amendment: null,
          removed_reason: '',
        })
        .execute();
  };
  const open = (t: WrittenTask, on: string) =>
    t.life.status !== 'dropped' && (t.life.completedOn === null || t.life.completedOn > on);
  await child(q4Plan, 'q4', (t) => open(t, addDays(q4Plan.decisionDate, -1)));
  await child(decPlan, 'dec', (t) => open(t, decPlan.decisionDate));

  const count = async (table: 'work_tasks' | 'work_task_reports') =>
    Number(
      (
        await trx
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    programmes: WP_PROGRAMMES.length,
    tasks: await count('work_tasks'),
    reports: await count('work_task_reports'),
  };
}
