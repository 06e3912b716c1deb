import type { z } from 'zod';
import type { NextStepView, TransitionView, UnavailableAction } from '@thidua/contracts';
import type { Attachment } from '../../api/types.ts';
import type { ApplicantKind, DossierAction, DossierChannel, DossierResult, DossierStatus } from '@thidua/domain';

/**
 * The one-stop desk's API as docs/one-stop.md describes it. The shared contracts
 * (packages/contracts/src/dossiers.ts, procedures.ts) are written beside this page; until they
 * export these shapes the web reads the documented ones here.
 */

export type DossierQueue = 'mine' | 'receipt' | 'result' | 'paused' | 'due_soon' | 'overdue';

export interface DossierSummary {
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

export interface ProcedureSummary {
  id: string;
  code: string;
  name: string;
  field: string;
  fieldLabel: string;
  level: number | string;
  status: string;
  onlineLevel: string;
  processingTime: { amount: number; unit: string; label: string };
  feeTotal: number;
}

export interface ProcedureFee {
  name: string;
  amount: number;
  note?: string | null;
}

export interface ProcedureDocument {
  name: string;
  kind: 'original' | 'copy' | 'either';
  count: number;
  required: boolean;
  templateFileId?: string | null;
}

export interface ProcedureVersion {
  id: string;
  seq: number;
  status: string;
  timeAmount: number;
  timeUnit: string;
  noAppointment?: boolean;
  fees: ProcedureFee[];
  feeTotal: number;
  documents: ProcedureDocument[];
  steps?: { name: string; unit?: string; amount: number; timeUnit: string }[];
  result?: string | null;
}

export interface ProcedureDetail extends ProcedureSummary {
  currentVersionId: string | null;
  versions: ProcedureVersion[];
}

export interface Applicant {
  kind: ApplicantKind;
  name: string;
  idNumber: string;
  address: string;
  phone: string;
  email: string;
}

export interface DossierDocumentView {
  id: string;
  seq: number;
  name: string;
  kind: ProcedureDocument['kind'];
  count: number;
  required: boolean;
  ticked: boolean;
  file: Attachment | null;
}

export interface DossierStepView {
  seq: number;
  name: string;
  orgName: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  startedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
}

export interface DossierPauseView {
  id: string;
  kind: 'supplement' | 'financial';
  from: string;
  to: string | null;
  deadline: string | null;
  reason: string;
}

export interface DossierLegView {
  id: string;
  agency: string;
  name: string;
  sentAt: string | null;
  dueAt: string | null;
  answeredAt: string | null;
  answer: string | null;
}

export interface DossierView extends DossierSummary {
  version: number;
  procedureId: string;
  procedureCode: string;
  versionSeq: number;
  channel: DossierChannel;
  applicant: Applicant;
  submittedAt: string | null;
  originalDueAt: string | null;
  returnedAt: string | null;
  closedAt: string | null;
  result: DossierResult | null;
  apologies: number;
  stepIndex: number | null;
  feeAmount: number | null;
  paid: boolean;
  /** Working time left until the due time (negative when overdue), as the server's calendar counts it. */
  remaining?: { hours: number; label: string } | null;
  documents: DossierDocumentView[];
  steps: DossierStepView[];
  pauses: DossierPauseView[];
  legs: DossierLegView[];
  transitions: z.infer<typeof TransitionView>[];
  nextStep: z.infer<typeof NextStepView> | null;
  abilities: {
    actions: DossierAction[];
    unavailable: z.infer<typeof UnavailableAction>[];
    documents?: boolean;
  };
  /** The officers a leader may assign a step to (assign, transfer). */
  officers?: { id: string; name: string }[];
  /** Forms the dossier's history makes printable ('01'…'06'). */
  forms?: string[];
}

/** The receipt: the dossier (accepted or waiting) and, once, the rating token printed on the slip. */
export interface ReceiptResult {
  dossier: DossierView;
  ratingToken?: string | null;
}

export interface ReceiveInput {
  procedureId: string;
  channel: DossierChannel;
  applicant: Applicant;
  documents: { seq: number; ticked: boolean }[];
  /** What the clerk decided at the counter: accept (every required document ticked), guide, or refuse. */
  outcome: 'accept' | 'request_completion' | 'refuse';
  reason?: string;
}
