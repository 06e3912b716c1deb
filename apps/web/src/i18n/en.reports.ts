import type { viReports } from './vi.reports.ts';

/** English texts of the summary report and the statutory forms (docs/reports.md). */
export const enReports: Record<keyof typeof viReports, string> = {
  'nav.reportsMenu': 'Reports',
  'nav.summaryReport': 'Summary report',
  'nav.tdktForms': 'Commendation statistics forms',
};
