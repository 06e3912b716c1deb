/** Vietnamese texts of each role's home (docs/reports.md). */
export const viHome = {};
