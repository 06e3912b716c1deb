/** Vietnamese texts of the sector statistics: entry, approval, analysis, dashboard, catalog. */
export const viStatistics = {
  'nav.statisticsMenu': 'Thống kê ngành',
  'nav.statEntry': 'Nhập số liệu',
  'nav.statSubmissions': 'Duyệt số liệu',
  'nav.statAnalysis': 'Phân tích số liệu',
  'nav.statDashboard': 'Bảng điều khiển ngành',
  'nav.statCatalog': 'Danh mục chỉ tiêu',
};
