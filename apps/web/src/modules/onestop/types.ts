import type { z } from 'zod';
import type {
  CreateDossierRequest as CreateDossierSchema,
  DossierListItem as DossierListItemSchema,
  DossierReceiptView as DossierReceiptSchema,
  DossierView as DossierViewSchema,
  ProcedureSummary as ProcedureSummarySchema,
  ProcedureVersionView as ProcedureVersionSchema,
  ProcedureView as ProcedureViewSchema,
} from '@thidua/contracts';

/** The one-stop desk's API shapes (packages/contracts/src/dossiers.ts, procedures.ts). */
export type DossierQueue = 'mine' | 'receipt' | 'result' | 'paused' | 'due_soon' | 'overdue';
export type DossierListItem = z.infer<typeof DossierListItemSchema>;
export type DossierView = z.infer<typeof DossierViewSchema>;
export type DossierReceiptView = z.infer<typeof DossierReceiptSchema>;
export type CreateDossierRequest = z.input<typeof CreateDossierSchema>;
export type ProcedureSummary = z.infer<typeof ProcedureSummarySchema>;
export type ProcedureView = z.infer<typeof ProcedureViewSchema>;
export type ProcedureVersionView = z.infer<typeof ProcedureVersionSchema>;

/** The accounts a step may be given to, when the dossier's answer lists them. */
export type Officers = { id: string; name: string }[];
