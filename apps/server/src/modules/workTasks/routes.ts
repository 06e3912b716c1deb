import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/context.ts';

/** Work programmes (docs/work-programmes.md): tasks: list, create, read, edit, attachments. */
export function workTaskRoutes(_deps: Deps) {
  return async (_app: FastifyInstance) => {};
}
