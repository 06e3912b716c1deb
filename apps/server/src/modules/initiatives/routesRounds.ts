import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateRoundRequest,
  Id,
  QueueItemView,
  RecognitionPreview,
  RecognitionPreviewRequest,
  RecognitionRequest,
  RecognitionResult,
  ReviewQueue,
  ReviewQueueQuery,
  RoundActionRequest,
  RoundDetail,
  RoundList,
  SheetRequest,
  UpdateRoundRequest,
} from '@thidua/contracts';
import { ANY_ROLE } from '../../platform/access.ts';
import { actorOf, userOf, type Deps } from '../../platform/context.ts';
import { sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { roundWorkbook } from './excel.ts';
import { roundsXlsx } from './roundsExport.ts';
import { previewRecognition, recognise } from './recognition.ts';
import { ROUND_MANAGERS, createRound, listRounds, roundAction, roundDetail, updateRound } from './rounds.ts';
import { reviewQueue, saveSheet } from './sheets.ts';

const IdParams = z.object({ id: Id });
const tags = ['initiative rounds'];

/** Review rounds run by the office and the chair; score sheets filed by the round's reviewers (any role). */
export function initiativeRoundRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const managers = { access: ROUND_MANAGERS };
    r.get('/initiative-rounds', {
      config: managers,
      schema: { tags, summary: 'Các đợt xét công nhận sáng kiến', response: { 200: RoundList } },
      handler: (req) => listRounds(deps, userOf(req)),
    });
    r.get('/initiative-rounds/export.xlsx', {
      config: managers,
      schema: { tags, summary: 'Các đợt xét công nhận sáng kiến, mới nhất trước (Excel)' },
      handler: async (req, reply) =>
        sendDocument(
          reply,
          { filename: 'Đợt xét công nhận sáng kiến.xlsx', content: await roundsXlsx(deps, userOf(req)) },
          XLSX_TYPE,
        ),
    });
    r.post('/initiative-rounds', {
      config: managers,
      schema: {
        tags,
        summary: 'Lập đợt xét: sáng kiến, thành viên chấm (theo người hoặc lĩnh vực), giai đoạn, thang điểm',
        body: CreateRoundRequest,
        response: { 201: RoundDetail },
      },
      handler: async (req, reply) => reply.code(201).send(await createRound(deps, userOf(req), actorOf(req), req.body)),
    });
    r.get('/initiative-rounds/:id', {
      config: managers,
      schema: {
        tags,
        summary: 'Đợt xét với phiếu chấm, điểm tổng hợp (trung bình, trung vị, độ lệch chuẩn) và người miễn chấm',
        params: IdParams,
        response: { 200: RoundDetail },
      },
      handler: (req) => roundDetail(deps, userOf(req), req.params.id),
    });
    r.put('/initiative-rounds/:id', {
      config: managers,
      schema: {
        tags,
        summary: 'Sửa một đợt xét (theo phiên bản)',
        params: IdParams,
        body: UpdateRoundRequest,
        response: { 200: RoundDetail },
      },
      handler: (req) => updateRound(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.post('/initiative-rounds/:id/actions', {
      config: managers,
      schema: {
        tags,
        summary: 'Mở, kết thúc, mở lại đợt chấm hoặc chuyển giai đoạn',
        params: IdParams,
        body: RoundActionRequest,
        response: { 200: RoundDetail },
      },
      handler: (req) => roundAction(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.post('/initiative-rounds/:id/recognition/preview', {
      config: managers,
      schema: {
        tags,
        summary: 'Xem trước công nhận hàng loạt: danh sách, số quyết định sẽ lấy',
        params: IdParams,
        body: RecognitionPreviewRequest,
        response: { 200: RecognitionPreview },
      },
      handler: (req) => previewRecognition(deps, userOf(req), req.params.id, req.body),
    });
    r.post('/initiative-rounds/:id/recognition', {
      config: managers,
      schema: {
        tags,
        summary: 'Công nhận (hoặc không công nhận) các sáng kiến đã chọn, theo quyết định của Giám đốc',
        params: IdParams,
        body: RecognitionRequest,
        response: { 200: RecognitionResult },
      },
      handler: (req) => recognise(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.get('/initiative-rounds/:id/export.xlsx', {
      config: managers,
      schema: { tags, summary: 'Kết quả chấm: tổng hợp và mọi phiếu chấm, nhận xét (Excel)', params: IdParams },
      handler: async (req, reply) =>
        sendDocument(reply, await roundWorkbook(deps, userOf(req), req.params.id), XLSX_TYPE),
    });
    r.get('/initiative-reviews', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Phiếu chấm của tôi: các sáng kiến được phân công, theo giai đoạn (ẩn tác giả khi chấm ẩn danh)',
        querystring: ReviewQueueQuery,
        response: { 200: ReviewQueue },
      },
      handler: (req) => reviewQueue(deps, userOf(req), req.query.roundId),
    });
    r.put('/initiative-rounds/:id/sheets/:initiativeId', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Lưu phiếu chấm: chấm điểm, không chấm, hoặc xin miễn chấm (có lý do)',
        params: z.object({ id: Id, initiativeId: Id }),
        body: SheetRequest,
        response: { 200: QueueItemView },
      },
      handler: (req) => saveSheet(deps, userOf(req), actorOf(req), req.params.id, req.params.initiativeId, req.body),
    });
  };
}
