import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, Ok } from '@thidua/contracts';
import { ANY_ROLE } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { actorOf, userOf } from '../../platform/context.ts';
import { attachment } from '../../platform/documents/xlsx.ts';
import { forbidden } from '../../platform/errors.ts';
import { fileContent, fileMeta, removeAttachment } from '../../platform/files.ts';
import { assertFileReadable, mayRemoveFile } from './owners.ts';

export function fileRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['files'];
    r.get('/attachments/:id', {
      config: { access: ANY_ROLE },
      schema: { tags, summary: 'Tải tệp đính kèm', params: z.object({ id: Id }) },
      handler: async (req, reply) => {
        const meta = await fileMeta(deps.db.kysely, req.params.id);
        await assertFileReadable(deps, userOf(req), meta);
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
        const user = userOf(req);
        const meta = await fileMeta(deps.db.kysely, req.params.id);
        // One who cannot see the file learns nothing more from removing it than from reading it.
        await assertFileReadable(deps, user, meta);
        if (!(await mayRemoveFile(deps, user, meta))) throw forbidden();
        await deps.db.kysely.transaction().execute((trx) => removeAttachment(trx, actorOf(req), meta.id));
        return { ok: true as const };
      },
    });
  };
}
