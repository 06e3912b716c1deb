import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateOrganisationRequest,
  Id,
  Organisation,
  OrganisationList,
  UpdateOrganisationRequest,
} from '@thidua/contracts';
import { ORG_MANAGERS, ORG_READERS } from './policy.ts';
import type { Deps } from '../../platform/context.ts';
import { actorOf } from '../../platform/context.ts';
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation } from './service.ts';

const IdParams = z.object({ id: Id });

export function orgRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/organisations', {
      config: { access: ORG_READERS },
      schema: {
        tags: ['organisations'],
        summary: 'Cây tổ chức (mỗi đơn vị có id và parentId)',
        response: { 200: OrganisationList },
      },
      handler: async () => ({ items: await listOrganisations(deps) }),
    });
    r.get('/organisations/:id', {
      config: { access: ORG_READERS },
      schema: { tags: ['organisations'], summary: 'Một đơn vị', params: IdParams, response: { 200: Organisation } },
      handler: (req) => getOrganisation(deps, req.params.id),
    });
    r.post('/organisations', {
      config: { access: ORG_MANAGERS },
      schema: {
        tags: ['organisations'],
        summary: 'Tạo đơn vị',
        body: CreateOrganisationRequest,
        response: { 201: Organisation },
      },
      handler: async (req, reply) => reply.code(201).send(await createOrganisation(deps, actorOf(req), req.body)),
    });
    r.patch('/organisations/:id', {
      config: { access: ORG_MANAGERS },
      schema: {
        tags: ['organisations'],
        summary: 'Sửa, chuyển (đổi parentId), ngừng hoạt động đơn vị',
        params: IdParams,
        body: UpdateOrganisationRequest,
        response: { 200: Organisation },
      },
      handler: (req) => updateOrganisation(deps, actorOf(req), req.params.id, req.body),
    });
  };
}
