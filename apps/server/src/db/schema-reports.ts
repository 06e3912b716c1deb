/** Migration 134: the summary report's drafts and their versions (docs/reports.md). */
export interface ReportDraftTable {
  id: string;
  org_id: string;
  year_from: number;
  year_to: number;
  title: string;
  /** 'draft' while edited; 'signed' frozen (409 on any change). */
  status: string;
  number: string;
  /** JSON: SummaryTexts (the chapters' free text, lessons, direction). */
  texts: string;
  /** JSON: SummaryData computed when signed; null while a draft. */
  figures: string | null;
  signed_by: string | null;
  signed_by_name: string | null;
  signed_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ReportDraftVersionTable {
  id: string;
  draft_id: string;
  version: number;
  texts: string;
  saved_by: string | null;
  saved_by_name: string;
  saved_at: string;
}

export interface ReportTables {
  report_drafts: ReportDraftTable;
  report_draft_versions: ReportDraftVersionTable;
}
