import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateInitiativeRequest,
  Id,
  InitiativeList,
  InitiativeView,
  InitiativesQuery,
  UpdateInitiativeRequest,
} from '@thidua/contracts';
import { ANY_ROLE, WRITERS_OF_PEOPLE } from '../../platform/access.ts';
import { actorOf, userOf, type Deps } from '../../platform/context.ts';
import { createInitiative, getInitiative, listInitiatives, updateInitiative } from './service.ts';

const IdParams = z.object({ id: Id });

export function initiativeRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/initiatives', {
      config: { access: ANY_ROLE },
      schema: {
        tags: ['initiatives'],
        summary: 'Sáng kiến, đề tài, cải tiến kỹ thuật (theo đơn vị, tác giả, từ khóa không dấu)',
        querystring: InitiativesQuery,
        response: { 200: InitiativeList },
      },
      handler: (req) => listInitiatives(deps, userOf(req), req.query),
    });
    r.get('/initiatives/:id', {
      config: { access: ANY_ROLE },
      schema: { tags: ['initiatives'], params: IdParams, response: { 200: InitiativeView } },
      handler: (req) => getInitiative(deps, userOf(req), req.params.id),
    });
    r.post('/initiatives', {
      config: { access: WRITERS_OF_PEOPLE },
      schema: {
        tags: ['initiatives'],
        summary: 'Ghi nhận sáng kiến (tỷ lệ đóng góp của các tác giả cộng lại 100%)',
        body: CreateInitiativeRequest,
        response: { 201: InitiativeView },
      },
      handler: async (req, reply) =>
        reply.code(201).send(await createInitiative(deps, userOf(req), actorOf(req), req.body)),
    });
    r.put('/initiatives/:id', {
      config: { access: WRITERS_OF_PEOPLE },
      schema: {
        tags: ['initiatives'],
        params: IdParams,
        body: UpdateInitiativeRequest,
        response: { 200: InitiativeView },
      },
      handler: (req) => updateInitiative(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
  };
}
