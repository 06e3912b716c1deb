import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateProcedureRequest,
  Id,
  ProcedureImportQuery,
  ProcedureImportResult,
  ProcedureList,
  ProceduresQuery,
  ProcedureTransitionRequest,
  ProcedureView,
  PublishedListQuery,
  SaveDraftRequest,
  SimplificationQuery,
  SimplificationReport,
  StartAmendmentRequest,
  UpdateProcedureRequest,
} from '@thidua/contracts';
import { actorOf, userOf, type Deps } from '../../platform/context.ts';
import { DOCX_TYPE, sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { withImportSlot } from '../../platform/importSlots.ts';
import { uploadedPart } from '../../platform/uploads.ts';
import { uploadedAttachment } from '../../platform/files.ts';
import { attachTemplate } from './templates.ts';
import { catalogXlsx } from './excel.ts';
import { importProcedures } from './importer.ts';
import { EDITORS, READERS } from './policy.ts';
import { publishedDocx, publishedXlsx } from './published.ts';
import { simplificationXlsx } from './simplificationExport.ts';
import { simplificationReport } from './simplification.ts';
import { listProcedures } from './list.ts';
import { createProcedure, getProcedure, saveDraft, startAmendment, updateProcedure } from './service.ts';
import { transitionProcedure } from './transitions.ts';

const IdParams = z.object({ id: Id });

/** The procedure catalog: versions, publishing, simplification, Excel in and out (docs/one-stop.md). */
export function procedureRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['procedures'];
    r.get('/procedures', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Danh mục thủ tục hành chính (tìm không dấu theo mã và tên; lọc theo lĩnh vực, trạng thái)',
        querystring: ProceduresQuery,
        response: { 200: ProcedureList },
      },
      handler: (req) => listProcedures(deps, req.query),
    });
    r.get('/procedures/simplification', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Kết quả đơn giản hóa: số ngày và chi phí tuân thủ cắt giảm, theo năm hoặc lĩnh vực',
        querystring: SimplificationQuery,
        response: { 200: SimplificationReport },
      },
      handler: (req) => simplificationReport(deps, req.query),
    });
    r.get('/procedures/simplification/export.xlsx', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Kết quả đơn giản hóa như trang đang hiện: tổng hợp và các lần sửa đổi (Excel)',
        querystring: SimplificationQuery,
      },
      handler: async (req, reply) => sendDocument(reply, await simplificationXlsx(deps, req.query), XLSX_TYPE),
    });
    r.get('/procedures/export.xlsx', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Danh mục như đang lọc (mặc định toàn bộ) với phiên bản đang áp dụng (Excel, nhập lại được)',
        querystring: ProceduresQuery,
      },
      handler: async (req, reply) => sendDocument(reply, await catalogXlsx(deps, req.query), XLSX_TYPE),
    });
    r.get('/procedures/published.docx', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Phụ lục danh mục thủ tục hành chính được công bố (DOCX, theo lĩnh vực)',
        querystring: PublishedListQuery,
      },
      handler: async (req, reply) => sendDocument(reply, await publishedDocx(deps, req.query), DOCX_TYPE),
    });
    r.get('/procedures/published.xlsx', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Phụ lục danh mục thủ tục hành chính được công bố (Excel, cùng bảng)',
        querystring: PublishedListQuery,
      },
      handler: async (req, reply) => sendDocument(reply, await publishedXlsx(deps, req.query), XLSX_TYPE),
    });
    r.post('/procedures/import', {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'Nhập danh mục từ Excel (tất cả hoặc không; dryRun=true để kiểm tra)',
        querystring: ProcedureImportQuery,
        response: { 200: ProcedureImportResult },
      },
      handler: async (req, reply) =>
        withImportSlot(deps, reply, async () => {
          const upload = await uploadedPart(req, 'tệp Excel');
          return importProcedures(deps, userOf(req), actorOf(req), upload.content, {
            fileName: upload.filename,
            dryRun: req.query.dryRun === 'true',
          });
        }),
    });
    r.post('/procedures', {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'Thêm thủ tục (dự thảo, với phiên bản 1 dự thảo)',
        body: CreateProcedureRequest,
        response: { 200: ProcedureView },
      },
      handler: (req) => createProcedure(deps, userOf(req), actorOf(req), req.body),
    });
    r.get('/procedures/:id', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Một thủ tục: các phiên bản, lịch sử công bố, quyền của người dùng',
        params: IdParams,
        response: { 200: ProcedureView },
      },
      handler: (req) => getProcedure(deps, userOf(req), req.params.id),
    });
    r.put('/procedures/:id', {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'Sửa thông tin chung của thủ tục (mã, tên, lĩnh vực, cấp, cơ quan; gửi kèm version)',
        params: IdParams,
        body: UpdateProcedureRequest,
        response: { 200: ProcedureView },
      },
      handler: (req) => updateProcedure(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.put('/procedures/:id/draft', {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'Sửa nội dung phiên bản dự thảo (phiên bản đã công bố không sửa được)',
        params: IdParams,
        body: SaveDraftRequest,
        response: { 200: ProcedureView },
      },
      handler: (req) => saveDraft(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.post('/procedures/:id/draft/documents/:seq/template', {
      config: { access: EDITORS },
      schema: {
        tags,
        summary:
          'Tải lên mẫu đơn, tờ khai của một thành phần hồ sơ (phiên bản dự thảo); người dân tải về ở trang thủ tục công khai',
        params: z.object({ id: Id, seq: z.coerce.number().int().min(1).max(200) }),
        response: { 200: ProcedureView },
      },
      handler: async (req) => {
        await attachTemplate(deps, userOf(req), actorOf(req), req.params.id, req.params.seq, () =>
          uploadedAttachment(req),
        );
        return getProcedure(deps, userOf(req), req.params.id);
      },
    });
    r.post('/procedures/:id/versions', {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'Tạo phiên bản sửa đổi (dự thảo) từ phiên bản đang áp dụng',
        params: IdParams,
        body: StartAmendmentRequest,
        response: { 200: ProcedureView },
      },
      handler: (req) => startAmendment(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.post('/procedures/:id/transitions', {
      config: { access: EDITORS },
      schema: {
        tags,
        summary: 'Công bố, công bố phiên bản sửa đổi hoặc bãi bỏ thủ tục theo quyết định',
        params: IdParams,
        body: ProcedureTransitionRequest,
        response: { 200: ProcedureView },
      },
      handler: (req) => transitionProcedure(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
  };
}
