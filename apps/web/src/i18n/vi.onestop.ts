/** Vietnamese texts of the one-stop desk: queues, receipt, a dossier's page. */
export const viOnestop = {
  'nav.onestopMenu': 'Một cửa',
  'nav.onestopDesk': 'Hồ sơ thủ tục hành chính',
  'nav.onestopReceive': 'Tiếp nhận hồ sơ',
};
