import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/context.ts';

/** The department's public face (docs/reports.md): /cong-khai and its pages, server-rendered HTML. */
export function publicRecordRoutes(deps: Deps) {
  void deps;
  return async (app: FastifyInstance) => {
    void app;
  };
}
