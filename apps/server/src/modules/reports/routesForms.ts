import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/context.ts';

/** The statutory statistics of emulation and commendation, forms 0601–0605.N/BNV-TĐKT (docs/reports.md). */
export function tdktFormRoutes(deps: Deps) {
  void deps;
  return async (app: FastifyInstance) => {
    void app;
  };
}
