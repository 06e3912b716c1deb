import type { z } from 'zod';
import type { WorkTaskSummary, WorkTaskView } from '@thidua/contracts';
import {
  TASK_WORKFLOW,
  availability,
  classifyTask,
  nextStepOf,
  type TaskAction,
  type TaskActor,
  type TaskStatus,
} from '@thidua/domain';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { WorkTaskTable } from '../../db/schema-workProgrammes.ts';
import type { RequestUser } from '../../platform/access.ts';
import { todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { listAttachments } from '../../platform/files.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import { listTransitions } from '../../platform/transitions.ts';
import { OPEN_TASK_STATUSES, taskActorKinds } from '../workProgrammes/policy.ts';

export type Executor = Kysely<Database> | Transaction<Database>;
export type TaskView = z.infer<typeof WorkTaskView>;
export type TaskSummaryView = z.infer<typeof WorkTaskSummary>;

/** A task's row with what its rules read from its origin programme. */
export type TaskRow = WorkTaskTable & {
  programme_org_id: string;
  programme_status: string;
  programme_title: string;
  programme_amendment: number;
};

/** The task's row joined with its origin programme's organisation and status; 404 in Vietnamese when missing. */
export async function taskRow(db: Executor, id: string): Promise<TaskRow> {
  const row = await db
    .selectFrom('work_tasks')
    .innerJoin('work_programmes', 'work_programmes.id', 'work_tasks.programme_id')
    .selectAll('work_tasks')
    .select([
      'work_programmes.org_id as programme_org_id',
      'work_programmes.status as programme_status',
      'work_programmes.title as programme_title',
      'work_programmes.amendment as programme_amendment',
    ])
    .where('work_tasks.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('nhiệm vụ');
  return { ...row, programme_amendment: Number(row.programme_amendment), version: Number(row.version) };
}

/** Deadline passed and not finished, judged on `today` (the server's clock), whatever the stored status says. */
export const isOverdue = (t: { status: string; deadline: string }, today: string) =>
  today > t.deadline && t.status !== 'done' && t.status !== 'dropped';

/** Actions a user takes elsewhere: the clock's, a request made through a report, a decision through its endpoint. */
const NOT_A_BUTTON: readonly TaskAction[] = [
  'start',
  'mark_overdue',
  'request_extension',
  'approve_extension',
  'refuse_extension',
];

/** What this user may do with the task now (the services refuse by the same checks). */
export function taskAbilities(user: RequestUser, tree: OrgTree, t: TaskRow, today: string) {
  const kinds = taskActorKinds(user, tree, t);
  const status = t.status as TaskStatus;
  const finished = status === 'done' || status === 'dropped';
  const open = availability(
    TASK_WORKFLOW,
    status,
    { kinds },
    {
      programmeNotIssued: t.programme_status !== 'issued',
      // The completion request carries the product's description, so the button is offered without a file.
      productMissing: false,
      notDue: !(today > t.deadline),
    },
  );
  return {
    kinds,
    unavailable: open.unavailable,
    abilities: {
      edit: kinds.includes('office') && t.programme_status !== 'closed' && !finished,
      report:
        kinds.includes('unit') &&
        (OPEN_TASK_STATUSES as readonly string[]).includes(status) &&
        t.programme_status === 'issued',
      decide: kinds.includes('leader') && status === 'extension_requested',
      attach: kinds.includes('unit') || kinds.includes('office'),
      transitions: open.actions.filter((a) => !NOT_A_BUTTON.includes(a)),
    },
  };
}

/** The names a summary shows, read once for a page of tasks. */
export interface SummaryNames {
  partners: Map<string, string[]>;
  leaders: Map<string, string>;
  pending: Set<string>;
}

export async function summaryNames(db: Executor, tree: OrgTree, rows: TaskRow[]): Promise<SummaryNames> {
  const ids = rows.map((r) => r.id);
  const leaderIds = [...new Set(rows.map((r) => r.leader_person_id).filter((x): x is string => !!x))];
  const [partners, leaders, pending] = await Promise.all([
    ids.length
      ? db.selectFrom('work_task_partners').select(['task_id', 'org_id']).where('task_id', 'in', ids).execute()
      : [],
    leaderIds.length ? db.selectFrom('people').select(['id', 'full_name']).where('id', 'in', leaderIds).execute() : [],
    ids.length
      ? db
          .selectFrom('work_task_reports')
          .select('task_id')
          .where('task_id', 'in', ids)
          .where('request_status', '=', 'pending')
          .execute()
      : [],
  ]);
  const byTask = new Map<string, string[]>();
  const collator = new Intl.Collator('vi');
  for (const p of partners) byTask.set(p.task_id, [...(byTask.get(p.task_id) ?? []), tree.name(p.org_id)]);
  for (const list of byTask.values()) list.sort(collator.compare);
  return {
    partners: byTask,
    leaders: new Map(leaders.map((l) => [l.id, l.full_name])),
    pending: new Set(pending.map((p) => p.task_id)),
  };
}

/** A task as lists show it; `overdue` and `result` are judged on `today`. */
export function taskSummary(t: TaskRow, tree: OrgTree, names: SummaryNames, today: string): TaskSummaryView {
  const status = t.status as TaskStatus;
  return {
    id: t.id,
    programmeId: t.programme_id,
    programmeTitle: t.programme_title,
    year: Number(t.year),
    code: t.code,
    title: t.title,
    product: t.product,
    orgId: t.org_id,
    orgName: tree.name(t.org_id),
    partnerNames: names.partners.get(t.id) ?? [],
    leaderName: t.leader_person_id ? (names.leaders.get(t.leader_person_id) ?? null) : null,
    startDate: t.start_date,
    deadline: t.deadline,
    originalDeadline: t.original_deadline,
    priority: t.priority as TaskSummaryView['priority'],
    status,
    percent: Number(t.percent),
    completedOn: t.completed_on,
    overdue: isOverdue(t, today),
    result: classifyTask(
      { status, originalDeadline: t.original_deadline, deadline: t.deadline, completedOn: t.completed_on },
      today,
    ),
    extensionPending: status === 'extension_requested' || names.pending.has(t.id),
  };
}

const parseFields = (s: string | null): Record<string, string> | null => {
  if (!s) return null;
  try {
    const v = JSON.parse(s) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : null;
  } catch {
    return null;
  }
};

/**
 * A task as its page shows it: everything about it, its history (status steps, amendments, reports), whose turn
 * it is and what this user may do. Everyone signed in reads tasks (a programme is the department's common
 * reference); `db` lets a service answer from inside its transaction.
 */
export async function getTask(deps: Deps, user: RequestUser, id: string, db: Executor = deps.db.kysely) {
  const tree = await deps.tree.fresh();
  const t = await taskRow(db, id);
  const today = todayVn(clockOf(deps));
  const [names, partners, programmes, reports, changes, transitions, files, links] = await Promise.all([
    summaryNames(db, tree, [t]),
    db.selectFrom('work_task_partners').select('org_id').where('task_id', '=', id).execute(),
    db
      .selectFrom('work_programme_tasks')
      .innerJoin('work_programmes', 'work_programmes.id', 'work_programme_tasks.programme_id')
      .select([
        'work_programmes.id',
        'work_programmes.kind',
        'work_programmes.title',
        'work_programmes.status',
        'work_programmes.year',
        'work_programmes.period',
        'work_programme_tasks.removed_amendment',
      ])
      .where('work_programme_tasks.task_id', '=', id)
      .execute(),
    db
      .selectFrom('work_task_reports')
      .selectAll()
      .where('task_id', '=', id)
      .orderBy('period')
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('work_task_changes')
      .innerJoin('work_programmes', 'work_programmes.id', 'work_task_changes.programme_id')
      .selectAll('work_task_changes')
      .select('work_programmes.title as programme_title')
      .where('work_task_changes.task_id', '=', id)
      .orderBy('work_task_changes.created_at')
      .orderBy('work_task_changes.id')
      .execute(),
    listTransitions(db, 'work_task', id),
    listAttachments(db as Kysely<Database>, 'work_task', [id]),
    linksOf(db, t),
  ]);
  const { kinds, unavailable, abilities } = taskAbilities(user, tree, t, today);
  const n = nextStepOf(TASK_WORKFLOW, t.status as TaskStatus);
  const collator = new Intl.Collator('vi');
  // The origin first, then the quarter's and month's programmes that took it, in the order of their periods.
  const held = programmes
    .sort((a, b) =>
      a.id === t.programme_id ? -1 : b.id === t.programme_id ? 1 : a.year - b.year || a.period - b.period,
    )
    .map((p) => ({
      id: p.id,
      kind: p.kind,
      title: p.title,
      removed: p.removed_amendment !== null,
      status: p.status,
    }));
  if (!held.some((p) => p.id === t.programme_id))
    held.unshift({
      id: t.programme_id,
      kind: 'year',
      title: t.programme_title,
      removed: false,
      status: t.programme_status,
    });
  const view: TaskView = {
    ...taskSummary(t, tree, names, today),
    content: t.content,
    productNote: t.product_note,
    leaderPersonId: t.leader_person_id,
    partners: partners
      .map((p) => ({ id: p.org_id, name: tree.name(p.org_id) }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    deadlineWorkingDays: t.deadline_working_days === null ? null : Number(t.deadline_working_days),
    source: t.source_kind
      ? {
          kind: t.source_kind as NonNullable<TaskView['source']>['kind'],
          number: t.source_number,
          date: t.source_date,
          issuer: t.source_issuer,
          title: t.source_title,
        }
      : null,
    ...links,
    programmes: held,
    attachments: files.get(id) ?? [],
    reports: reports.map((r) => ({
      id: r.id,
      period: r.period,
      orgId: r.org_id,
      orgName: tree.name(r.org_id),
      percent: Number(r.percent),
      doneText: r.done_text,
      obstacles: r.obstacles,
      requestedDeadline: r.requested_deadline,
      requestReason: r.request_reason,
      requestStatus: r.request_status as TaskView['reports'][number]['requestStatus'],
      decidedByName: r.decided_by_name,
      decidedAt: r.decided_at,
      decisionNote: r.decision_note,
      reportedByName: r.reported_by_name,
      reportedAt: r.created_at,
    })),
    changes: changes.map((c) => ({
      id: c.id,
      programmeId: c.programme_id,
      programmeTitle: c.programme_title,
      amendment: Number(c.amendment),
      kind: c.kind as TaskView['changes'][number]['kind'],
      before: parseFields(c.before),
      after: parseFields(c.after),
      reason: c.reason,
      actorName: c.actor_name,
      at: c.created_at,
    })),
    transitions,
    next: n
      ? {
          actor: n.actor,
          text: n.text,
          textEn: n.textEn,
          mine: n.actor !== null && kinds.includes(n.actor as TaskActor),
        }
      : { actor: null, text: '', textEn: '', mine: false },
    unavailable,
    abilities,
    version: t.version,
  };
  return view;
}

/** The movement, procedure and indicator the task concerns, by name. */
async function linksOf(db: Executor, t: TaskRow) {
  const [movement, procedure, indicator] = await Promise.all([
    t.movement_id
      ? db.selectFrom('movements').select(['id', 'name']).where('id', '=', t.movement_id).executeTakeFirst()
      : undefined,
    t.procedure_id
      ? db.selectFrom('procedures').select(['id', 'name']).where('id', '=', t.procedure_id).executeTakeFirst()
      : undefined,
    t.indicator_id
      ? db.selectFrom('stat_indicators').select(['id', 'name']).where('id', '=', t.indicator_id).executeTakeFirst()
      : undefined,
  ]);
  return {
    movement: movement ? { id: movement.id, title: movement.name } : null,
    procedure: procedure ? { id: procedure.id, name: procedure.name } : null,
    indicator: indicator ? { id: indicator.id, name: indicator.name } : null,
  };
}
