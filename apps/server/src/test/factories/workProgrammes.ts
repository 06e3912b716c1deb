import { searchKey, type TaskStatus } from '@thidua/domain';
import type { WorkProgrammeKind } from '../../db/schema.ts';
import { newId } from '../../platform/ids.ts';
import { writeSteps, type Db } from './steps.ts';

/*
 * Work programmes and tasks put straight into a given state with the status history it implies
 * (docs/work-programmes.md), so a test needs no walk through the workflow to reach it.
 */

export interface ProgrammeSpec {
  orgId: string;
  kind?: WorkProgrammeKind;
  year?: number;
  period?: number;
  parentId?: string | null;
  title?: string;
  status?: 'draft' | 'issued' | 'closed';
  /** The creation instant of the row and its history. */
  at?: string;
}

const PROGRAMME_PATH = { draft: [], issued: [{ action: 'issue', to: 'issued' }], closed: [] } as const;

export async function makeProgramme(k: Db, spec: ProgrammeSpec): Promise<string> {
  const id = newId();
  const kind = spec.kind ?? 'year';
  const year = spec.year ?? 2026;
  const period = spec.period ?? 0;
  const status = spec.status ?? 'issued';
  const at = spec.at ?? `${year}-01-05T02:00:00.000Z`;
  const title =
    spec.title ??
    (kind === 'year'
      ? `Chương trình công tác năm ${year}`
      : kind === 'quarter'
        ? `Chương trình công tác quý ${period}/${year}`
        : `Chương trình công tác tháng ${period}/${year}`);
  await k
    .insertInto('work_programmes')
    .values({
      id,
      kind,
      year,
      period,
      org_id: spec.orgId,
      parent_id: spec.parentId ?? null,
      title,
      search_key: searchKey(title),
      status,
      decision_number: status === 'draft' ? '' : `${period + 1}/QĐ-SCT`,
      decision_date: status === 'draft' ? null : at.slice(0, 10),
      decision_signer: status === 'draft' ? '' : 'Giám đốc Sở',
      amendment: 0,
      note: '',
      created_at: at,
      updated_at: at,
      version: 1,
    })
    .execute();
  const steps =
    status === 'closed'
      ? [
          { action: 'issue', to: 'issued' },
          { action: 'close', to: 'closed' },
        ]
      : PROGRAMME_PATH[status];
  await writeSteps(k, 'work_programme', id, steps, at, 'draft');
  return id;
}

export interface TaskSpec {
  programmeId: string;
  orgId: string;
  year?: number;
  code?: string;
  title?: string;
  startDate?: string;
  deadline: string;
  /** Default: `deadline` (no extension). */
  originalDeadline?: string;
  status?: TaskStatus;
  completedOn?: string | null;
  percent?: number;
  productNote?: string;
  partnerOrgIds?: string[];
  at?: string;
}

/** The history a status implies (after the creation at `assigned`). */
const TASK_PATH: Record<TaskStatus, { action: string; to: string }[]> = {
  assigned: [],
  in_progress: [{ action: 'start', to: 'in_progress' }],
  extension_requested: [
    { action: 'start', to: 'in_progress' },
    { action: 'request_extension', to: 'extension_requested' },
  ],
  extended: [
    { action: 'start', to: 'in_progress' },
    { action: 'request_extension', to: 'extension_requested' },
    { action: 'approve_extension', to: 'extended' },
  ],
  overdue: [
    { action: 'start', to: 'in_progress' },
    { action: 'mark_overdue', to: 'overdue' },
  ],
  done: [
    { action: 'start', to: 'in_progress' },
    { action: 'complete', to: 'done' },
  ],
  dropped: [{ action: 'drop', to: 'dropped' }],
};

let taskSeq = 0;

/** A task of a programme (and held by it), in the given status; a done task completed on `completedOn` (default: its deadline). */
export async function makeTask(k: Db, spec: TaskSpec): Promise<string> {
  const id = newId();
  taskSeq += 1;
  const status = spec.status ?? 'assigned';
  const year = spec.year ?? Number(spec.deadline.slice(0, 4));
  const title = spec.title ?? `Nhiệm vụ kiểm thử số ${taskSeq}`;
  const at = spec.at ?? `${year}-01-06T02:00:00.000Z`;
  const position = taskSeq;
  await k
    .insertInto('work_tasks')
    .values({
      id,
      programme_id: spec.programmeId,
      year,
      code: spec.code ?? String(taskSeq),
      position,
      title,
      search_key: searchKey(title),
      content: '',
      product: 'Báo cáo',
      leader_person_id: null,
      org_id: spec.orgId,
      start_date: spec.startDate ?? `${year}-01-06`,
      deadline: spec.deadline,
      original_deadline: spec.originalDeadline ?? spec.deadline,
      deadline_working_days: null,
      priority: 'normal',
      source_kind: null,
      source_number: '',
      source_date: null,
      source_issuer: '',
      source_title: '',
      movement_id: null,
      procedure_id: null,
      indicator_id: null,
      status,
      percent: spec.percent ?? (status === 'done' ? 100 : 0),
      completed_on: status === 'done' ? (spec.completedOn ?? spec.deadline) : null,
      product_note: spec.productNote ?? (status === 'done' ? 'Báo cáo đã gửi' : ''),
      created_at: at,
      updated_at: at,
      version: 1,
    })
    .execute();
  await k
    .insertInto('work_programme_tasks')
    .values({
      programme_id: spec.programmeId,
      task_id: id,
      position,
      added_amendment: 0,
      removed_amendment: null,
      removed_reason: '',
    })
    .execute();
  for (const orgId of spec.partnerOrgIds ?? [])
    await k.insertInto('work_task_partners').values({ task_id: id, org_id: orgId }).execute();
  await writeSteps(k, 'work_task', id, TASK_PATH[status], at, 'assigned');
  return id;
}
