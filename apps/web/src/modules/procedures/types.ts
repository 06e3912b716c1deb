/**
 * The shapes the procedure catalog and the one-stop statistics pages read (docs/one-stop.md, API). The
 * statistics come from `@thidua/contracts` (onestopReport); the catalog's follow its contract field for field.
 */
import type { z } from 'zod';
import type { LatenessReport, OnestopReport, SatisfactionReport } from '@thidua/contracts';
import type { NextStepData } from '../../components/NextStep.tsx';
import type { Transition } from '../../components/TransitionTimeline.tsx';

export type TimeUnit = 'working_days' | 'calendar_days' | 'working_hours';
export type OnlineLevel = 'full' | 'partial' | 'none';
export type DocumentKind = 'original' | 'copy' | 'either';

export interface Fee {
  name: string;
  amount: number;
  note: string;
}
export interface RequiredDocument {
  name: string;
  kind: DocumentKind;
  count: number;
  required: boolean;
  templateFileId?: string;
}
export interface InternalStep {
  name: string;
  unit: string;
  role: string;
  amount: number;
  timeUnit: TimeUnit;
}
export interface InterAgencyLeg {
  agency: string;
  name: string;
  amount: number;
  timeUnit: TimeUnit;
}
export interface Decision {
  no: string;
  date: string;
  signer: string;
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
  onlineLevel: OnlineLevel;
  processingTime: ProcessingTime | null;
  feeTotal: number;
}

/** What a version holds (a draft's content, a published version's record). */
export interface VersionContent {
  legalBasis: string;
  time: { amount: number; unit: TimeUnit };
  noAppointment: boolean;
  fees: Fee[];
  documents: RequiredDocument[];
  steps: InternalStep[];
  legs: InterAgencyLeg[];
  result: string;
  resultValidity: string;
  complianceCost: number;
  yearlyDossiers: number;
  changeNote: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

export interface ProcedureVersion extends VersionContent {
  id: string;
  seq: number;
  status: string;
  decision: { no: string; date: string | null; signer: string };
  processingTime: ProcessingTime;
  feeTotal: number;
  version: number;
}

export interface ProcedureView extends ProcedureSummary {
  agency: string;
  interAgency: boolean;
  currentVersionId: string | null;
  draftVersionId: string | null;
  versions: ProcedureVersion[];
  transitions: Transition[];
  nextStep?: NextStepData | null;
  abilities: { edit: boolean; editDraft: boolean; startAmendment: boolean; transitions: string[] };
  version: number;
}

/** The identity fields of a procedure (POST /procedures, PUT /procedures/{id}). */
export interface ProcedureIdentityInput {
  code: string;
  name: string;
  field: string;
  level: string;
  agency: string;
  interAgency: boolean;
  onlineLevel: OnlineLevel;
}

export interface SimplificationTotals {
  amendments: number;
  notComparable: number;
  workingDaysCut: number;
  calendarDaysCut: number;
  costCutPerDossier: number;
  costCut: number;
}
export interface SimplificationRow extends SimplificationTotals {
  key: string;
  label: string;
}
export interface SimplificationItem {
  procedureId: string;
  code: string;
  name: string;
  field: string;
  versionSeq: number;
  effectiveFrom: string | null;
  decisionNo: string;
  timeBefore: ProcessingTime;
  timeAfter: ProcessingTime;
  comparable: boolean;
  daysCut: number | null;
  dayKind: 'working' | 'calendar' | null;
  costBefore: number;
  costAfter: number;
  yearlyDossiers: number;
  costCutPerDossier: number;
  costCut: number;
  note: string;
}
export interface SimplificationView {
  by: 'year' | 'field';
  rows: SimplificationRow[];
  total: SimplificationTotals;
  items: SimplificationItem[];
}

export type ReportView = z.infer<typeof OnestopReport>;
export type ReportRow = ReportView['rows'][number];
export type LatenessView = z.infer<typeof LatenessReport>;
export type LatenessRow = LatenessView['rows'][number];
export type SatisfactionView = z.infer<typeof SatisfactionReport>;
export type SatisfactionRow = SatisfactionView['rows'][number];
