import type { viExports } from './vi.exports.ts';

/** English texts of the Excel exports of list pages (docs/reports.md). */
export const enExports: Record<keyof typeof viExports, string> = {};
