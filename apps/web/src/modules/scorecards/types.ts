import type { z } from 'zod';
import type {
  CreateScorecardRequest as CreateSchema,
  ScorecardHistory as HistorySchema,
  ScorecardMemberSummary as MemberSchema,
  ScorecardMinutesView as MinutesSchema,
  ScorecardMinutesInput as MinutesInputSchema,
  ScorecardRanking as RankingSchema,
  ScorecardSummary as SummarySchema,
  ScorecardTemplateSummary as TemplateSummarySchema,
  ScorecardView as ViewSchema,
  ScoreSheetScoreView as ScoreSchema,
  ScoreSheetTotalsView as TotalsSchema,
  ScoreSheetView as SheetSchema,
  ScorecardItemView as ItemView,
  SourceFigureView as FigureSchema,
  UpdateScorecardRequest as UpdateSchema,
} from '@thidua/contracts';

/** The scoring cycles' API shapes (packages/contracts/src/scorecardCycles.ts). */
export type ScorecardSummary = z.infer<typeof SummarySchema>;
export type ScorecardView = z.infer<typeof ViewSchema>;
export type ScorecardMember = z.infer<typeof MemberSchema>;
export type ScorecardRanking = z.infer<typeof RankingSchema>;
export type RankingRow = ScorecardRanking['items'][number];
export type ScorecardHistory = z.infer<typeof HistorySchema>;
export type ScoreSheet = z.infer<typeof SheetSchema>;
export type SheetScore = z.infer<typeof ScoreSchema>;
export type SheetTotals = z.infer<typeof TotalsSchema>;
export type SourceFigure = z.infer<typeof FigureSchema>;
export type ScorecardItem = ItemView;
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;
export type CreateScorecard = z.input<typeof CreateSchema>;
export type UpdateScorecard = z.input<typeof UpdateSchema>;
export type Minutes = z.infer<typeof MinutesSchema>;
export type MinutesInput = z.input<typeof MinutesInputSchema>;
export type Appraisal = 'accepted' | 'reduced' | 'explain';
