import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Id,
  ScorecardHistoryQuery,
  ScorecardMinutesInput,
  ScorecardMinutesView,
  ScorecardsQuery,
} from '@thidua/contracts';
import { actorOf, userOf, type Deps } from '../../platform/context.ts';
import { DOCX_TYPE, sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { saveMinutes } from './documents/minutes.ts';
import { historyXlsx } from './historyExport.ts';
import { scorecardsXlsx } from './listExport.ts';
import { minutesDocument, rankingDocument, readMinutes, sheetDocument } from './documents/service.ts';
import { OFFICE, READERS } from './policy.ts';

const IdParams = z.object({ id: Id });
const MemberParams = z.object({ id: Id, memberId: Id });

/** The score sheet (DOCX, Excel), the ranking (Excel) and the bloc's acclamation minutes (docs/scorecards.md). */
export function scorecardDocumentRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['scorecards'];
    // Readable as the cycle is (the services answer 404 to whom it is hidden); the minutes are the office's to write.
    const access = READERS;
    r.get('/scorecards/export.xlsx', {
      config: { access },
      schema: {
        tags,
        summary: 'Danh sách kỳ chấm điểm như đang lọc, người dẫn đầu và điểm (Excel)',
        querystring: ScorecardsQuery,
      },
      handler: async (req, reply) =>
        sendDocument(
          reply,
          { filename: 'Kỳ chấm điểm thi đua.xlsx', content: await scorecardsXlsx(deps, userOf(req), req.query) },
          XLSX_TYPE,
        ),
    });
    r.get('/scorecards/history/export.xlsx', {
      config: { access },
      schema: {
        tags,
        summary: 'Kết quả chấm điểm qua các năm của một khối (hoặc chỉ số CCHC) như phần kết quả đang hiện (Excel)',
        querystring: ScorecardHistoryQuery,
      },
      handler: async (req, reply) => sendDocument(reply, await historyXlsx(deps, req.query), XLSX_TYPE),
    });
    r.get('/scorecards/:id/members/:memberId/sheet.docx', {
      config: { access },
      schema: {
        tags,
        summary: 'Bảng tự chấm điểm / kết quả thẩm định của một thành viên (DOCX)',
        params: MemberParams,
      },
      handler: async (req, reply) =>
        sendDocument(
          reply,
          await sheetDocument(deps, userOf(req), req.params.id, req.params.memberId, 'docx'),
          DOCX_TYPE,
        ),
    });
    r.get('/scorecards/:id/members/:memberId/sheet.xlsx', {
      config: { access },
      schema: { tags, summary: 'Bảng điểm của một thành viên ra Excel (in A4)', params: MemberParams },
      handler: async (req, reply) =>
        sendDocument(
          reply,
          await sheetDocument(deps, userOf(req), req.params.id, req.params.memberId, 'xlsx'),
          XLSX_TYPE,
        ),
    });
    r.get('/scorecards/:id/ranking.xlsx', {
      config: { access },
      schema: { tags, summary: 'Bảng xếp hạng của kỳ chấm điểm ra Excel', params: IdParams },
      handler: async (req, reply) =>
        sendDocument(reply, await rankingDocument(deps, userOf(req), req.params.id), XLSX_TYPE),
    });
    r.get('/scorecards/:id/minutes', {
      config: { access },
      schema: {
        tags,
        summary: 'Biên bản họp bình xét, suy tôn của khối (404 khi chưa lập)',
        params: IdParams,
        response: { 200: ScorecardMinutesView },
      },
      handler: (req) => readMinutes(deps, userOf(req), req.params.id),
    });
    r.put('/scorecards/:id/minutes', {
      config: { access: OFFICE },
      schema: {
        tags,
        summary: 'Lập hoặc sửa biên bản họp bình xét, suy tôn (sau khi xếp hạng)',
        params: IdParams,
        body: ScorecardMinutesInput,
        response: { 200: ScorecardMinutesView },
      },
      handler: (req) => saveMinutes(deps, actorOf(req), req.params.id, req.body),
    });
    r.get('/scorecards/:id/minutes.docx', {
      config: { access },
      schema: {
        tags,
        summary: 'Biên bản họp bình xét, suy tôn (DOCX, thuộc hồ sơ đề nghị Cờ thi đua)',
        params: IdParams,
      },
      handler: async (req, reply) =>
        sendDocument(reply, await minutesDocument(deps, userOf(req), req.params.id), DOCX_TYPE),
    });
  };
}
