import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/context.ts';

/** Work programmes (docs/work-programmes.md): programmes: list, create, read, edit, issue/close, amend, take and remove tasks. */
export function workProgrammeRoutes(_deps: Deps) {
  return async (_app: FastifyInstance) => {};
}
