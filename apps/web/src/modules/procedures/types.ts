/**
 * The shapes the procedure catalog and the one-stop statistics pages read: the API's contracts
 * (`@thidua/contracts` procedures and onestopReport), as the server answers them.
 */
import type { z } from 'zod';
import type {
  LatenessReport,
  OnestopReport,
  ProcedureImportResult as ProcedureImportResultSchema,
  ProcedureSummary as ProcedureSummarySchema,
  ProcedureVersionView,
  ProcedureView as ProcedureViewSchema,
  SatisfactionReport,
  SimplificationReport,
  VersionContent as VersionContentSchema,
} from '@thidua/contracts';
import type { TimeUnit as DomainTimeUnit } from '@thidua/domain';

export type TimeUnit = DomainTimeUnit;
export type ProcedureSummary = z.infer<typeof ProcedureSummarySchema>;
export type ProcedureVersion = z.infer<typeof ProcedureVersionView>;
export type ProcedureView = z.infer<typeof ProcedureViewSchema>;
/** What a draft version holds, as saved (PUT /procedures/{id}/draft, the content of POST /procedures). */
export type VersionContent = z.input<typeof VersionContentSchema>;
export type ProcedureImportResult = z.infer<typeof ProcedureImportResultSchema>;

/** The identity fields of a procedure (POST /procedures, PUT /procedures/{id}). */
export interface ProcedureIdentityInput {
  code: string;
  name: string;
  field: ProcedureSummary['field'];
  level: ProcedureSummary['level'];
  agency: string;
  interAgency: boolean;
  onlineLevel: ProcedureSummary['onlineLevel'];
}

export type SimplificationView = z.infer<typeof SimplificationReport>;
export type SimplificationRow = SimplificationView['rows'][number];
export type SimplificationItem = SimplificationView['items'][number];

export type ReportView = z.infer<typeof OnestopReport>;
export type ReportRow = ReportView['rows'][number];
export type LatenessView = z.infer<typeof LatenessReport>;
export type LatenessRow = LatenessView['rows'][number];
export type SatisfactionView = z.infer<typeof SatisfactionReport>;
export type SatisfactionRow = SatisfactionView['rows'][number];

export type Fee = ProcedureVersion['fees'][number];
export type RequiredDocument = ProcedureVersion['documents'][number];
export type InternalStep = ProcedureVersion['steps'][number];
export type InterAgencyLeg = ProcedureVersion['legs'][number];
export interface Decision {
  no: string;
  date: string;
  signer: string;
}
