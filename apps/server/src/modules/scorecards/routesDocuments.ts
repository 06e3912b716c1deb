import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/context.ts';

/** The score sheet (DOCX, Excel), the ranking (Excel) and the bloc's acclamation minutes (docs/scorecards.md). */
export function scorecardDocumentRoutes(_deps: Deps) {
  return async (_app: FastifyInstance) => {};
}
