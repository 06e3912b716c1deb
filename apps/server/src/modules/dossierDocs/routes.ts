import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/context.ts';

/** The official forms of a dossier as DOCX and PDF (docs/one-stop.md). */
export function dossierDocumentRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    void deps;
    void app;
  };
}
