import type { viReports } from './vi.reports.ts';

/** English texts of the summary report and the statutory forms (docs/reports.md). */
export const enReports: Record<keyof typeof viReports, string> = {
  'nav.reportsMenu': 'Reports',
  'nav.summaryReport': 'Summary report',
  'nav.tdktForms': 'Commendation statistics forms',
  'tdkt.intro':
    'Forms 0601–0605.N/BNV-TĐKT of a year, every cell counted from the data (movements, award history, council, blocs and clusters, staff). Download one Excel file, one sheet per form.',
  'tdkt.download': 'Download Excel',
  'tdkt.unit': 'Reporting unit',
  'tdkt.unitDefault': 'Widest unit you may see',
  'tdkt.year': 'Report year',
  'tdkt.scope': '{org} — figures as of {date}',
  'tdkt.no': 'No.',
  'tdkt.howCounted': 'How it is counted',
};
