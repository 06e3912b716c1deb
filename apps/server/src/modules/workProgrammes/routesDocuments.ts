import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, MonthCode, TaskBoard, TaskBoardQuery } from '@thidua/contracts';
import { userOf, type Deps } from '../../platform/context.ts';
import { DOCX_TYPE, sendDocument } from '../../platform/documents/send.ts';
import { taskBoard } from './board.ts';
import { meetingDocument } from './meetingDoc.ts';
import { READERS } from './policy.ts';

const MeetingQuery = z.object({ month: MonthCode, orgId: Id.optional() });

/** Work programmes (docs/work-programmes.md): the leader's board and the monthly meeting's DOCX. */
export function workProgrammeDocumentRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    // A department's programme is its staff's common reference: everyone signed in reads both.
    r.get('/tasks/board', {
      config: { access: READERS },
      schema: {
        tags: ['tasks'],
        summary: 'Bảng theo dõi của lãnh đạo: nhiệm vụ theo đơn vị chủ trì và trạng thái, quá hạn, chờ duyệt gia hạn',
        querystring: TaskBoardQuery,
        response: { 200: TaskBoard },
      },
      handler: (req) => taskBoard(deps, req.query),
    });
    r.get('/work-programmes/meeting.docx', {
      config: { access: READERS },
      schema: {
        tags: ['work-programmes'],
        summary: 'Danh sách nhiệm vụ quá hạn, gia hạn của tháng cho cuộc họp giao ban (DOCX)',
        querystring: MeetingQuery,
      },
      handler: async (req, reply) =>
        sendDocument(reply, await meetingDocument(deps, userOf(req), req.query.month, req.query.orgId), DOCX_TYPE),
    });
  };
}
