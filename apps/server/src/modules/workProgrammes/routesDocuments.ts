import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/context.ts';

/** Work programmes (docs/work-programmes.md): the leader's board, the monthly meeting's DOCX, the Excel exports of the views. */
export function workProgrammeDocumentRoutes(_deps: Deps) {
  return async (_app: FastifyInstance) => {};
}
