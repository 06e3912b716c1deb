import type { DossierStatus, ProcedureStatus } from '@thidua/domain';
import type { GeneratedAlways } from 'kysely';

/** The one-stop desk (migrations 20261207_117, _118 and _125, docs/one-stop.md). Booleans are 0/1. */
export interface ProcedureTable {
  id: string;
  /** National TTHC database code, `n.nnnnnn`. */
  code: string;
  name: string;
  search_key: string;
  field: string;
  level: string;
  /** The implementing agency as the catalog names it. */
  agency: string;
  /** The organisation that handles it (the department); access follows its subtree. */
  org_id: string;
  inter_agency: number;
  online_level: string;
  status: ProcedureStatus;
  current_version_id: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/**
 * One version of a procedure. JSON columns (text): `fees` [{name, amount, note}], `documents`
 * [{name, kind, count, required, templateFileId?}], `steps` [{name, unit, role, amount, unit: TimeUnit}],
 * `legs` [{agency, name, amount, timeUnit}].
 */
export interface ProcedureVersionTable {
  id: string;
  procedure_id: string;
  seq: number;
  status: string;
  name: string;
  decision_no: string;
  decision_date: string | null;
  decision_signer: string;
  legal_basis: string;
  time_amount: number;
  time_unit: string;
  no_appointment: number;
  fee_total: number;
  fees: string;
  documents: string;
  steps: string;
  legs: string;
  result: string;
  result_validity: string;
  /** Compliance cost of one dossier in đồng (§10.2). */
  compliance_cost: number;
  yearly_dossiers: number;
  change_note: string;
  effective_from: string | null;
  effective_to: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface DossierTable {
  id: string;
  code: string;
  procedure_id: string;
  procedure_version_id: string;
  org_id: string;
  field: string;
  channel: string;
  applicant_kind: string;
  applicant_name: string;
  applicant_id_no: string;
  applicant_address: string;
  applicant_phone: string;
  applicant_email: string;
  search_key: string;
  status: DossierStatus;
  submitted_at: string;
  /** Acceptance of a complete dossier: the clock starts. */
  received_at: string | null;
  /** The due time now (after pauses and an apology's new appointment). */
  due_at: string | null;
  /** The legal due time (after pauses, before any apology): what early / on time / late is judged against. */
  original_due_at: string | null;
  finished_at: string | null;
  returned_at: string | null;
  /** Refused, withdrawn or stopped: when it left the desk without a result. */
  closed_at: string | null;
  result: string | null;
  apologies: number;
  step_index: number;
  assignee_id: string | null;
  assignee_org_id: string | null;
  fee_amount: number;
  fee_paid_at: string | null;
  rating_token_hash: string | null;
  note: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/**
 * Vietnam dates (days since 1970-01-01 in Asia/Ho_Chi_Minh, as `dayNumber`) the database derives from the
 * dossier's instants on every write (migration 125), for Biểu 06: never written by the application.
 */
export interface DossierReportDays {
  received_day: GeneratedAlways<number | null>;
  finished_day: GeneratedAlways<number | null>;
  closed_day: GeneratedAlways<number | null>;
  /** Of the legal due time, `coalesce(original_due_at, due_at)`. */
  due_day: GeneratedAlways<number | null>;
  /** 1 when finished after the legal due instant, 0 when not; null when unfinished or without a due time. */
  finished_past_due: GeneratedAlways<number | null>;
}

export interface DossierDocumentTable {
  id: string;
  dossier_id: string;
  seq: number;
  name: string;
  kind: string;
  count: number;
  required: number;
  provided: number;
  file_id: string | null;
}

/** A scan of a checklist row replaced by a newer one (migration 126): kept, linked to its row. */
export interface DossierDocumentScanTable {
  id: string;
  document_id: string;
  file_id: string;
  superseded_at: string;
  superseded_by: string;
}

export interface DossierStepTable {
  id: string;
  dossier_id: string;
  seq: number;
  name: string;
  org_id: string | null;
  assignee_id: string | null;
  started_at: string | null;
  due_at: string | null;
  finished_at: string | null;
  note: string;
}

export interface DossierPauseTable {
  id: string;
  dossier_id: string;
  /** `supplement` or `financial`. */
  kind: string;
  from_at: string;
  to_at: string | null;
  deadline: string | null;
  reason: string;
}

export interface DossierLegTable {
  id: string;
  dossier_id: string;
  agency: string;
  name: string;
  sent_at: string;
  due_at: string | null;
  answered_at: string | null;
  answer: string;
}

export interface DossierRatingTable {
  id: string;
  dossier_id: string;
  rating: string;
  comment: string;
  at: string;
}

export interface DossierCodeCounterTable {
  agency_code: string;
  day: string;
  last: number;
}

export interface PublicLookupThrottleTable {
  key: string;
  window_start: string;
  count: number;
}

export interface OnestopTables {
  procedures: ProcedureTable;
  procedure_versions: ProcedureVersionTable;
  dossiers: DossierTable & DossierReportDays;
  dossier_documents: DossierDocumentTable;
  dossier_document_scans: DossierDocumentScanTable;
  dossier_steps: DossierStepTable;
  dossier_pauses: DossierPauseTable;
  dossier_legs: DossierLegTable;
  dossier_ratings: DossierRatingTable;
  dossier_code_counters: DossierCodeCounterTable;
  public_lookup_throttle: PublicLookupThrottleTable;
}
