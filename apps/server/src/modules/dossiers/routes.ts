import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateDossierRequest,
  DossierDocumentsRequest,
  DossierList,
  DossierReceiptView,
  DossierTransitionRequest,
  DossierView,
  DossiersQuery,
  Id,
} from '@thidua/contracts';
import { actorOf, userOf, type Deps } from '../../platform/context.ts';
import { XLSX_TYPE, attachment } from '../../platform/documents/xlsx.ts';
import { uploadedAttachment } from '../../platform/files.ts';
import { receiptParts } from './receiptUpload.ts';
import { attachScan, updateChecklist } from './checklist.ts';
import { dossiersXlsx } from './excel.ts';
import { listDossiers } from './list.ts';
import { DESK, STAFF } from './policy.ts';
import { receiveDossier } from './receipt.ts';
import { transitionDossier } from './transitions.ts';
import './turns.ts';
import { getDossier } from './view.ts';

const IdParams = z.object({ id: Id });

/** Dossiers of the one-stop desk: receipt, steps, pauses, legs, apology, result (docs/one-stop.md). */
export function dossierRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['dossiers'];
    r.get('/dossiers', {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Hồ sơ thủ tục hành chính: hàng đợi, lọc theo trạng thái, thủ tục, ngày tiếp nhận; sắp theo hạn',
        querystring: DossiersQuery,
        response: { 200: DossierList },
      },
      handler: (req) => listDossiers(deps, userOf(req), req.query),
    });
    r.get('/dossiers/export.xlsx', {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Hồ sơ thủ tục hành chính đang xem (hàng đợi, bộ lọc, thứ tự) ra Excel',
        querystring: DossiersQuery.omit({ page: true, pageSize: true }),
      },
      handler: async (req, reply) =>
        reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachment('Hồ sơ thủ tục hành chính.xlsx'))
          .send(await dossiersXlsx(deps, userOf(req), req.query)),
    });
    r.post('/dossiers', {
      config: { access: DESK },
      schema: {
        tags,
        summary: 'Tiếp nhận hồ sơ (kèm tiếp nhận ngay khi đủ thành phần); mã đánh giá trả về một lần',
        body: CreateDossierRequest,
        response: { 200: DossierReceiptView },
      },
      handler: (req) => receiveDossier(deps, userOf(req), actorOf(req), req.body),
    });
    r.post('/dossiers/receipt', {
      config: { access: DESK },
      schema: {
        tags,
        summary:
          'Tiếp nhận hồ sơ kèm bản quét các thành phần trong một lần gửi (multipart: "request" là JSON như POST /dossiers, mỗi tệp là "scan-<số thứ tự>"); lỗi thì không ghi gì',
        response: { 200: DossierReceiptView },
      },
      handler: async (req) => {
        const { input, scans } = await receiptParts(req);
        return receiveDossier(deps, userOf(req), actorOf(req), input, scans);
      },
    });
    r.get('/dossiers/:id', {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Một hồ sơ: thành phần, các bước, tạm dừng, liên thông, lịch sử, thao tác được phép',
        params: IdParams,
        response: { 200: DossierView },
      },
      handler: (req) => getDossier(deps, userOf(req), req.params.id),
    });
    r.post('/dossiers/:id/transitions', {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Một bước của hồ sơ: tiếp nhận, chuyển xử lý, phân công, bổ sung, hẹn lại, hoàn thành, trả kết quả…',
        params: IdParams,
        body: DossierTransitionRequest,
        response: { 200: DossierView },
      },
      handler: (req) => transitionDossier(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.put('/dossiers/:id/documents', {
      config: { access: DESK },
      schema: {
        tags,
        summary: 'Đánh dấu thành phần hồ sơ đã nộp (khi chờ tiếp nhận hoặc khi nhận hồ sơ bổ sung)',
        params: IdParams,
        body: DossierDocumentsRequest,
        response: { 200: DossierView },
      },
      handler: (req) => updateChecklist(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.post('/dossiers/:id/documents/:seq/file', {
      config: { access: DESK },
      schema: {
        tags,
        summary: 'Đính kèm bản quét của một thành phần hồ sơ (PDF, Word, ảnh); thành phần được đánh dấu đã nộp',
        params: z.object({ id: Id, seq: z.coerce.number().int().min(1).max(200) }),
        response: { 200: DossierView },
      },
      handler: (req) =>
        attachScan(deps, userOf(req), actorOf(req), req.params.id, req.params.seq, () => uploadedAttachment(req)),
    });
  };
}
