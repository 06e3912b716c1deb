/** The shapes the templates editor reads: the API's contracts (`@thidua/contracts` scorecards). */
import type { z } from 'zod';
import type {
  CreateScorecardTemplateRequest,
  ScorecardSourceView,
  ScorecardTemplateImportResult,
  ScorecardTemplateSummary as SummarySchema,
  ScorecardTemplateView,
  TemplateProblemView,
} from '@thidua/contracts';

export type TemplateSummary = z.infer<typeof SummarySchema>;
export type TemplateView = ScorecardTemplateView;
export type TemplateProblem = z.infer<typeof TemplateProblemView>;
export type ScorecardSource = z.infer<typeof ScorecardSourceView>;
export type CreateTemplateInput = z.input<typeof CreateScorecardTemplateRequest>;

/** A workbook import's answer: the row report of a dry run, then the template as imported. */
export type TemplateImportResult = z.infer<typeof ScorecardTemplateImportResult>;
