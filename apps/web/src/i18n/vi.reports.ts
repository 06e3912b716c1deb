/** Vietnamese texts of the summary report and the statutory forms (docs/reports.md). */
export const viReports = {
  'nav.reportsMenu': 'Báo cáo',
  'nav.summaryReport': 'Báo cáo tổng kết',
  'nav.tdktForms': 'Biểu thống kê TĐKT',
  'tdkt.intro':
    'Các biểu 0601–0605.N/BNV-TĐKT của một năm, mỗi ô đếm từ dữ liệu (phong trào, lịch sử khen thưởng, hội đồng, khối, cụm thi đua, nhân sự). Tải về một tệp Excel, mỗi biểu một trang tính.',
  'tdkt.download': 'Tải Excel',
  'tdkt.unit': 'Đơn vị báo cáo',
  'tdkt.unitDefault': 'Đơn vị rộng nhất được phân quyền',
  'tdkt.year': 'Năm báo cáo',
  'tdkt.scope': '{org} — số liệu chốt ngày {date}',
  'tdkt.no': 'STT',
  'tdkt.howCounted': 'Cách tính',
};
