/** Vietnamese texts of the scoring cycles, sheets and rankings (docs/scorecards.md). */
export const viScorecards = {
  'nav.scorecards': 'Chấm điểm thi đua khối',
  'sc.title': 'Kỳ chấm điểm',
};
