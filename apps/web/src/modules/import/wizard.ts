import type { ReactNode } from 'react';

/** What every import result of the API has in common (people, award history, ratings). */
export interface BaseImportResult {
  ok: boolean;
  dryRun: boolean;
  totalRows: number;
  imported: number;
  errors: { row: number; column: string; message: string }[];
}

/** Rows the server accepts only once the clerk has confirmed them (likely duplicates, conflicts). */
export interface ImportWarnings {
  count: number;
  hint: string;
  table: ReactNode;
  confirmLabel: string;
}

/** One kind of Excel import: its texts and its three server calls. */
export interface ImportConfig<R extends BaseImportResult> {
  title: string;
  templateHint: string;
  downloadTemplate: () => Promise<void>;
  run: (file: File, options: { dryRun: boolean; allow: boolean }, onProgress: (percent: number) => void) => Promise<R>;
  downloadReport: (file: File, allow: boolean) => Promise<void>;
  /** Rows waiting for the clerk's confirmation, or null when there are none. */
  warnings: (result: R) => ImportWarnings | null;
  noErrorsText: (total: string) => string;
  doneText: (count: string) => string;
  /** Buttons of the success page besides "import another file". */
  doneLinks: ReactNode;
  onImported?: () => void;
}
