import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/context.ts';
import { publicApiRoutes } from './routesApi.ts';
import { publicPageRoutes } from './routesPages.ts';

/**
 * Pages and answers without sign-in: dossier lookup, the published catalog, satisfaction (docs/one-stop.md).
 * The JSON answers live under /api/public; the pages are their own scope (form bodies, HTML errors).
 */
export function publicRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    await app.register(publicApiRoutes(deps));
    await app.register(publicPageRoutes(deps));
  };
}
