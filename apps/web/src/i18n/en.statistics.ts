import type { viStatistics } from './vi.statistics.ts';

/** English texts of the sector statistics. */
export const enStatistics: Record<keyof typeof viStatistics, string> = {
  'nav.statisticsMenu': 'Sector statistics',
  'nav.statEntry': 'Data entry',
  'nav.statSubmissions': 'Approval',
  'nav.statAnalysis': 'Analysis',
  'nav.statDashboard': 'Sector dashboard',
  'nav.statCatalog': 'Indicator catalog',
};
