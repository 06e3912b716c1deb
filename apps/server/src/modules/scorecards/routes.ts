import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/context.ts';

/** Routes of the scorecards area (docs/scorecards.md). */
export function scorecardRoutes(_deps: Deps) {
  return async (_app: FastifyInstance) => {};
}
