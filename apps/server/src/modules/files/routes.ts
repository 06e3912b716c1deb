import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, Ok } from '@thidua/contracts';
import { ANY_ROLE, type RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { actorOf, userOf } from '../../platform/context.ts';
import { attachment } from '../../platform/documents/xlsx.ts';
import { forbidden } from '../../platform/errors.ts';
import { fileContent, fileMeta, removeAttachment } from '../../platform/files.ts';
import { canManageBlocs } from '../blocs/service.ts';
import { mayManageFiles } from '../initiatives/service.ts';
import { canManageMovement } from '../movements/service.ts';
import { getProposal } from '../proposals/service.ts';

/** Who may remove a file: whoever may change the record it belongs to. */
async function mayRemove(deps: Deps, user: RequestUser, owner: { owner_type: string; owner_id: string }) {
  if (owner.owner_type === 'movement') return canManageMovement(deps, user, owner.owner_id);
  if (owner.owner_type === 'bloc_year') return canManageBlocs(user, await deps.tree.fresh());
  if (owner.owner_type === 'proposal') return (await getProposal(deps, user, owner.owner_id)).abilities.edit;
  if (owner.owner_type === 'initiative') return mayManageFiles(deps, user, owner.owner_id);
  return false;
}

export function fileRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['files'];
    r.get('/attachments/:id', {
      config: { access: ANY_ROLE },
      schema: { tags, summary: 'Tải tệp đính kèm', params: z.object({ id: Id }) },
      handler: async (req, reply) => {
        const meta = await fileMeta(deps.db.kysely, req.params.id);
        const content = await fileContent(deps.db.kysely, meta.id);
        return reply.type(meta.mime).header('content-disposition', attachment(meta.filename)).send(content);
      },
    });
    r.delete('/attachments/:id', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Gỡ tệp đính kèm (tệp được giữ lại trong nhật ký)',
        params: z.object({ id: Id }),
        response: { 200: Ok },
      },
      handler: async (req) => {
        const meta = await fileMeta(deps.db.kysely, req.params.id);
        if (!(await mayRemove(deps, userOf(req), meta))) throw forbidden();
        await deps.db.kysely.transaction().execute((trx) => removeAttachment(trx, actorOf(req), meta.id));
        return { ok: true as const };
      },
    });
  };
}
