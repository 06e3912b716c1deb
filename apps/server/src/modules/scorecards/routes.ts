import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AttachmentView,
  CreateScorecardRequest,
  Id,
  SaveAppraisalRequest,
  SaveExplanationRequest,
  SaveSelfScoresRequest,
  ScoreSheetTransitionRequest,
  ScoreSheetView,
  ScorecardHistory,
  ScorecardHistoryQuery,
  ScorecardList,
  ScorecardRanking,
  ScorecardTransitionRequest,
  ScorecardView,
  ScorecardsQuery,
  UpdateScorecardRequest,
} from '@thidua/contracts';
import { actorOf, userOf, type Deps } from '../../platform/context.ts';
import { saveAppraisal } from './appraisal.ts';
import { stepScorecard } from './cycleSteps.ts';
import { createScorecard, getScorecard, updateScorecard } from './cycles.ts';
import { listScorecards } from './list.ts';
import { MEMBERS, OFFICE, READERS } from './policy.ts';
import { getHistory, getRanking } from './ranking.ts';
import { getSheet } from './sheetView.ts';
import { stepSheet } from './sheetSteps.ts';
import { attachEvidence, saveExplanation, saveSelfScores } from './sheets.ts';

const IdParams = z.object({ id: Id });
const SheetParams = z.object({ id: Id, memberId: Id });
const ScoreParams = z.object({ id: Id, memberId: Id, itemId: Id });

/** Routes of the scorecards area (docs/scorecards.md): cycles, member sheets, ranking and history. */
export function scorecardRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['scorecards'];
    r.get('/scorecards', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Danh sách kỳ chấm điểm (khối thi đua, chỉ số CCHC) lọc theo loại, năm, khối, trạng thái',
        querystring: ScorecardsQuery,
        response: { 200: ScorecardList },
      },
      handler: (req) => listScorecards(deps, userOf(req), req.query),
    });
    r.post('/scorecards', {
      config: { access: OFFICE },
      schema: {
        tags,
        summary: 'Mở kỳ chấm điểm từ một bảng điểm (khóa bảng điểm; mỗi thành viên một bản chấm)',
        body: CreateScorecardRequest,
        response: { 201: ScorecardView },
      },
      handler: async (req, reply) =>
        reply.code(201).send(await createScorecard(deps, userOf(req), actorOf(req), req.body)),
    });
    r.get('/scorecards/history', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Kết quả chấm điểm qua các năm của một khối (hoặc chỉ số CCHC): hạng và điểm từng thành viên',
        querystring: ScorecardHistoryQuery,
        response: { 200: ScorecardHistory },
      },
      handler: (req) => getHistory(deps, req.query),
    });
    r.get('/scorecards/:id', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Một kỳ chấm điểm: thành viên, trạng thái, bước tiếp theo, lịch sử, quyền của người dùng',
        params: IdParams,
        response: { 200: ScorecardView },
      },
      handler: (req) => getScorecard(deps, userOf(req), req.params.id),
    });
    r.put('/scorecards/:id', {
      config: { access: OFFICE },
      schema: {
        tags,
        summary: 'Sửa tên, hạn tự chấm và thẩm định, quyết định công bố của kỳ chấm điểm (gửi kèm version)',
        params: IdParams,
        body: UpdateScorecardRequest,
        response: { 200: ScorecardView },
      },
      handler: (req) => updateScorecard(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.post('/scorecards/:id/transitions', {
      config: { access: OFFICE },
      schema: {
        tags,
        summary: 'Chuyển bước kỳ chấm điểm: kết thúc tự chấm, xếp hạng, mở lại thẩm định, công bố',
        params: IdParams,
        body: ScorecardTransitionRequest,
        response: { 200: ScorecardView },
      },
      handler: (req) => stepScorecard(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.get('/scorecards/:id/ranking', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Bảng xếp hạng: điểm tự chấm, thẩm định, cuối cùng, hạng và xếp loại từng thành viên',
        params: IdParams,
        response: { 200: ScorecardRanking },
      },
      handler: (req) => getRanking(deps, userOf(req), req.params.id),
    });
    r.get('/scorecards/:id/members/:memberId', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Bản chấm điểm của một thành viên: tiêu chí, điểm tự chấm và thẩm định, số liệu, tài liệu kiểm chứng',
        params: SheetParams,
        response: { 200: ScoreSheetView },
      },
      handler: (req) => getSheet(deps, userOf(req), req.params.id, req.params.memberId),
    });
    r.put('/scorecards/:id/members/:memberId/self', {
      config: { access: MEMBERS },
      schema: {
        tags,
        summary: 'Lưu điểm tự chấm và ghi chú từng tiêu chí (khi kỳ đang tự chấm; gửi kèm version)',
        params: SheetParams,
        body: SaveSelfScoresRequest,
        response: { 200: ScoreSheetView },
      },
      handler: (req) => saveSelfScores(deps, userOf(req), actorOf(req), req.params.id, req.params.memberId, req.body),
    });
    r.put('/scorecards/:id/members/:memberId/appraisal', {
      config: { access: OFFICE },
      schema: {
        tags,
        summary: 'Lưu kết quả thẩm định từng tiêu chí: chấp nhận, giảm điểm (ghi lý do), đề nghị giải trình',
        params: SheetParams,
        body: SaveAppraisalRequest,
        response: { 200: ScoreSheetView },
      },
      handler: (req) => saveAppraisal(deps, userOf(req), actorOf(req), req.params.id, req.params.memberId, req.body),
    });
    r.put('/scorecards/:id/members/:memberId/explanation', {
      config: { access: MEMBERS },
      schema: {
        tags,
        summary: 'Lưu nội dung giải trình các tiêu chí được đề nghị giải trình',
        params: SheetParams,
        body: SaveExplanationRequest,
        response: { 200: ScoreSheetView },
      },
      handler: (req) => saveExplanation(deps, userOf(req), actorOf(req), req.params.id, req.params.memberId, req.body),
    });
    r.post('/scorecards/:id/members/:memberId/transitions', {
      config: { access: MEMBERS },
      schema: {
        tags,
        summary: 'Chuyển bước bản chấm: gửi tự chấm, trả lại, đề nghị giải trình, gửi giải trình, kết luận thẩm định',
        params: SheetParams,
        body: ScoreSheetTransitionRequest,
        response: { 200: ScoreSheetView },
      },
      handler: (req) => stepSheet(deps, userOf(req), actorOf(req), req.params.id, req.params.memberId, req.body),
    });
    r.post('/scorecards/:id/members/:memberId/scores/:itemId/evidence', {
      config: { access: MEMBERS },
      schema: {
        tags,
        summary: 'Nộp tài liệu kiểm chứng cho một tiêu chí (PDF, Word, Excel, ảnh PNG/JPEG)',
        params: ScoreParams,
        response: { 200: AttachmentView },
      },
      handler: (req) =>
        attachEvidence(deps, req, userOf(req), actorOf(req), req.params.id, req.params.memberId, req.params.itemId),
    });
  };
}
