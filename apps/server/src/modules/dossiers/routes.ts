import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/context.ts';

/** Dossiers of the one-stop desk: receipt, steps, pauses, legs, apology, result (docs/one-stop.md). */
export function dossierRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    void deps;
    void app;
  };
}
