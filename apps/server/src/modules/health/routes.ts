import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Health } from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { ping } from '../../db/index.ts';
import { migrationState } from '../../db/migrate.ts';

export function healthRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get('/health', {
      config: { access: 'public' },
      schema: { tags: ['system'], summary: 'Tình trạng hệ thống', response: { 200: Health, 503: Health } },
      handler: async (_req, reply) => {
        const reachable = await ping(deps.db);
        const migrations = reachable ? await migrationState(deps.db) : { applied: 0, pending: 0, latest: null };
        const ok = reachable && migrations.pending === 0;
        return reply.code(ok ? 200 : 503).send({
          status: ok ? 'ok' : 'degraded',
          version: deps.version,
          database: { dialect: deps.db.dialect, reachable },
          migrations,
        });
      },
    });
  };
}
