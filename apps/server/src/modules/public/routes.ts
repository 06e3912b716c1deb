import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/context.ts';

/** Pages and answers without sign-in: dossier lookup, the published catalog, satisfaction (docs/one-stop.md). */
export function publicRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    void deps;
    void app;
  };
}
