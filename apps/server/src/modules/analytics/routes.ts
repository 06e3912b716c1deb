import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/context.ts';

/** Sector statistics (docs/statistics.md): the analytics routes. */
export function analyticsRoutes(deps: Deps) {
  void deps;
  return async (app: FastifyInstance) => {
    void app;
  };
}
