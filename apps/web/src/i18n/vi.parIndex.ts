/** Vietnamese texts of the PAR-index history (docs/scorecards.md). */
export const viParIndex = {
  'nav.parIndex': 'Chỉ số CCHC',
  'par.title': 'Chỉ số cải cách hành chính của Sở',
};
