import type { viHome } from './vi.home.ts';

/** English texts of each role's home (docs/reports.md). */
export const enHome: Record<keyof typeof viHome, string> = {};
