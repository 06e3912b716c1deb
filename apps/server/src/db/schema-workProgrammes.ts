/** Work programmes and their tasks (migration 20261207_130, docs/work-programmes.md). Dates are YYYY-MM-DD. */

interface Stamped {
  created_at: string;
  updated_at: string;
  version: number;
}

export type WorkProgrammeKind = 'year' | 'quarter' | 'month';

export interface WorkProgrammeTable extends Stamped {
  id: string;
  kind: WorkProgrammeKind;
  year: number;
  /** 0 for a year's programme, 1–4 for a quarter's, 1–12 for a month's. */
  period: number;
  org_id: string;
  parent_id: string | null;
  title: string;
  search_key: string;
  /** PROGRAMME_WORKFLOW: 'draft' | 'issued' | 'closed'. */
  status: string;
  decision_number: string;
  decision_date: string | null;
  decision_signer: string;
  amendment: number;
  note: string;
}

export interface WorkProgrammeAmendmentTable {
  id: string;
  programme_id: string;
  number: number;
  reason: string;
  decision_number: string;
  decision_date: string | null;
  actor_id: string | null;
  actor_name: string;
  created_at: string;
}

export interface WorkTaskTable extends Stamped {
  id: string;
  programme_id: string;
  year: number;
  code: string;
  position: number;
  title: string;
  search_key: string;
  content: string;
  product: string;
  leader_person_id: string | null;
  org_id: string;
  start_date: string;
  deadline: string;
  original_deadline: string;
  deadline_working_days: number | null;
  /** 'high' | 'normal' | 'low'. */
  priority: string;
  /** 'decision' | 'instruction' | 'plan' | 'letter' | 'other', or null. */
  source_kind: string | null;
  source_number: string;
  source_date: string | null;
  source_issuer: string;
  source_title: string;
  movement_id: string | null;
  procedure_id: string | null;
  indicator_id: string | null;
  /** TASK_WORKFLOW's statuses. */
  status: string;
  percent: number;
  completed_on: string | null;
  product_note: string;
}

export interface WorkTaskPartnerTable {
  task_id: string;
  org_id: string;
}

export interface WorkProgrammeTaskTable {
  programme_id: string;
  task_id: string;
  position: number;
  added_amendment: number;
  removed_amendment: number | null;
  removed_reason: string;
}

export interface WorkTaskChangeTable {
  id: string;
  task_id: string;
  programme_id: string;
  amendment: number;
  /** 'added' | 'edited' | 'moved' | 'dropped' | 'taken' | 'removed' | 'extended'. */
  kind: string;
  before: string | null;
  after: string | null;
  reason: string;
  actor_id: string | null;
  actor_name: string;
  created_at: string;
}

export interface WorkTaskReportTable extends Stamped {
  id: string;
  task_id: string;
  org_id: string;
  /** YYYY-MM. */
  period: string;
  percent: number;
  done_text: string;
  obstacles: string;
  requested_deadline: string | null;
  request_reason: string;
  /** null | 'pending' | 'approved' | 'refused'. */
  request_status: string | null;
  decided_by: string | null;
  decided_by_name: string;
  decided_at: string | null;
  decision_note: string;
  reported_by: string | null;
  reported_by_name: string;
}

export interface WorkTaskReminderTable {
  task_id: string;
  /** 'before' | 'overdue'. */
  kind: string;
  deadline: string;
  sent_at: string;
}

export interface WorkProgrammeTables {
  work_programmes: WorkProgrammeTable;
  work_programme_amendments: WorkProgrammeAmendmentTable;
  work_tasks: WorkTaskTable;
  work_task_partners: WorkTaskPartnerTable;
  work_programme_tasks: WorkProgrammeTaskTable;
  work_task_changes: WorkTaskChangeTable;
  work_task_reports: WorkTaskReportTable;
  work_task_reminders: WorkTaskReminderTable;
}
