import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AttachmentView,
  CreateMovementRequest,
  Id,
  MovementList,
  MovementView,
  MovementsQuery,
  RegisteredTitles,
  RegisteredTitlesQuery,
  ReviewReportQuery,
  TransitionRequest,
  UpdateMovementRequest,
} from '@thidua/contracts';
import { ANY_ROLE } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { DOCX_TYPE, sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { movementsXlsx } from './excel.ts';
import { actorOf, userOf } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { attachUpload } from '../../platform/files.ts';
import { readableSubjectIds } from '../awards/history/service.ts';
import { MANAGERS, canManage } from './policy.ts';
import { participantIds, movementRow } from './queries.ts';
import { registeredTitles } from './registrations.ts';
import { reviewReport } from './report.ts';
import { createMovement, getMovement, listMovements, updateMovement } from './service.ts';
import { transitionMovement } from './transitions.ts';

const IdParams = z.object({ id: Id });

/** Movements themselves: list, create, edit, stages, files, review report. */
export function movementRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['movements'];
    r.get('/movements', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Danh sách phong trào thi đua (lọc theo năm, hình thức, giai đoạn)',
        querystring: MovementsQuery,
        response: { 200: MovementList },
      },
      handler: (req) => listMovements(deps, req.query),
    });
    r.get('/movements/export.xlsx', {
      config: { access: ANY_ROLE },
      schema: { tags, summary: 'Danh sách phong trào thi đua như đang lọc (Excel)', querystring: MovementsQuery },
      handler: async (req, reply) =>
        sendDocument(
          reply,
          { filename: 'Phong trào thi đua.xlsx', content: await movementsXlsx(deps, req.query) },
          XLSX_TYPE,
        ),
    });
    r.post('/movements', {
      config: { access: MANAGERS },
      schema: {
        tags,
        summary: 'Tạo phong trào thi đua (giai đoạn "Đang xây dựng")',
        body: CreateMovementRequest,
        response: { 200: MovementView },
      },
      handler: (req) => createMovement(deps, userOf(req), actorOf(req), req.body),
    });
    r.get('/movements/:id', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Một phong trào: chỉ tiêu, đơn vị tham gia, các giai đoạn, quyền của người dùng',
        params: IdParams,
        response: { 200: MovementView },
      },
      handler: (req) => getMovement(deps, userOf(req), req.params.id),
    });
    r.put('/movements/:id', {
      config: { access: MANAGERS },
      schema: {
        tags,
        summary: 'Sửa phong trào (gửi kèm version đã đọc)',
        params: IdParams,
        body: UpdateMovementRequest,
        response: { 200: MovementView },
      },
      handler: (req) => updateMovement(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.post('/movements/:id/transitions', {
      config: { access: MANAGERS },
      schema: {
        tags,
        summary: 'Chuyển giai đoạn: phát động, triển khai, sơ kết, tổng kết, kết thúc',
        params: IdParams,
        body: TransitionRequest,
        response: { 200: MovementView },
      },
      handler: (req) => transitionMovement(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.post('/movements/:id/attachments', {
      config: { access: MANAGERS },
      schema: {
        tags,
        summary: 'Đính kèm văn bản (kế hoạch, văn bản phát động, báo cáo) — PDF, Word, Excel, ảnh',
        params: IdParams,
        response: { 200: AttachmentView },
      },
      handler: async (req) => {
        const user = userOf(req);
        const tree = await deps.tree.fresh();
        await movementRow(deps.db.kysely, req.params.id);
        if (!canManage(user, tree, await participantIds(deps.db.kysely, req.params.id))) throw forbidden();
        return attachUpload(deps.db.kysely, req, actorOf(req), { type: 'movement', id: req.params.id });
      },
    });
    r.get('/movements/:id/review.docx', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Báo cáo sơ kết hoặc tổng kết phong trào (DOCX, thể thức Nghị định 30/2020)',
        params: IdParams,
        querystring: ReviewReportQuery,
      },
      handler: async (req, reply) => {
        const doc = await reviewReport(deps, req.params.id, req.query.kind);
        return sendDocument(reply, doc, DOCX_TYPE);
      },
    });
    r.get('/registered-titles', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Danh hiệu đã đăng ký thi đua của các đối tượng trong một năm',
        querystring: RegisteredTitlesQuery,
        response: { 200: RegisteredTitles },
      },
      // Ids of subjects out of the user's reach are left out, as list filters by another unit are.
      handler: async (req) => {
        const ids = await readableSubjectIds(deps, userOf(req), req.query.subjectIds);
        return { items: await registeredTitles(deps.db.kysely, req.query.year, ids) };
      },
    });
  };
}
