/**
 * The shapes the statistics pages read: the API's contracts (`@thidua/contracts` statistics, statValues,
 * analytics), as the server answers them.
 */
import type { z } from 'zod';
import type {
  StatEntryUnits as StatEntryUnitsSchema,
  StatEntryView as StatEntryViewSchema,
  StatEntrySaveRequest,
  StatEntrySaveResult as StatEntrySaveResultSchema,
  StatImportResult as StatImportResultSchema,
  StatSubmissionList,
  StatSubmissionView as StatSubmissionViewSchema,
  StatValidationReport as StatValidationReportSchema,
  StatViolation as StatViolationSchema,
  StatValueHistory as StatValueHistorySchema,
} from '@thidua/contracts';

export type StatEntryView = z.infer<typeof StatEntryViewSchema>;
export type StatEntryUnits = z.infer<typeof StatEntryUnitsSchema>;
export type StatEntryRow = StatEntryView['rows'][number];
export type StatEntrySave = z.input<typeof StatEntrySaveRequest>;
export type StatEntrySaveResult = z.infer<typeof StatEntrySaveResultSchema>;
export type StatSubmission = z.infer<typeof StatSubmissionViewSchema>;
export type StatViolation = z.infer<typeof StatViolationSchema>;
export type StatSubmissionPage = z.infer<typeof StatSubmissionList>;
export type StatSubmissionSummary = StatSubmissionPage['items'][number];
export type StatValidationReport = z.infer<typeof StatValidationReportSchema>;
export type StatImportResult = z.infer<typeof StatImportResultSchema>;
export type StatValueHistory = z.infer<typeof StatValueHistorySchema>;

import type {
  StatDatasetList,
  StatDatasetView as StatDatasetViewSchema,
  StatDisaggregationView as StatDisaggregationViewSchema,
  StatIndicatorView as StatIndicatorViewSchema,
  StatRuleView as StatRuleViewSchema,
  StatTargetView as StatTargetViewSchema,
  StatUnitTree as StatUnitTreeSchema,
  StatUnitView as StatUnitViewSchema,
  CreateStatIndicatorRequest,
  CreateStatRuleRequest,
  CreateStatDatasetRequest,
  CreateStatUnitRequest,
} from '@thidua/contracts';

export type StatIndicator = z.infer<typeof StatIndicatorViewSchema>;
export type StatIndicatorInput = z.input<typeof CreateStatIndicatorRequest>;
export type StatDatasetSummary = z.infer<typeof StatDatasetList>['items'][number];
export type StatDataset = z.infer<typeof StatDatasetViewSchema>;
export type StatDatasetInput = z.input<typeof CreateStatDatasetRequest>;
export type StatDisaggregation = z.infer<typeof StatDisaggregationViewSchema>;
export type StatRule = z.infer<typeof StatRuleViewSchema>;
export type StatRuleInput = z.input<typeof CreateStatRuleRequest>;
export type StatTarget = z.infer<typeof StatTargetViewSchema>;
export type StatUnit = z.infer<typeof StatUnitViewSchema>;
export type StatUnitInput = z.input<typeof CreateStatUnitRequest>;
export type StatUnitTree = z.infer<typeof StatUnitTreeSchema>;
