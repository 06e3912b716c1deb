import type { MovementStatus } from '@thidua/domain';

/** The tables of emulation movements: participants, targets, registrations, progress, exemplars, reminders. */

export interface MovementTable {
  id: string;
  name: string;
  search_key: string;
  kind: string;
  year: number;
  launch_level: string;
  launch_doc_number: string;
  launch_doc_date: string | null;
  launch_doc_signer: string;
  objectives: string;
  content: string;
  criteria: string;
  starts_on: string;
  ends_on: string;
  registration_deadline: string | null;
  report_every: string;
  /** The workflow's union (packages/domain): changed only through applyTransition. */
  status: MovementStatus;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface MovementOrgTable {
  movement_id: string;
  org_id: string;
}

export interface MovementTargetTable {
  id: string;
  movement_id: string;
  name: string;
  unit: string;
  target_value: number | null;
  direction: string;
  aggregation: string;
  sort_order: number;
}

/** Every status change of a movement or a dossier, numbered per row by `seq`. */

export interface MovementRegistrationTable {
  id: string;
  movement_id: string;
  org_id: string;
  registered_at: string;
  registered_by: string;
  late_reason: string;
  note: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface RegistrationTitleTable {
  registration_id: string;
  subject_kind: string;
  subject_id: string;
  award_code: string;
  year: number;
}

export interface RegistrationCommitmentTable {
  registration_id: string;
  target_id: string;
  value: number;
}

export interface MovementProgressTable {
  id: string;
  movement_id: string;
  org_id: string;
  target_id: string;
  period: string;
  value: number;
  note: string;
  reported_by: string;
  reported_at: string;
  version: number;
}

export interface MovementExemplarTable {
  id: string;
  movement_id: string;
  subject_kind: string;
  subject_id: string;
  org_id: string;
  title: string;
  description: string;
  evidence: string;
  recorded_on: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface MovementReminderTable {
  id: string;
  movement_id: string;
  org_id: string;
  sent_by: string;
  sent_at: string;
}
