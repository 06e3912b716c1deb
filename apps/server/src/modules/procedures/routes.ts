import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/context.ts';

/** The procedure catalog: versions, publishing, simplification, Excel in and out (docs/one-stop.md). */
export function procedureRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    void deps;
    void app;
  };
}
