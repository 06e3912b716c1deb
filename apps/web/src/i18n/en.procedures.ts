import type { viProcedures } from './vi.procedures.ts';

/** English texts of the procedure catalog and the one-stop statistics. */
export const enProcedures: Record<keyof typeof viProcedures, string> = {
  'nav.procedures': 'Administrative procedures',
  'nav.onestopReport': 'One-stop statistics',
};
