import { searchKey } from '@thidua/domain';
import type { Transaction } from 'kysely';
import type { Database, TransitionTable, WorkTaskReportTable, WorkTaskTable } from '../db/schema.ts';
import { newId } from '../platform/ids.ts';
import { WP_ADD_REASON, WP_DEMO_TODAY, WP_OBSTACLES, WP_SOURCES } from './workProgrammesDemoData.ts';
import { lifeOf, reportMonths, type TaskLife, type TaskPlan, type Who } from './workProgrammesDemoPlan.ts';

/** Rows of the work programmes demo: a task with its partners, history, monthly reports and changes. */

export type Trx = Transaction<Database>;
export interface Person {
  id: string | null;
  name: string;
}
/** Who acts in the demo: the unit's reporter (by unit code), the Director deciding, the office. */
export interface Cast {
  reporter(unit: string): Person;
  leader: Person;
  office: Person;
  orgId(code: string): string;
  leaderOf(unit: string): string | null;
  movementId(key: string): string | null;
  procedureId(code: string): string | null;
  indicatorId(code: string): string | null;
}

const SYSTEM: Person = { id: null, name: 'hệ thống' };
/** An instant of a Vietnam day at an hour (UTC+7). */
export const vnAt = (day: string, hour: number, minute = 0) =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) + ((hour - 7) * 60 + minute) * 60_000).toISOString();
const dmy = (iso: string) => iso.split('-').reverse().join('/');

function stageText(percent: number, product: string): string {
  if (percent >= 100) return `Đã hoàn thành: ${product}.`;
  if (percent >= 85) return 'Đã tiếp thu ý kiến góp ý, hoàn thiện hồ sơ trình lãnh đạo Sở.';
  if (percent >= 60) return 'Đã hoàn thiện dự thảo, gửi lấy ý kiến các đơn vị phối hợp.';
  if (percent >= 30) return 'Đã xây dựng đề cương, tổng hợp số liệu, hoàn thiện dự thảo lần 1.';
  return 'Đã phân công công chức chủ trì, thu thập tài liệu, số liệu liên quan.';
}

export interface WrittenTask {
  id: string;
  plan: TaskPlan;
  life: TaskLife;
}

/**
 * One task of `programmeId` created at `createdDay` (its programme's issue, or the amendment that added it),
 * walked to its state now; `amendmentOn`: the day the year's programme was amended (changes after it carry 1).
 */
export async function insertTask(
  trx: Trx,
  cast: Cast,
  p0: TaskPlan,
  at: {
    programmeId: string;
    code: string;
    position: number;
    /** The day its programme was issued (or the amendment that added it): no task starts before. */
    createdDay: string;
    /** When the office wrote it in (the programme's draft, or the amendment). */
    createdAt: string;
    amendmentOn: string | null;
  },
): Promise<WrittenTask> {
  const id = newId();
  // A task starts once assigned: never before its programme was issued.
  const p = { ...p0, start: p0.start < at.createdDay ? at.createdDay : p0.start };
  const life = lifeOf(p, at.amendmentOn ?? WP_DEMO_TODAY);
  const src = p.source ? WP_SOURCES[p.source]! : null;
  const created = at.createdAt;
  const last = life.steps.at(-1);
  const unitPerson = cast.reporter(p.unit);
  const row: WorkTaskTable = {
    id,
    programme_id: at.programmeId,
    year: Number(p.deadline.slice(0, 4)),
    code: at.code,
    position: at.position,
    title: p.title,
    search_key: searchKey(p.title),
    content:
      `${p.title}. Sản phẩm: ${p.product}.` +
      (src ? ` Thực hiện ${src.title.charAt(0).toLocaleLowerCase('vi')}${src.title.slice(1)} (${src.number}).` : ''),
    product: p.product,
    leader_person_id: cast.leaderOf(p.unit),
    org_id: cast.orgId(p.unit),
    start_date: p.start,
    deadline: life.deadline,
    original_deadline: p.deadline,
    deadline_working_days: null,
    priority: p.high ? 'high' : 'normal',
    source_kind: src?.kind ?? null,
    source_number: src?.number ?? '',
    source_date: src?.date ?? null,
    source_issuer: src?.issuer ?? '',
    source_title: src?.title ?? '',
    movement_id: p.movement ? cast.movementId(p.movement) : null,
    procedure_id: p.procedure ? cast.procedureId(p.procedure) : null,
    indicator_id: p.indicator ? cast.indicatorId(p.indicator) : null,
    status: life.status,
    percent: life.percent,
    completed_on: life.completedOn,
    product_note: life.completedOn ? `${p.product} (đã gửi ngày ${dmy(life.completedOn)})` : '',
    created_at: created,
    updated_at: last ? vnAt(last.day, 16) : created,
    version: 1 + life.steps.length,
  };
  await trx.insertInto('work_tasks').values(row).execute();
  for (const code of p.partners)
    await trx
      .insertInto('work_task_partners')
      .values({ task_id: id, org_id: cast.orgId(code) })
      .execute();

  const actor = (who: Who): Person =>
    who === 'unit' ? unitPerson : who === 'leader' ? cast.leader : who === 'office' ? cast.office : SYSTEM;
  let from: string | null = null;
  const steps: TransitionTable[] = [
    { action: null, to: 'assigned', day: at.createdDay, who: 'office' as Who },
    ...life.steps,
  ].map((s, i) => {
    const who = actor(s.who);
    const t: TransitionTable = {
      id: newId(),
      entity_type: 'work_task',
      entity_id: id,
      seq: i + 1,
      action: s.action,
      from_status: from,
      to_status: s.to,
      actor_id: who.id,
      actor_name: who.name,
      reason: 'reason' in s && s.reason ? s.reason : '',
      // The clock sweeps just after midnight; people act in office hours.
      at:
        i === 0 ? created : s.who === 'system' ? vnAt(s.day, 0, 5) : vnAt(s.day, s.who === 'leader' ? 10 : 16, 20 + i),
      data: '{}',
    };
    from = s.to;
    return t;
  });
  await trx.insertInto('transitions').values(steps).execute();
  await insertReports(trx, cast, id, p, life);
  await insertChanges(trx, cast, id, at.programmeId, p, life, at.amendmentOn);
  return { id, plan: p, life };
}

async function insertReports(trx: Trx, cast: Cast, taskId: string, p: TaskPlan, life: TaskLife) {
  const months = reportMonths(p, life);
  const o = p.outcome;
  const who = cast.reporter(p.unit);
  const rows: WorkTaskReportTable[] = [];
  months.forEach((month, i) => {
    const final = i === months.length - 1;
    let day = `${month}-25`;
    if (final && life.completedOn) day = life.completedOn;
    const asks = (o.kind === 'ext' || o.kind === 'ask') && o.asked.slice(0, 7) === month;
    if (asks) day = o.asked;
    if (day < p.start) day = p.start;
    if (day > WP_DEMO_TODAY) return;
    const percent =
      final && life.completedOn ? 100 : Math.max(5, Math.round((life.percent * (i + 1)) / (months.length + 1)));
    const overdue = !life.completedOn && life.status === 'overdue' && day > p.deadline;
    const at = vnAt(day, 10, 15);
    const decided =
      asks && o.kind === 'ext' ? vnAt(life.steps.find((s) => s.action === 'approve_extension')!.day, 10) : null;
    rows.push({
      id: newId(),
      task_id: taskId,
      org_id: cast.orgId(p.unit),
      period: month,
      percent,
      done_text: stageText(percent, p.product),
      obstacles: asks ? o.reason : overdue ? WP_OBSTACLES[rows.length % WP_OBSTACLES.length]! : '',
      requested_deadline: asks ? o.to : null,
      request_reason: asks ? o.reason : '',
      request_status: asks ? (o.kind === 'ext' ? 'approved' : 'pending') : null,
      decided_by: decided ? cast.leader.id : null,
      decided_by_name: decided ? cast.leader.name : '',
      decided_at: decided,
      decision_note: decided ? 'Đồng ý gia hạn; đơn vị chủ trì hoàn thành đúng hạn mới.' : '',
      reported_by: who.id,
      reported_by_name: who.name,
      created_at: at,
      updated_at: decided ?? at,
      version: decided ? 2 : 1,
    });
  });
  if (rows.length) await trx.insertInto('work_task_reports').values(rows).execute();
}

async function insertChanges(
  trx: Trx,
  cast: Cast,
  taskId: string,
  programmeId: string,
  p: TaskPlan,
  life: TaskLife,
  amendmentOn: string | null,
) {
  const amendment = (day: string) => (amendmentOn && day >= amendmentOn ? 1 : 0);
  const change = (
    kind: string,
    day: string,
    who: Person,
    reason: string,
    before: object | null,
    after: object | null,
  ) => ({
    id: newId(),
    task_id: taskId,
    programme_id: programmeId,
    amendment: amendment(day),
    kind,
    before: before ? JSON.stringify(before) : null,
    after: after ? JSON.stringify(after) : null,
    reason,
    actor_id: who.id,
    actor_name: who.name,
    created_at: vnAt(day, 10, 30),
  });
  const rows = [];
  const o = p.outcome;
  if (p.added && amendmentOn)
    rows.push(
      change('added', amendmentOn, cast.office, WP_ADD_REASON, null, {
        'Tên nhiệm vụ': p.title,
        'Hạn hoàn thành': dmy(p.deadline),
      }),
    );
  if (o.kind === 'ext') {
    const day = life.steps.find((s) => s.action === 'approve_extension')!.day;
    rows.push(
      change(
        'extended',
        day,
        cast.leader,
        o.reason,
        { 'Hạn hoàn thành': dmy(p.deadline) },
        { 'Hạn hoàn thành': dmy(o.to) },
      ),
    );
  }
  if (o.kind === 'drop') {
    const day = life.steps.find((s) => s.action === 'drop')!.day;
    rows.push(
      change(
        'dropped',
        day,
        cast.office,
        life.steps.at(-1)!.reason ?? '',
        { 'Trạng thái': 'Đang thực hiện' },
        { 'Trạng thái': 'Không thực hiện' },
      ),
    );
  }
  if (rows.length) await trx.insertInto('work_task_changes').values(rows).execute();
}
