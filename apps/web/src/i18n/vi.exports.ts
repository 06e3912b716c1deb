/** Vietnamese texts of the Excel exports of list pages (docs/reports.md). */
export const viExports = {};
