import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CertificatesQuery,
  DecisionList,
  DecisionPreview,
  DecisionPreviewRequest,
  DecisionView,
  DecisionsQuery,
  Id,
  IssueDecisionRequest,
  RecordDecisionRequest,
  RevokeDecisionRequest,
  DecisionTemplateList,
  DecisionTemplateView,
  SaveDecisionTemplateRequest,
} from '@thidua/contracts';
import { ANY_ROLE, LEADERS, OFFICE } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { DOCX_TYPE, PDF_TYPE, sendDocument } from '../../platform/documents/send.ts';
import { actorOf, clockOf, userOf } from '../../platform/context.ts';
import { listTemplates, saveTemplate } from './wording.ts';
import { XLSX_TYPE, attachment } from '../../platform/documents/xlsx.ts';
import { certificatesPdf, decisionDocument, previewDocument, recipientsXlsx } from './documents.ts';
import { draftDecision } from './draft.ts';
import { decisionsXlsx } from './excel.ts';
import { recordDecision, revokeDecision } from './record.ts';
import { decisionDetail, issueDecision, listDecisions } from './service.ts';

const IdParams = z.object({ id: Id });

/** The decision register; kept stable for outside tools (list, document, certificates). */
export function decisionRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['decisions'];
    r.get('/decisions', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Sổ quyết định khen thưởng (của Sở và của cấp trên)',
        querystring: DecisionsQuery,
        response: { 200: DecisionList },
      },
      handler: (req) => listDecisions(deps, req.query),
    });
    r.get('/decisions/export.xlsx', {
      config: { access: ANY_ROLE },
      schema: { tags, summary: 'Sổ quyết định (Excel)', querystring: DecisionsQuery },
      handler: async (req, reply) =>
        reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachment('Sổ quyết định khen thưởng.xlsx'))
          .send(await decisionsXlsx(deps, req.query)),
    });
    r.get('/decisions/:id', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Một quyết định với danh sách người nhận và tiền thưởng',
        params: IdParams,
        response: { 200: DecisionView },
      },
      handler: (req) => decisionDetail(deps, userOf(req), req.params.id),
    });
    r.post('/decisions/preview', {
      config: { access: LEADERS },
      schema: {
        tags,
        summary: 'Xem trước quyết định: người nhận theo thứ tự in, tiền thưởng (chưa lấy số)',
        body: DecisionPreviewRequest,
        response: { 200: DecisionPreview },
      },
      handler: async (req) => {
        const {
          items: _i,
          year: _y,
          wording: _w,
          appendixTitle: _t,
          appendixSource: _s,
          ...preview
        } = await draftDecision(deps.db.kysely, await deps.tree.fresh(), req.body);
        return preview;
      },
    });
    r.post('/decisions/preview.docx', {
      config: { access: LEADERS },
      schema: { tags, summary: 'Dự thảo quyết định (DOCX, chưa có số)', body: DecisionPreviewRequest },
      handler: async (req, reply) =>
        sendDocument(
          reply,
          { filename: 'Dự thảo quyết định.docx', content: await previewDocument(deps, req.body) },
          DOCX_TYPE,
        ),
    });
    r.post('/decisions', {
      config: { access: LEADERS },
      schema: {
        tags,
        summary: 'Ban hành quyết định: lấy số, ghi lịch sử khen thưởng và tiền thưởng trong một giao dịch',
        body: IssueDecisionRequest,
        response: { 200: DecisionView },
      },
      handler: (req) => issueDecision(deps, userOf(req), actorOf(req), req.body),
    });
    r.post('/decisions/record', {
      config: { access: OFFICE },
      schema: {
        tags,
        summary: 'Ghi nhận quyết định của cấp trên (số, ngày, người ký, cơ quan)',
        body: RecordDecisionRequest,
        response: { 200: DecisionView },
      },
      handler: (req) => recordDecision(deps, userOf(req), actorOf(req), req.body),
    });
    r.post('/decisions/:id/revoke', {
      config: { access: LEADERS },
      schema: {
        tags,
        summary: 'Thu hồi: một quyết định mới; khen thưởng của quyết định cũ thôi tính nhưng vẫn lưu',
        params: IdParams,
        body: RevokeDecisionRequest,
        response: { 200: DecisionView },
      },
      handler: (req) => revokeDecision(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.get('/decisions/:id/document.docx', {
      config: { access: ANY_ROLE },
      schema: { tags, summary: 'Quyết định (DOCX, thể thức Nghị định 30/2020) kèm danh sách', params: IdParams },
      handler: async (req, reply) => {
        const doc = await decisionDocument(deps, req.params.id);
        return sendDocument(reply, doc, DOCX_TYPE);
      },
    });
    r.get('/decisions/:id/certificates.pdf', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Giấy khen, Bằng khen (PDF A4 ngang, phông nhúng); lệch in offsetX/offsetY (mm)',
        params: IdParams,
        querystring: CertificatesQuery,
      },
      handler: async (req, reply) => {
        const doc = await certificatesPdf(deps, req.params.id, {
          offsetXmm: req.query.offsetX,
          offsetYmm: req.query.offsetY,
          preprinted: req.query.preprinted === 'true',
          ...(req.query.position ? { position: req.query.position } : {}),
        });
        return sendDocument(reply, doc, PDF_TYPE);
      },
    });
    r.get('/decisions/:id/recipients.xlsx', {
      config: { access: ANY_ROLE },
      schema: { tags, summary: 'Danh sách người nhận (Excel)', params: IdParams },
      handler: async (req, reply) => {
        const doc = await recipientsXlsx(deps, req.params.id);
        return sendDocument(reply, doc, XLSX_TYPE);
      },
    });
    // The wording of decisions, per kind (title recognition, form conferral, both): read by anyone who
    // drafts one (with the Director in office, to pre-fill the signer), edited by the emulation office.
    r.get('/decision-templates', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Mẫu lời văn quyết định theo loại, chỗ điền được dùng và người ký mặc định (Giám đốc đương nhiệm)',
        response: { 200: DecisionTemplateList },
      },
      handler: async () => listTemplates(deps.db.kysely, await deps.tree.fresh()),
    });
    r.put('/decision-templates/:kind', {
      config: { access: OFFICE },
      schema: {
        tags,
        summary: 'Sửa mẫu lời văn một loại quyết định (lưu thành phiên bản mới; gửi kèm version đã đọc)',
        params: z.object({ kind: z.string().max(20) }),
        body: SaveDecisionTemplateRequest,
        response: { 200: DecisionTemplateView },
      },
      handler: (req) =>
        saveTemplate(deps.db.kysely, actorOf(req), req.params.kind, req.body, clockOf(deps).now().toISOString()),
    });
  };
}
