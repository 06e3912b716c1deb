import type { viScorecards } from './vi.scorecards.ts';

export const enScorecards: Record<keyof typeof viScorecards, string> = {
  'nav.scorecards': 'Bloc scoring',
  'sc.title': 'Scoring cycles',
};
