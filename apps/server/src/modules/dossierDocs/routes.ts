import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id } from '@thidua/contracts';
import { ROLE_GROUPS } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import { userOf } from '../../platform/context.ts';
import { DOCX_TYPE, PDF_TYPE, sendDocument } from '../../platform/documents/send.ts';
import { renderDossierForm } from './service.ts';
import { FORM_NOS, type FormNo } from './wording.ts';

const FILES = FORM_NOS.flatMap((f) => [`${f}.docx`, `${f}.pdf`]) as [string, ...string[]];

const Params = z.object({
  id: Id,
  file: z.enum(FILES, { error: 'Biểu mẫu: chỉ có 01–06, dạng .docx hoặc .pdf (ví dụ 01.pdf)' }),
});
const Query = z.object({
  token: z
    .string({ error: 'Mã đánh giá: cần một chuỗi' })
    .regex(/^[A-Za-z0-9_-]{8,128}$/u, 'Mã đánh giá: chỉ gồm chữ, số, "-" và "_" (8–128 ký tự)')
    .optional(),
});

/** The official forms of a dossier as DOCX and PDF (docs/one-stop.md, reference §3.10). */
export function dossierDocumentRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/dossiers/:id/documents/:file', {
      config: { access: ROLE_GROUPS.onestopStaff },
      schema: {
        tags: ['dossiers'],
        summary:
          'Biểu mẫu của hồ sơ (01 giấy tiếp nhận và hẹn trả, 02 yêu cầu bổ sung, 03 từ chối, 04 xin lỗi và hẹn lại, 05 dừng giải quyết, 06 phiếu kiểm soát), DOCX hoặc PDF',
        params: Params,
        querystring: Query,
      },
      handler: async (req, reply) => {
        const [form, format] = req.params.file.split('.') as [FormNo, 'docx' | 'pdf'];
        // Links on the slip point at the public pages: the configured address, else the one the request came to.
        const publicBase = deps.config.publicUrl ?? `${req.protocol}://${req.host}`;
        const doc = await renderDossierForm(deps, userOf(req), {
          id: req.params.id,
          form,
          format,
          publicBase,
          token: req.query.token,
        });
        return sendDocument(reply, doc, format === 'docx' ? DOCX_TYPE : PDF_TYPE);
      },
    });
  };
}
