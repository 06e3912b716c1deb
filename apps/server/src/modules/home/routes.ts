import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/context.ts';

/** Each role's home (docs/reports.md): the caller's tiles, each a count and the list it counts. */
export function homeRoutes(deps: Deps) {
  void deps;
  return async (app: FastifyInstance) => {
    void app;
  };
}
