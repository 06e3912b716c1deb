/** Vietnamese texts of the procedure catalog and the one-stop statistics. */
export const viProcedures = {
  'nav.procedures': 'Thủ tục hành chính',
  'nav.onestopReport': 'Thống kê một cửa',
};
