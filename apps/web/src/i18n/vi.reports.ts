/** Vietnamese texts of the summary report and the statutory forms (docs/reports.md). */
export const viReports = {
  'nav.reportsMenu': 'Báo cáo',
  'nav.summaryReport': 'Báo cáo tổng kết',
  'nav.tdktForms': 'Biểu thống kê TĐKT',
};
