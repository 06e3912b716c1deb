import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/context.ts';

/** Reports written from the data (docs/reports.md): the summary report, its drafts and versions. */
export function reportRoutes(deps: Deps) {
  void deps;
  return async (app: FastifyInstance) => {
    void app;
  };
}
