/** Vietnamese texts of the scorecard templates editor (docs/scorecards.md). */
export const viScorecardTemplates = {
  'nav.scorecardTemplates': 'Bảng điểm (tiêu chí chấm)',
  'sct.title': 'Bảng điểm',
};
