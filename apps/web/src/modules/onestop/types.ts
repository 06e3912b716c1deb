import type { z } from 'zod';
import type { NextStepView, TransitionView, UnavailableAction } from '@thidua/contracts';
import type { ApplicantKind, DossierAction, DossierChannel, DossierResult, DossierStatus } from '@thidua/domain';

/**
 * The one-stop desk's API shapes, as packages/contracts/src/dossiers.ts and procedures.ts define them.
 * Kept here, field for field, until those contracts are on main; then these become `z.infer` of them.
 */

export type DossierQueue = 'mine' | 'receipt' | 'result' | 'paused' | 'due_soon' | 'overdue';
export type TimeUnit = 'working_days' | 'calendar_days' | 'working_hours';

export interface DossierListItem {
  id: string;
  code: string;
  status: DossierStatus;
  statusLabel: string;
  portalCode: number;
  procedureName: string;
  applicantName: string;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  assigneeName: string | null;
  overdue: boolean;
  dueSoon: boolean;
}

export interface ProcessingTime {
  amount: number;
  unit: TimeUnit;
  label: string;
}

export interface ProcedureSummary {
  id: string;
  code: string;
  name: string;
  field: string;
  fieldLabel: string;
  level: string;
  status: string;
  onlineLevel: string;
  processingTime: ProcessingTime | null;
  feeTotal: number;
}

export interface ProcedureVersionView {
  id: string;
  seq: number;
  status: string;
  processingTime: ProcessingTime;
  noAppointment: boolean;
  fees: { name: string; amount: number; note: string }[];
  feeTotal: number;
  documents: { name: string; kind: 'original' | 'copy' | 'either'; count: number; required: boolean }[];
  steps: { name: string; unit: string; role: string; amount: number; timeUnit: TimeUnit }[];
  result: string;
}

export interface ProcedureView extends ProcedureSummary {
  currentVersionId: string | null;
  versions: ProcedureVersionView[];
}

export interface DossierDocumentView {
  id: string;
  seq: number;
  name: string;
  kind: string;
  count: number;
  required: boolean;
  provided: boolean;
  fileId: string | null;
}

export interface DossierStepView {
  id: string;
  seq: number;
  name: string;
  orgId: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  startedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  current: boolean;
}

export interface DossierPauseView {
  id: string;
  kind: 'supplement' | 'financial';
  fromAt: string;
  toAt: string | null;
  deadline: string | null;
  reason: string;
}

export interface DossierLegView {
  id: string;
  agency: string;
  name: string;
  sentAt: string;
  dueAt: string | null;
  answeredAt: string | null;
  answer: string;
}

export interface DossierView {
  id: string;
  code: string;
  status: DossierStatus;
  statusLabel: string;
  portalCode: number;
  procedure: { id: string; code: string; name: string; versionId: string; versionSeq: number };
  timeLimit: { amount: number; unit: string };
  orgId: string;
  field: string;
  channel: DossierChannel;
  applicant: { kind: ApplicantKind; name: string; idNo: string; address: string; phone: string; email: string };
  submittedAt: string;
  receivedAt: string | null;
  dueAt: string | null;
  originalDueAt: string | null;
  finishedAt: string | null;
  returnedAt: string | null;
  closedAt: string | null;
  result: DossierResult | null;
  apologies: number;
  stepIndex: number;
  assigneeId: string | null;
  assigneeName: string | null;
  feeAmount: number;
  feePaidAt: string | null;
  note: string;
  overdue: boolean;
  dueSoon: boolean;
  checklist: DossierDocumentView[];
  steps: DossierStepView[];
  pauses: DossierPauseView[];
  legs: DossierLegView[];
  transitions: z.infer<typeof TransitionView>[];
  abilities: { actions: DossierAction[]; unavailable: z.infer<typeof UnavailableAction>[]; attach: boolean };
  nextStep: z.infer<typeof NextStepView> | null;
  version: number;
}

/** The receipt's answer: the dossier and, once only, the token printed on the slip for the rating. */
export type DossierReceiptView = DossierView & { ratingToken: string };

export interface CreateDossierRequest {
  procedureId: string;
  channel: DossierChannel;
  applicant: DossierView['applicant'];
  /** The numbers (1-based, in the version's order) of the documents handed in. */
  provided: number[];
  /** Accept at once (every required document ticked). */
  accept: boolean;
  note?: string;
}

/** The accounts a step may be given to, when the dossier's answer lists them. */
export type Officers = { id: string; name: string }[];
