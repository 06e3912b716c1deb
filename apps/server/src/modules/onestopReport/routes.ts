import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/context.ts';

/** Biểu 06 and the one-stop statistics, computed from the dossiers’ events (docs/one-stop.md). */
export function onestopReportRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    void deps;
    void app;
  };
}
