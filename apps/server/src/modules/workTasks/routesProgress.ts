import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/context.ts';

/** Work programmes (docs/work-programmes.md): progress reports, requests for a new deadline and their decision, transitions, results per unit. */
export function workTaskProgressRoutes(_deps: Deps) {
  return async (_app: FastifyInstance) => {};
}
