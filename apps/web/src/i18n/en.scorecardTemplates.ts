import type { viScorecardTemplates } from './vi.scorecardTemplates.ts';

export const enScorecardTemplates: Record<keyof typeof viScorecardTemplates, string> = {
  'nav.scorecardTemplates': 'Scorecard templates',
  'sct.title': 'Scorecard templates',
};
